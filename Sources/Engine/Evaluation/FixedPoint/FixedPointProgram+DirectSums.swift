// The aggregation of an evaluation without trace that sums directly: the per-kind loops add
// each rule's value (times its weight w′ in a weighted subarea) into its subarea's sum as
// they score it, and write nothing else per rule; this pass turns the sums into subarea,
// area and total points. Nothing else is written: no rule values, bounds or cap cuts,
// which only the trace reads.
//
// It gives the points of FixedPointProgram+BoundedAggregate.swift exactly when
//  - no subarea is overridden (FixedPointLayout.overridden, set by binding),
//  - every value is below FixedPointBound.totalsBound (so every subarea, area and total
//    sum fits: wrapping sums are then exact, whatever the order of the additions),
//  - no value is negative and no unweighted subarea's maximum is (so an unweighted
//    subarea's capped running sum is its capped sum, `min(sum, max)`, whatever the order).
// Lowering checks what is constant (`sumsDirectly`: awards, step values, maxima, every
// rule in one subarea and every subarea in one area); the per-unit and judgement loops
// report the rest (`spread`: an OR of their values' bit patterns, which is below the bound
// only when each value is and none is negative). An evaluation that fails any of it is scored again
// by the checked path (FixedPointProgram.evaluate(_:into:)).

extension FixedPointProgram {
    /// Subarea, area and total points from the subarea sums in `f`: one pass over `rows`
    /// (one per subarea, in the order of `areaSubareas`) writes each subarea's points and
    /// adds them into its area's sum (the words after the subarea sums, zeroed with them),
    /// then one over `areas` caps each area's sum and adds the total: no loop nested per area.
    @inline(__always)
    static func finishDirectSums<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointSubareaSum>, _ areas: UnsafeBufferPointer<FixedPointArea>,
        _ f: FixedPointFrame<T>
    ) {
        let areaSums = f.sums + f.subareas
        for row in rows {
            let s = Int(row.subarea)
            let points = Swift.min(f.sums[s], row.cap) &* row.multiplier
            f.subareaPoints[s] = points
            areaSums[Int(row.area)] &+= points
        }
        var total: Int64 = 0
        for a in areas.indices {
            let points = Swift.min(areaSums[a], areas[a].max)
            f.areaPoints[a] = points
            total &+= points
        }
        f.totals[0] = total
    }

    /// Every lookup entry's value times its rule's weight (entries of a row run from its
    /// `start` to the next row's), or nil when one overflows.
    static func lookupContributions(
        _ lookups: [FixedPointLookup], _ values: [FixedPointOutcome], ruleWeight: [Int64]
    ) -> [Int64]? {
        var contributions = [Int64](repeating: 0, count: values.count)
        let starts = lookups.sorted { $0.start < $1.start }
        for (k, row) in starts.enumerated() {
            let end = k + 1 < starts.count ? Int(starts[k + 1].start) : values.count - 1
            for i in Int(row.start)..<end {
                let (product, overflow) = values[i].value.multipliedReportingOverflow(by: ruleWeight[Int(row.rule)])
                guard !overflow else { return nil }
                contributions[i] = product
            }
        }
        return contributions
    }

    /// What the direct sums need from lowering: per rule its subarea and weight (1 in an
    /// unweighted subarea), the finishing rows in the order of `areaSubareas`, each naming
    /// its area, and whether the constant conditions hold (see above).
    static func directSums(
        rules: Int, subareas: [FixedPointSubarea], subareaRules: [Int32], weight: [Int64],
        areas: [FixedPointArea], areaSubareas: [Int32], fine: Int64, constantsNonNegative: Bool, totalsBound: UInt64
    ) -> (ruleSubarea: [Int32], ruleWeight: [Int64], rows: [FixedPointSubareaSum], applies: Bool) {
        var ruleSubarea = [Int32](repeating: 0, count: rules + 1)
        var ruleWeight = [Int64](repeating: 1, count: rules + 1)
        var ruleSeen = [Bool](repeating: false, count: rules)
        var applies = constantsNonNegative && totalsBound != 0
        for (s, subarea) in subareas.enumerated() {
            if !subarea.weighted && subarea.max < 0 { applies = false }
            for k in Int(subarea.start)..<Int(subarea.end) {
                let r = Int(subareaRules[k])
                guard r >= 0, r < rules, !ruleSeen[r] else {
                    applies = false
                    continue
                }
                ruleSeen[r] = true
                ruleSubarea[r] = Int32(s)
                if subarea.weighted { ruleWeight[r] = weight[r] }
            }
        }
        if ruleSeen.contains(false) { applies = false }
        var subareaSeen = [Bool](repeating: false, count: subareas.count)
        var rows: [FixedPointSubareaSum] = []
        var areaOf = [Int32](repeating: -1, count: areaSubareas.count)
        for (a, area) in areas.enumerated() {
            for k in Int(area.start)..<Int(area.end) where k >= 0 && k < areaOf.count { areaOf[k] = Int32(a) }
        }
        for (k, s) in areaSubareas.map(Int.init).enumerated() {
            guard s >= 0, s < subareas.count, !subareaSeen[s], areaOf[k] >= 0 else {
                applies = false
                continue
            }
            subareaSeen[s] = true
            let subarea = subareas[s]
            rows.append(
                subarea.weighted
                    ? FixedPointSubareaSum(subarea: Int32(s), area: areaOf[k], cap: .max, multiplier: subarea.factor)
                    : FixedPointSubareaSum(subarea: Int32(s), area: areaOf[k], cap: subarea.max, multiplier: fine))
        }
        if subareaSeen.contains(false) { applies = false }
        return (ruleSubarea, ruleWeight, rows, applies)
    }
}
