// The direct rows of the step tables read by one lookup (FixedPointLookup): lookups of the
// same input whose rules count in the same subarea are merged into one row, whose entries
// are the sums of theirs. Summing directly, only their total reaches the subarea's sum,
// so one read of the input and one addition serve them all.
//
// Two lookups merge when they read the same input (kind, fact and slot list), count in the
// same subarea, and their thresholds lie on the same grid (`low` the same amount above a
// whole number of units): then each one's entry changes only at points of the merged
// grid `low + i·10⁶` (`low` the least of theirs), and the merged entry at a point is the
// sum of theirs there. Below every threshold each counts 0 (FixedPointLookup's first
// entry), so the merged first entry is 0 and an unassessed input, clamped to `low`, still
// counts 0. Sums wrap as the additions into the subarea's sum do: the same bits.

extension FixedPointDirectTables {
    /// The most entries a merged lookup may have; a group spanning more stays apart.
    static let mergedLookupLimit: Int64 = 64

    /// The merged rows of `lookups` (in their order: by the kind of input, first members
    /// first), their entries, and how many rows (the first) read their fact's scalar.
    /// `contributions` holds each program entry's value times its rule's weight (a row's
    /// entries after its unassessed one at `start + 1...`).
    static func mergedLookups(
        _ lookups: [FixedPointLookup], contributions: [Int64], ruleSubarea: [Int32]
    ) -> (rows: [FixedPointDirectLookup], entries: [Int64], valueRows: Int) {
        let scale = MicroUnits.scale
        func offset(_ row: FixedPointLookup) -> Int64 { ((row.low % scale) + scale) % scale }
        // Groups of mergeable lookups, in the order of their first members: sorted by what
        // must be equal, then by position (no dictionary: its type's metadata alone costs
        // more to instantiate than grouping an instrument's lookups).
        func key(_ k: Int) -> (Int64, Int64, Int64, Int64, Int64, Int64) {
            let row = lookups[k]
            return (
                Int64(row.input.kind.rawValue), Int64(row.input.fact), Int64(row.input.start), Int64(row.input.count),
                Int64(ruleSubarea[Int(row.rule)]), offset(row)
            )
        }
        let sorted = lookups.indices.sorted { key($0) < key($1) || (key($0) == key($1) && $0 < $1) }
        var runs: [[Int]] = []
        for k in sorted {
            if let last = runs.last?.last, key(last) == key(k) {
                runs[runs.count - 1].append(k)
            } else {
                runs.append([k])
            }
        }
        var groups = runs.sorted { $0[0] < $1[0] }.map { run in run.map { lookups[$0] } }
        // The least `low` and the greatest `high` of a group.
        func range(_ group: [FixedPointLookup]) -> (low: Int64, high: Int64) {
            group.reduce((Int64.max, Int64.min)) { (Swift.min($0.0, $1.low), Swift.max($0.1, $1.high)) }
        }
        groups = groups.flatMap { group -> [[FixedPointLookup]] in
            let (low, high) = range(group)
            return (high - low) / scale + 1 <= mergedLookupLimit ? [group] : group.map { [$0] }
        }
        var rows: [FixedPointDirectLookup] = []
        var entries: [Int64] = []
        for group in groups {
            let (low, high) = range(group)
            let first = Int64(entries.count)
            for i in 0...((high - low) / scale) {
                let x = low + i * scale
                var sum: Int64 = 0
                for row in group {
                    // The member's entry at x (after its unassessed one).
                    let clamped = Swift.min(Swift.max(x, row.low), row.high)
                    sum &+= contributions[Int(row.start) + 1 + Int((clamped - row.low) / scale)]
                }
                entries.append(sum)
            }
            // Thresholds ascend within ±2⁶¹ and entries are few, so the bias cannot overflow.
            rows.append(
                FixedPointDirectLookup(
                    subarea: ruleSubarea[Int(group[0].rule)], input: group[0].input, low: low, high: high,
                    bias: low - first * scale))
        }
        // A trailing entry keeps the array non-empty, so its base address exists.
        entries.append(0)
        return (rows, entries, rows.prefix { $0.input.kind == .value }.count)
    }
}
