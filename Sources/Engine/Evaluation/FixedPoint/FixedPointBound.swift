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

    /// The largest power of two `T ≤ valueBound`, above every constant a rule can count,
    /// for which ``totalsBounded(valueBound:subareas:weight:areas:areaSubareas:fine:)``
    /// holds, or 0 when there is none: an evaluation whose spread is below `T` and that
    /// overrides no subarea sums its areas and total without checks too.
    static func totalsBound(
        valueBound: UInt64, constants: UInt64, subareas: [FixedPointSubarea], weight: [Int64],
        areas: [FixedPointArea], areaSubareas: [Int32], fine: Int64
    ) -> UInt64 {
        var bound = valueBound
        while bound > constants {
            if totalsBounded(
                valueBound: bound, subareas: subareas, weight: weight, areas: areas, areaSubareas: areaSubareas,
                fine: fine)
            {
                return bound
            }
            bound >>= 1
        }
        return 0
    }

    /// Whether, for every rule value below `valueBound` and no subarea overridden, the
    /// area and total sums cannot overflow either, so that they too add without checks:
    /// every subarea's points and bounds (fine units) are at most `(n·V + |m|)·fine` in
    /// magnitude (unweighted, `n` rules, maximum `m`) or `W·V·|factor|` (weighted), an
    /// area's capped sums at most the sum of its subareas' or `|max|`, and the total the
    /// sum of the areas'. This holds when the sum of all of these is at most `Int64.max`.
    /// An overridden subarea's points are findings, not bounded here: an evaluation with
    /// an override checks its sums.
    static func totalsBounded(
        valueBound: UInt64, subareas: [FixedPointSubarea], weight: [Int64], areas: [FixedPointArea],
        areaSubareas: [Int32], fine: Int64
    ) -> Bool {
        guard valueBound != 0, fine > 0 else { return false }
        var total: UInt64 = 0
        func add(_ x: UInt64) -> Bool {
            let (sum, overflow) = total.addingReportingOverflow(x)
            total = sum
            return !overflow && sum <= UInt64(Int64.max)
        }
        func product(_ a: UInt64, _ b: UInt64) -> UInt64? {
            let (p, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : p
        }
        var bounds: [UInt64] = []
        for subarea in subareas {
            let n = UInt64(subarea.end - subarea.start)
            let most: UInt64?
            if subarea.weighted {
                var w: UInt64 = 0
                for r in Int(subarea.start)..<Int(subarea.end) { w = w &+ weight[r].magnitude }
                most = product(w, valueBound).flatMap { product($0, subarea.factor.magnitude) }
            } else {
                most = product(n, valueBound).flatMap { sum in
                    let (withMax, overflow) = sum.addingReportingOverflow(subarea.max.magnitude)
                    return overflow ? nil : product(withMax, UInt64(fine))
                }
            }
            guard let most else { return false }
            bounds.append(most)
        }
        for area in areas {
            guard add(area.max.magnitude) else { return false }
            for k in Int(area.start)..<Int(area.end) {
                guard add(bounds[Int(areaSubareas[k])]) else { return false }
            }
        }
        return true
    }
}
