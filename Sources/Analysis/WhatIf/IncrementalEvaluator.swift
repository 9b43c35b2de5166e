import Engine

/// Re-scores changed findings by evaluating only the subareas whose rules read them.
///
/// It keeps the rule outcomes of a base input. Scoring another input re-evaluates the
/// rules of every subarea that reads a fact whose value differs from the base (or judges
/// a rule whose judgement differs) with the compiled evaluator
/// (``CompiledInstrument/reevaluate(subarea:_:into:)``, binding only that subarea's
/// facts), keeps the base buffers elsewhere, and re-aggregates only those subareas (then
/// the areas and the total) with the shared ``Aggregation``, so the result is the
/// evaluators' score.
/// ``subareaEvaluations`` counts the subareas re-evaluated.
public struct IncrementalEvaluator: Sendable {
    /// The instrument scored.
    public let instrument: Instrument
    /// The input the outcomes are kept for.
    public let base: EvaluationInput
    /// The score of the base input.
    public let baseScore: Score
    let aggregation: Aggregation
    /// The base input's buffers, aggregated.
    let baseBuffers: ScoreBuffers
    /// The instrument compiled, and findings bound to it: each subarea's facts are those
    /// of the input it was last evaluated on.
    let compiled: CompiledInstrument
    var bound: BoundFacts
    /// Buffers for scoring one subarea alone; only that subarea's entries are meaningful.
    var work: CompiledScratch
    /// For every fact, the subareas with a rule that reads it, ascending.
    public let subareasReading: [[Int]]
    /// How many subareas have been evaluated since this evaluator was made (the base counts none).
    public private(set) var subareaEvaluations = 0

    /// Scores the base input with the compiled evaluator and indexes which subareas read which facts.
    public init(instrument: Instrument, base: EvaluationInput) throws(ArithmeticOverflow) {
        self.instrument = instrument
        self.base = base
        compiled = CompiledInstrument(instrument)
        aggregation = compiled.aggregation
        bound = compiled.bind(base)
        var scratch = compiled.makeScratch()
        try compiled.evaluate(bound, into: &scratch)
        baseBuffers = scratch.buffers
        baseScore = aggregation.score(scratch.buffers, input: base)
        work = scratch
        var reading = [[Int]](repeating: [], count: instrument.facts.count)
        for (index, subarea) in instrument.subareas.enumerated() {
            for rule in subarea.rules {
                for fact in instrument.rules[rule].kind.factsRead where reading[fact].last != index {
                    reading[fact].append(index)
                }
            }
        }
        subareasReading = reading
    }

    /// The subareas to re-evaluate for `input`: those with a rule that reads a fact whose
    /// value differs from the base or whose judgement differs, ascending.
    public func affectedSubareas(_ input: EvaluationInput) -> [Int] {
        var marked = [Bool](repeating: false, count: instrument.subareas.count)
        for fact in instrument.facts.indices where input.values[fact] != base.values[fact] {
            for subarea in subareasReading[fact] { marked[subarea] = true }
        }
        for rule in instrument.rules.indices where input.judgements[rule] != base.judgements[rule] {
            marked[instrument.rules[rule].subarea] = true
        }
        return marked.indices.filter { marked[$0] }
    }

    /// The score of `input`, equal to `Evaluator(instrument:).score(input)`.
    public mutating func score(_ input: EvaluationInput) throws(ArithmeticOverflow) -> Score {
        var scratch = compiled.makeScratch(buffers: baseBuffers)
        for subarea in affectedSubareas(input) {
            subareaEvaluations += 1
            try Self.evaluate(subarea, input, compiled, &bound, &scratch)
        }
        // An override changes only its subarea's reported points, not its rules.
        for subarea in instrument.subareas.indices where input.overrides[subarea]?.value != base.overrides[subarea]?.value {
            try compiled.reaggregate(subarea: subarea, override: input.overrides[subarea]?.value, &scratch)
        }
        try compiled.reaggregateAreas(&scratch)
        return aggregation.score(scratch.buffers, input: input)
    }

    /// One subarea's reported points on `input`, evaluating that subarea alone.
    public mutating func points(ofSubarea subarea: Int, _ input: EvaluationInput) throws(ArithmeticOverflow) -> Rational {
        subareaEvaluations += 1
        try Self.evaluate(subarea, input, compiled, &bound, &work)
        return work.buffers.subareaPoints[subarea]
    }

    /// One rule's points on `input` (its contribution before the subarea's cap), evaluating its subarea alone.
    public mutating func points(ofRule rule: Int, _ input: EvaluationInput) throws(ArithmeticOverflow) -> Rational {
        subareaEvaluations += 1
        try Self.evaluate(instrument.rules[rule].subarea, input, compiled, &bound, &work)
        return work.buffers.rulePoints[rule]
    }

    /// Evaluates a subarea's rules on `input` with the compiled evaluator (rebinding only
    /// that subarea's facts, judgements and override) and aggregates it.
    static func evaluate(
        _ subarea: Int, _ input: EvaluationInput, _ compiled: CompiledInstrument, _ bound: inout BoundFacts,
        _ scratch: inout CompiledScratch
    ) throws(ArithmeticOverflow) {
        compiled.rebind(&bound, subarea: subarea, to: input)
        try compiled.reevaluate(subarea: subarea, bound, into: &scratch)
    }
}
