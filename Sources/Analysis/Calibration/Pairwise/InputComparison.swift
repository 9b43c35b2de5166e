import Engine

/// One input of a municipality's evaluation as each evaluator recorded it: a fact's
/// finding, a rule's judgement or a subarea's override.
public struct InputComparison: Sendable {
    /// What was recorded.
    public enum Subject: Sendable, Equatable {
        /// A fact's finding.
        case fact(Int)
        /// A `judgement` rule's value.
        case judgement(rule: Int)
        /// A subarea's override.
        case override(subarea: Int)
    }

    /// What was recorded.
    public var subject: Subject
    /// Each evaluator's value as the language writes it; nil when not recorded.
    public var values: [String?]
    /// Whether every evaluator recorded it, with the same value.
    public var agree: Bool

    /// The facts, judgements and overrides recorded by at least one of the records, in
    /// declaration order.
    static func all(_ records: [CalibrationRecord], instrument: Instrument) -> [InputComparison] {
        var out: [InputComparison] = []
        for fact in instrument.facts.indices {
            let values = records.map { $0.input.values[fact] }
            guard values.contains(where: { $0 != nil }) else { continue }
            let ladder = instrument.ladder(ofFact: fact)
            out.append(
                InputComparison(
                    subject: .fact(fact), values: values.map { $0?.formatted(ladder: ladder) },
                    agree: values.allSatisfy { $0 != nil && $0 == values[0] }))
        }
        for rule in instrument.rules.indices {
            let values = records.map { $0.input.judgements[rule] }
            guard values.contains(where: { $0 != nil }) else { continue }
            out.append(
                InputComparison(
                    subject: .judgement(rule: rule), values: values.map { $0?.decimalString() },
                    agree: values.allSatisfy { $0 != nil && $0 == values[0] }))
        }
        for subarea in instrument.subareas.indices {
            let values = records.map { $0.input.overrides[subarea]?.value }
            guard values.contains(where: { $0 != nil }) else { continue }
            out.append(
                InputComparison(
                    subject: .override(subarea: subarea), values: values.map { $0?.decimalString() },
                    agree: values.allSatisfy { $0 != nil && $0 == values[0] }))
        }
        return out
    }

    /// The subject as outputs name it: `dialog.former`, `judge 1.1.b`, `override 1.3`.
    public func name(in instrument: Instrument) -> String {
        switch subject {
        case .fact(let fact): return instrument.facts[fact].path
        case .judgement(let rule): return "judge " + instrument.rules[rule].id
        case .override(let subarea): return "override " + instrument.subareas[subarea].id
        }
    }
}
