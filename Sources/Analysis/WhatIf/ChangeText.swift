import Engine

/// How finding changes read in outputs.
public enum ChangeText {
    /// A rule's finding change written against the current findings: `add f {x}` when it
    /// only adds items to a set, `set f = v` otherwise, `judge 7.2.i = 3` for a judgement.
    public static func describe(_ change: FindingChange, rule: Int, instrument: Instrument, values: [FactValue?]) -> String {
        guard let value = change.value else {
            return "judge \(instrument.rules[rule].id) = \(change.judgement?.decimalString() ?? "?")"
        }
        let path = instrument.facts[change.fact].path
        if case .set(let items) = value, case .set(let have)? = values[change.fact], !have.isEmpty,
            have.allSatisfy(items.contains)
        {
            let added = items.filter { !have.contains($0) }
            return "add \(path) \(FactValue.set(added).formatted(ladder: nil))"
        }
        return "set \(path) = \(value.formatted(ladder: instrument.ladder(ofFact: change.fact)))"
    }
}
