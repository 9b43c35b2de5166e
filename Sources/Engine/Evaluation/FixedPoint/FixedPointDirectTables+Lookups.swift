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
        // Groups of mergeable lookups, in the order of their first members.
        struct Key: Hashable {
            var kind: UInt8
            var fact, start, count, subarea: Int32
            var offset: Int64
        }
        var groups: [[FixedPointLookup]] = []
        var groupOf: [Key: Int] = [:]
        for row in lookups {
            let key = Key(
                kind: row.input.kind.rawValue, fact: row.input.fact, start: row.input.start, count: row.input.count,
                subarea: ruleSubarea[Int(row.rule)], offset: offset(row))
            if let g = groupOf[key] {
                groups[g].append(row)
            } else {
                groupOf[key] = groups.count
                groups.append([row])
            }
        }
        // A group spanning too many entries stays apart, one row per lookup.
        groups = groups.flatMap { group -> [[FixedPointLookup]] in
            let low = group.map(\.low).min() ?? 0
            let high = group.map(\.high).max() ?? 0
            return (high - low) / scale + 1 <= mergedLookupLimit ? [group] : group.map { [$0] }
        }
        var rows: [FixedPointDirectLookup] = []
        var entries: [Int64] = []
        for group in groups {
            let low = group.map(\.low).min() ?? 0
            let high = group.map(\.high).max() ?? 0
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
