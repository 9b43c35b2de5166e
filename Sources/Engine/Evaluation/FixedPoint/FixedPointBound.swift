/// When the aggregation may add without overflow checks: proved once, at lowering, for
/// every rule value below a power of two `V` (the program's `valueBound`), then checked
/// per evaluation by one comparison.
///
/// Lowering chooses the largest `V ≤ 2⁶²` for which, in every unweighted subarea of `n`
/// rules and maximum `m`, `2·(n·V + |m|)·fine ≤ Int64.max` (every partial sum, capped
/// sum, cut and bound of the subarea, also in fine units, stays below it), and in every
/// weighted subarea with `W = Σ|w′ᵢ|`, `W·V ≤ safeLimit` and `W·V·|factor| ≤ Int64.max`
/// (the weighted sums, their scaling and the `Rational` path's own limit). Every constant
/// a rule can count (awards, step values, the upper bound of an unassessed rule) must be
/// below `V`; the values that depend on findings (per-unit counts, judgements) are folded
/// into a `spread` by the per-kind loops, and `spread < V` admits the evaluation. The
/// rules of each subarea must also be contiguous, in order, so that the aggregation reads
/// `value[start..<end]` directly. When any of this fails, the checked aggregation runs,
/// with the same results.
enum FixedPointBound {
    /// What a value adds to the spread: its magnitude (an OR of magnitudes is below a
    /// power of two exactly when each of them is).
    @inline(__always)
    static func spread(_ value: Int64) -> UInt64 { value.magnitude }

    /// The largest power of two `V` satisfying the constraints above, or 0 when there is
    /// none or the rules are not contiguous per subarea.
    ///
    /// - Parameters:
    ///   - constants: the largest magnitude of a constant a rule can count.
    ///   - subareas: the lowered subareas (their `start..<end` index `subareaRules`).
    ///   - subareaRules: the rule of each position.
    ///   - weight: per rule, its weight over its subarea's common divisor.
    ///   - fine: fine units per micro-unit.
    static func valueBound(
        constants: UInt64, subareas: [FixedPointSubarea], subareaRules: [Int32], weight: [Int64], fine: Int64
    ) -> UInt64 {
        guard fine > 0, subareaRules.indices.allSatisfy({ subareaRules[$0] == Int32($0) }) else { return 0 }
        let limit = UInt64(Int64.max)
        var most: UInt64 = 1 << 62
        for subarea in subareas {
            let n = UInt64(subarea.end - subarea.start)
            if subarea.weighted {
                var total: UInt64 = 0
                for r in Int(subarea.start)..<Int(subarea.end) {
                    let (sum, overflow) = total.addingReportingOverflow(weight[r].magnitude)
                    guard !overflow else { return 0 }
                    total = sum
                }
                guard total > 0 else { continue }
                most = min(most, min(subarea.safeLimit, limit) / total)
                if subarea.factor != 0 { most = min(most, limit / total / subarea.factor.magnitude) }
            } else {
                let room = limit / 2 / UInt64(fine)
                let m = subarea.max.magnitude
                guard m <= room else { return 0 }
                if n > 0 { most = min(most, (room - m) / n) }
            }
        }
        guard most > 0 else { return 0 }
        // The largest power of two not above `most`.
        let bound: UInt64 = 1 << (63 - most.leadingZeroBitCount)
        return constants < bound ? bound : 0
    }
}
