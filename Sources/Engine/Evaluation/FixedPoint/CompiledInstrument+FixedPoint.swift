/// The fixed-point evaluator's bound facts and buffers, kept in a ``CompiledScratch``.
struct FixedPointWork: Sendable {
    var facts: FixedPointFacts
    var scratch: FixedPointScratch
}

extension CompiledInstrument {
    /// Scores findings and says which evaluator did: the fixed-point one when the
    /// instrument is lowered and the evaluation is representable in micro-units, else the
    /// `Rational` one. The score is the same either way.
    public func scoreReportingPath(_ input: EvaluationInput) throws(ArithmeticOverflow) -> (
        score: Score, path: EvaluationPath
    ) {
        var scratch = makeScratch()
        if fixedPointScore(input, &scratch) { return (aggregation.score(scratch.buffers, input: input), .fixedPoint) }
        try evaluate(bind(input), into: &scratch)
        return (aggregation.score(scratch.buffers, input: input), .rational)
    }

    /// ``score(_:scratch:)``, saying which evaluator scored.
    public func scoreReportingPath(_ facts: BoundFacts, scratch: inout CompiledScratch) throws(ArithmeticOverflow)
        -> (score: Score, path: EvaluationPath)
    {
        if fixedPointScore(facts.input, &scratch) {
            return (aggregation.score(scratch.buffers, input: facts.input), .fixedPoint)
        }
        try evaluate(facts, into: &scratch)
        return (aggregation.score(scratch.buffers, input: facts.input), .rational)
    }

    /// The ``Score`` of a fixed-point evaluation made with the trace
    /// (``FixedPointProgram/evaluateWithTrace(_:into:)``) of `input`, built from its flat
    /// trace; nil when `scratch` holds no trace.
    public func score(fixedPoint scratch: FixedPointScratch, input: EvaluationInput) -> Score? {
        guard let program = fixedPoint else { return nil }
        var buffers = ScoreBuffers(instrument: instrument)
        guard program.fill(&buffers, from: scratch) else { return nil }
        return aggregation.score(buffers, input: input)
    }

    /// Evaluates `input` with the fixed-point program and the trace, writing the trace into
    /// `scratch.buffers`; false when there is no program or the evaluation is not representable.
    func fixedPointScore(_ input: EvaluationInput, _ scratch: inout CompiledScratch) -> Bool {
        guard let program = fixedPoint else { return false }
        // Taken out of the scratch while in use, so that its arrays stay uniquely referenced.
        var work = scratch.fixed ?? FixedPointWork(facts: program.makeFacts(), scratch: program.makeScratch())
        scratch.fixed = nil
        defer { scratch.fixed = work }
        program.bind(input, into: &work.facts)
        guard program.evaluateWithTrace(work.facts, into: &work.scratch) else { return false }
        return program.fill(&scratch.buffers, from: work.scratch)
    }
}
