// The direct rows of per-unit counts (FixedPointDirectPerUnit), in the order their loops
// read them: those reading their fact's scalar with a whole award (in units), the other
// ones reading their fact's scalar, those counting at most `countWidth` listed slots
// (with their slots copied to `countLists`, padded to that width), then the rest.
//
// A padded list repeats `zeroScalar`, a bound scalar that reads 0 whenever the direct
// sums run (FixedPointLayout.overridden: an evaluation with an override takes the checked
// path before any loop), so that the loop sums exactly `countWidth` slots, without a
// loop over each row's own count: the padding adds nothing.

extension FixedPointDirectTables {
    /// How many slots a padded count reads.
    static let countWidth = 5

    /// The rows in the order above, where each group ends, and the padded lists (with a
    /// trailing entry, so that the array is never empty). Without `zeroScalar` no row is
    /// padded.
    static func arrangedPerUnits(
        _ rows: [FixedPointDirectPerUnit], lists: [Int32], zeroScalar: Int32?
    ) -> (rows: [FixedPointDirectPerUnit], wholeAward: Int, values: Int, counts: Int, countLists: [Int32]) {
        func whole(_ row: FixedPointDirectPerUnit) -> Bool {
            row.input.kind == .value && row.award % MicroUnits.scale == 0
        }
        func narrow(_ row: FixedPointDirectPerUnit) -> Bool {
            zeroScalar != nil && row.input.kind == .countOf && row.input.count <= Int32(countWidth)
        }
        let wholeRows = rows.filter(whole).map { row in
            var row = row
            row.award /= MicroUnits.scale
            return row
        }
        let values = rows.filter { $0.input.kind == .value && !whole($0) }
        var countLists: [Int32] = []
        let counts = rows.filter(narrow).map { row in
            var row = row
            let start = Int(row.input.start)
            row.input.start = Int32(countLists.count)
            countLists += lists[start..<(start + Int(row.input.count))]
            countLists += repeatElement(zeroScalar ?? 0, count: countWidth - Int(row.input.count))
            return row
        }
        let rest = rows.filter { $0.input.kind != .value && !narrow($0) }
        let arranged = wholeRows + values + counts + rest
        return (
            arranged, wholeRows.count, wholeRows.count + values.count, wholeRows.count + values.count + counts.count,
            countLists + [0]
        )
    }
}
