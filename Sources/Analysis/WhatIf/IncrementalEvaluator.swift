import Engine

/// Re-scores changed findings by evaluating only the subareas whose rules read them.
///
/// It keeps the rule outcomes of a base input. Scoring another input re-evaluates the
/// rules of every subarea that reads a fact whose value differs from the base (or judges
/// a rule whose judgement differs) through the plugin protocol, keeps the base buffers
/// elsewhere, and re-aggregates only those subareas (then the areas and the total) with
/// the shared ``Aggregation``, so the result is the evaluators' score.
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
    /// Buffers for scoring one subarea alone; only that subarea's entries are meaningful.
    var work: ScoreBuffers
    /// For every fact, the subareas with a rule that reads it, ascending.
    public let subareasReading: [[Int]]
    /// How many subareas have been evaluated since this evaluator was made (the base counts none).
    public private(set) var subareaEvaluations = 0

    /// Scores the base input with the plain evaluator and indexes which subareas read which facts.
    public init(instrument: Instrument, base: EvaluationInput) throws(ArithmeticOverflow) {
        self.instrument = instrument
        self.base = base
        aggregation = Aggregation(instrument: instrument)
        var buffers = ScoreBuffers(instrument: instrument)
        for (rule, outcome) in try Evaluator(instrument: instrument).outcomes(base).enumerated() {
            buffers.record(rule, outcome)
        }
        try aggregation.aggregate(&buffers, overrides: base.overridePoints)
        baseBuffers = buffers
        baseScore = aggregation.score(buffers, input: base)
        work = buffers
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
        var buffers = baseBuffers
        for subarea in affectedSubareas(input) {
            subareaEvaluations += 1
            try Self.evaluate(subarea, input, instrument, aggregation, &buffers)
        }
        // An override changes only its subarea's reported points, not its rules.
        for subarea in instrument.subareas.indices where input.overrides[subarea]?.value != base.overrides[subarea]?.value {
            try aggregation.subarea(subarea, &buffers, override: input.overrides[subarea]?.value)
        }
        try aggregation.areasAndTotal(&buffers)
        return aggregation.score(buffers, input: input)
    }

    /// One subarea's reported points on `input`, evaluating that subarea alone.
    public mutating func points(ofSubarea subarea: Int, _ input: EvaluationInput) throws(ArithmeticOverflow) -> Rational {
        subareaEvaluations += 1
        try Self.evaluate(subarea, input, instrument, aggregation, &work)
        return work.subareaPoints[subarea]
    }

    /// One rule's points on `input` (its contribution before the subarea's cap), evaluating its subarea alone.
    public mutating func points(ofRule rule: Int, _ input: EvaluationInput) throws(ArithmeticOverflow) -> Rational {
        subareaEvaluations += 1
        try Self.evaluate(instrument.rules[rule].subarea, input, instrument, aggregation, &work)
        return work.rulePoints[rule]
    }

    /// Evaluates a subarea's rules on `input` through the plugin protocol and aggregates it.
    static func evaluate(
        _ subarea: Int, _ input: EvaluationInput, _ instrument: Instrument, _ aggregation: Aggregation,
        _ buffers: inout ScoreBuffers
    ) throws(ArithmeticOverflow) {
        for rule in instrument.subareas[subarea].rules {
            let reader = FactReader(values: input.values, judgement: input.judgements[rule])
            buffers.record(rule, try instrument.rules[rule].kind.evaluate(reader))
        }
        try aggregation.subarea(subarea, &buffers, override: input.overrides[subarea]?.value)
    }
}
