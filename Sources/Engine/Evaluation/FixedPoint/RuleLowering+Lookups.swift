extension RuleLowering {
    /// Moves every laid-out step table that a ``FixedPointLookup`` can read into
    /// `lookups` (entries in `lookupValues`; `unassessedUpper` is each rule's upper bound
    /// while unassessed), and lays the remaining tables out again
    /// without the moved ones' steps, keeping their order. Call after ``layOutSteps()``.
    mutating func takeLookups(unassessedUpper: [Int64]) {
        var remaining: [FixedPointSteps] = []
        var laidOut: [FixedPointStep] = []
        for row in stepRules {
            // Skip the leading "no step reached" entry.
            let own = steps[Int(row.start + 1)..<Int(row.end)]
            if let lookup = FixedPointLookup.make(
                rule: row.rule, input: row.input, steps: own, unassessedUpper: unassessedUpper[Int(row.rule)],
                entries: &lookupValues) {
                lookups.append(lookup)
                continue
            }
            let start = Int32(laidOut.count)
            laidOut += steps[Int(row.start)..<Int(row.end)]
            // Narrow tables padded to the same width (see RuleLowering.narrowWidth).
            let width = Int(row.end - row.start) - 1
            if width < Self.narrowWidth {
                laidOut += repeatElement(
                    FixedPointStep(threshold: Self.unreached, value: 0), count: Self.narrowWidth - width)
            }
            remaining.append(FixedPointSteps(rule: row.rule, input: row.input, start: start, end: Int32(laidOut.count)))
        }
        stepRules = remaining
        steps = laidOut
        // By the kind of input (so that reading it branches the same way for long runs),
        // then in rule order (so that the writes to the rule values ascend).
        lookups.sort { ($0.input.kind.rawValue, $0.rule) < ($1.input.kind.rawValue, $1.rule) }
    }
}
