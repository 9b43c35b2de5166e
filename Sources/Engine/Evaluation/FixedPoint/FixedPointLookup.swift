/// A step table over a small range read as one lookup instead of a count of the steps
/// reached: when every threshold of a table is `r` more than a whole number of units
/// (the same `r` for all, 0 for `>=` over whole numbers, 1 micro-unit for `>`) and they
/// span at most ``limit`` units, the steps reached change only at `low + i·10⁶`, so the
/// value of entry `i` holds for every input in
/// `low + i·10⁶ ..< low + (i+1)·10⁶` (entry `i + 1` of the row's, after the unassessed
/// one). An input is clamped to `low...high` (`high` the
/// last threshold) and the index is `(x − low) / 10⁶`: no loop and no dependent chain.
/// Each entry is computed at lowering from the table's own steps (the value of the
/// last step reached at `low + i·10⁶`), so it agrees with the general loop by
/// construction; a table that does not qualify stays a ``FixedPointSteps`` row.
///
/// Entries hold a rule's value and upper bound together, and the entry before them is
/// the unassessed outcome (0, at most the rule's best): choosing it is a select between
/// two indices, so an unassessed input costs no branch (the compiler turns a select
/// between loaded values into one, which mispredicts on unassessed facts).
struct FixedPointLookup: Sendable {
    var rule: Int32
    var start: Int32
    var input: FixedPointInput
    /// One unit below the first threshold: the inputs of entry 0 (no step reached) end here.
    var low: Int64
    /// The last threshold: every step is reached from here on.
    var high: Int64

    /// The most entries a lookup may have (units spanned by the thresholds, plus one).
    static let limit: Int64 = 16

    /// The lookup of `steps` (a table's steps in ascending order, without the leading
    /// entry), appending its entries to `values`; nil when the table does not qualify.
    static func make(
        rule: Int32, input: FixedPointInput, steps: ArraySlice<FixedPointStep>, unassessedUpper: Int64,
        entries values: inout [FixedPointOutcome]
    ) -> FixedPointLookup? {
        guard let first = steps.first, let last = steps.last else { return nil }
        let scale = MicroUnits.scale
        // The common offset above a whole number of units (floor remainder, 0..<10⁶).
        let offset = ((first.threshold % scale) + scale) % scale
        for step in steps where ((step.threshold % scale) + scale) % scale != offset { return nil }
        // Thresholds ascend within ±2⁶¹ (RuleLowering.layOutSteps), so these cannot overflow.
        let low = first.threshold - scale
        let high = last.threshold
        let entries = (high - low) / scale + 1
        guard entries <= limit else { return nil }
        let start = Int32(values.count)
        values.append(FixedPointOutcome(value: 0, upper: unassessedUpper))
        for i in 0..<entries {
            let x = low + i * scale
            // The value of the last step reached at x, none reached: 0.
            var value: Int64 = 0
            for step in steps where step.threshold <= x { value = step.value }
            values.append(FixedPointOutcome(value: value, upper: value))
        }
        return FixedPointLookup(rule: rule, start: start, input: input, low: low, high: high)
    }
}

/// A rule's value and upper bound, as one lookup entry.
struct FixedPointOutcome: Sendable {
    var value: Int64
    var upper: Int64
}
