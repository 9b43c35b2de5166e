import Engine

extension ReadFact {
    /// The value as the language writes it, or nil when unassessed.
    var written: String? {
        value.map { $0.formatted(ladder: ladder) }
    }
}

extension Headroom {
    /// The change as the language writes it: `politik.utbildning = exists`, or
    /// `judge 1.1.b = 1` for a judgement; several joined by commas.
    public func written(_ instrument: Instrument) -> String {
        Self.written(changes, ruleID: ruleID, instrument)
    }

    /// Finding changes as the language writes them.
    public static func written(_ changes: [FindingChange], ruleID: String, _ instrument: Instrument) -> String {
        changes.map { change -> String in
            if let value = change.value {
                return "\(instrument.facts[change.fact].path) = \(value.formatted(ladder: instrument.ladder(ofFact: change.fact)))"
            }
            return "judge \(ruleID) = \(change.judgement?.decimalString() ?? "")"
        }.joined(separator: ", ")
    }
}
