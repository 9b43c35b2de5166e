import Engine

/// Re-scores changed findings by evaluating only the subareas whose rules read them.
///
/// It keeps the rule outcomes of a base input. Scoring another input re-evaluates the
/// rules of every subarea that reads a fact whose value differs from the base (or judges
/// a rule whose judgement differs) through the plugin protocol, keeps the base outcomes
/// elsewhere, and aggregates with the ``Aggregator``, so the result is the plain
/// evaluator's score. ``subareaEvaluations`` counts the subareas re-evaluated.
public struct IncrementalEvaluator: Sendable {
    /// The instrument scored.
    public let instrument: Instrument
    /// The input the outcomes are kept for.
    public let base: EvaluationInput
    /// The score of the base input.
    public let baseScore: Score
    let baseOutcomes: [RuleOutcome]
    /// For every fact, the subareas with a rule that reads it, ascending.
    public let subareasReading: [[Int]]
    /// Each subarea as an instrument of its own, for scoring it alone.
    let slices: [SubareaSlice]
    /// How many subareas have been evaluated since this evaluator was made (the base counts none).
    public private(set) var subareaEvaluations = 0

    /// Scores the base input with the plain evaluator and indexes which subareas read which facts.
    public init(instrument: Instrument, base: EvaluationInput) throws(ArithmeticOverflow) {
        self.instrument = instrument
        self.base = base
        baseOutcomes = try Evaluator(instrument: instrument).outcomes(base)
        baseScore = try Aggregator(instrument: instrument).aggregate(baseOutcomes, input: base)
        var reading = [[Int]](repeating: [], count: instrument.facts.count)
        for (index, subarea) in instrument.subareas.enumerated() {
            for rule in subarea.rules {
                for fact in instrument.rules[rule].kind.factsRead where reading[fact].last != index {
                    reading[fact].append(index)
                }
            }
        }
        subareasReading = reading
        slices = instrument.subareas.indices.map { SubareaSlice(instrument: instrument, subarea: $0) }
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
        var outcomes = baseOutcomes
        for subarea in affectedSubareas(input) {
            subareaEvaluations += 1
            for rule in instrument.subareas[subarea].rules {
                let reader = FactReader(values: input.values, judgement: input.judgements[rule])
                outcomes[rule] = try instrument.rules[rule].kind.evaluate(reader)
            }
        }
        return try Aggregator(instrument: instrument).aggregate(outcomes, input: input)
    }

    /// One subarea's reported points on `input`, evaluating that subarea alone.
    public mutating func points(ofSubarea subarea: Int, _ input: EvaluationInput) throws(ArithmeticOverflow) -> Rational {
        subareaEvaluations += 1
        return try slices[subarea].score(input).subareas[0].points
    }

    /// One rule's points on `input` (its contribution before the subarea's cap), evaluating its subarea alone.
    public mutating func points(ofRule rule: Int, _ input: EvaluationInput) throws(ArithmeticOverflow) -> Rational {
        subareaEvaluations += 1
        let slice = slices[instrument.rules[rule].subarea]
        return try slice.score(input).rules[slice.rules.firstIndex(of: rule)!].points
    }
}
