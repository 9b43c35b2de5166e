import Analysis
import Engine
import Testing

/// One way of scoring findings, which must give exactly what the plain evaluator gives.
///
/// `start` is called once per instrument with the first input of a sequence (the base of
/// the incremental paths); the closure it returns scores that input and then each input
/// after it, in order, so a path may keep state from one input to the next.
struct ScoringPath: Sendable, CustomTestStringConvertible {
    var name: String
    var start: @Sendable (_ instrument: Instrument, _ base: EvaluationInput) throws -> (EvaluationInput) throws -> Score

    var testDescription: String { name }

    /// Every path compared with the plain evaluator, value by value. Another evaluator is
    /// one more line here.
    static let all: [ScoringPath] = [
        .compiledSharedScratch,
        .incrementalEvaluator,
        .engineIncrementalChained,
        .engineFactUpdates,
    ]

    /// The compiled evaluator, binding each input afresh and reusing one scratch space
    /// (so nothing may leak from one evaluation into the next).
    static let compiledSharedScratch = ScoringPath(name: "compiled") { instrument, _ in
        let compiled = CompiledInstrument(instrument)
        var scratch = compiled.makeScratch()
        return { input in try compiled.score(compiled.bind(input), scratch: &scratch) }
    }

    /// Analysis's ``IncrementalEvaluator``: the base's buffers, with only the subareas
    /// that read a finding different from the base's re-evaluated.
    static let incrementalEvaluator = ScoringPath(name: "IncrementalEvaluator") { instrument, base in
        var incremental = try IncrementalEvaluator(instrument: instrument, base: base)
        return { input in try incremental.score(input) }
    }

    /// The engine's incremental path used harder than what-if uses it: one set of bound
    /// findings and buffers carried from each input to the next, re-binding and
    /// re-evaluating only the subareas that read what changed since the previous input
    /// (``CompiledInstrument/rebind(_:subarea:to:)``, ``CompiledInstrument/reevaluate(subarea:_:into:)``),
    /// then re-aggregating the areas and the total.
    static let engineIncrementalChained = ScoringPath(name: "engine incremental, chained") { instrument, base in
        let compiled = CompiledInstrument(instrument)
        let reading = SubareasReading(instrument)
        var bound = compiled.bind(base)
        var scratch = compiled.makeScratch()
        try compiled.evaluate(bound, into: &scratch)
        var previous = base
        return { input in
            for subarea in reading.affected(from: previous, to: input) {
                compiled.rebind(&bound, subarea: subarea, to: input)
                try compiled.reevaluate(subarea: subarea, bound, into: &scratch)
            }
            try compiled.reaggregateAreas(&scratch)
            previous = input
            return compiled.aggregation.score(scratch.buffers, input: input)
        }
    }

    /// Bound findings kept up to date one changed fact and judgement at a time
    /// (``CompiledInstrument/update(_:fact:to:)``), then evaluated whole: the slots an
    /// update touches must equal binding the input afresh.
    static let engineFactUpdates = ScoringPath(name: "engine fact updates") { instrument, base in
        let compiled = CompiledInstrument(instrument)
        var bound = compiled.bind(base)
        var scratch = compiled.makeScratch()
        var previous = base
        return { input in
            for fact in instrument.facts.indices where previous.values[fact] != input.values[fact] {
                compiled.update(&bound, fact: fact, to: input.values[fact])
            }
            for rule in instrument.rules.indices where previous.judgements[rule] != input.judgements[rule] {
                compiled.update(&bound, judgementOf: rule, to: input.judgements[rule])
            }
            // Overrides have no update of their own: re-binding the subarea sets it.
            for subarea in instrument.subareas.indices
            where previous.overrides[subarea]?.value != input.overrides[subarea]?.value {
                compiled.rebind(&bound, subarea: subarea, to: input)
            }
            try compiled.evaluate(bound, into: &scratch)
            previous = input
            return compiled.aggregation.score(scratch.buffers, input: input)
        }
    }

    /// Scores `inputs` in order with the plain evaluator and with every path, and reports
    /// each path's differences (at most a few per input), prefixed with its name and the
    /// input's position. Empty when everything agrees.
    static func disagreements(
        _ instrument: Instrument, _ inputs: [EvaluationInput], paths: [ScoringPath] = all
    ) throws -> [String] {
        guard let base = inputs.first else { return [] }
        let plain = Evaluator(instrument: instrument)
        let expected = try inputs.map { try plain.score($0) }
        var found: [String] = []
        for path in paths {
            let score = try path.start(instrument, base)
            for (index, input) in inputs.enumerated() {
                found += ScoreDifference.between(expected[index], try score(input)).map { "\(path.name), input \(index): \($0)" }
            }
        }
        return found
    }
}

/// For every fact, the subareas with a rule that reads it; computed here from the rule
/// kinds, not taken from the evaluators under test.
struct SubareasReading {
    let instrument: Instrument
    let byFact: [[Int]]

    init(_ instrument: Instrument) {
        self.instrument = instrument
        var byFact = [[Int]](repeating: [], count: instrument.facts.count)
        for rule in instrument.rules {
            for fact in rule.kind.factsRead { byFact[fact].append(rule.subarea) }
        }
        self.byFact = byFact.map { Array(Set($0)).sorted() }
    }

    /// The subareas whose result may differ between `old` and `new`: those reading a
    /// changed fact, holding a rule whose judgement changed, or whose override changed.
    func affected(from old: EvaluationInput, to new: EvaluationInput) -> [Int] {
        var marked = Set<Int>()
        for fact in instrument.facts.indices where old.values[fact] != new.values[fact] { marked.formUnion(byFact[fact]) }
        for rule in instrument.rules.indices where old.judgements[rule] != new.judgements[rule] {
            marked.insert(instrument.rules[rule].subarea)
        }
        for subarea in instrument.subareas.indices where old.overrides[subarea]?.value != new.overrides[subarea]?.value {
            marked.insert(subarea)
        }
        return marked.sorted()
    }
}
