/// The plain evaluator: calls every rule kind through the plugin protocol and aggregates
/// with the same ``Aggregation`` as the compiled form. It is the reference the compiled
/// evaluator is checked against; the tool scores with ``CompiledInstrument``.
public struct Evaluator: Sendable {
    /// The instrument scored.
    public let instrument: Instrument

    /// An evaluator for an instrument.
    public init(instrument: Instrument) {
        self.instrument = instrument
    }

    /// The rule outcomes for some findings.
    public func outcomes(_ input: EvaluationInput) throws(ArithmeticOverflow) -> [RuleOutcome] {
        var outcomes: [RuleOutcome] = []
        outcomes.reserveCapacity(instrument.rules.count)
        for (index, rule) in instrument.rules.enumerated() {
            let reader = FactReader(values: input.values, judgement: input.judgements[index])
            outcomes.append(try rule.kind.evaluate(reader))
        }
        return outcomes
    }

    /// Scores some findings.
    public func score(_ input: EvaluationInput) throws(ArithmeticOverflow) -> Score {
        try Aggregation(instrument: instrument).score(outcomes(input), input: input)
    }
}

/// What an evaluation reads: every fact's value, every rule's judgement, every
/// subarea's override.
public struct EvaluationInput: Sendable {
    /// Fact values by index; nil is unassessed.
    public var values: [FactValue?]
    /// Judgements by rule index.
    public var judgements: [Rational?]
    /// Overrides by subarea index.
    public var overrides: [Verdict?]

    /// The input of an evidence file.
    public init(evidence: Evidence, instrument: Instrument) {
        values = evidence.values(factCount: instrument.facts.count)
        judgements = [Rational?](repeating: nil, count: instrument.rules.count)
        for judgement in evidence.judgements { judgements[judgement.target] = judgement.value }
        overrides = Self.noOverrides(count: instrument.subareas.count)
        for override in evidence.overrides { overrides[override.target] = override }
    }

    /// `count` subareas without an override. Appending `nil` writes only the empty case;
    /// `Array(repeating: nil, …)` copied the `Verdict?` through its value witness per
    /// element, which cost more than the rest of reading a document's findings.
    static func noOverrides(count: Int) -> [Verdict?] {
        var overrides: [Verdict?] = []
        overrides.reserveCapacity(count)
        for _ in 0..<count { overrides.append(nil) }
        return overrides
    }

    /// Each subarea's overriding points, if any.
    public var overridePoints: [Rational?] {
        var points = [Rational?](repeating: nil, count: overrides.count)
        for index in overrides.indices {
            if let value = overrides[index]?.value { points[index] = value }
        }
        return points
    }

    /// An input with everything unassessed.
    public init(instrument: Instrument) {
        values = [FactValue?](repeating: nil, count: instrument.facts.count)
        judgements = [Rational?](repeating: nil, count: instrument.rules.count)
        overrides = [Verdict?](repeating: nil, count: instrument.subareas.count)
    }
}
