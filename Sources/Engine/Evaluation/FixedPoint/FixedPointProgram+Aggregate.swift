// The scoring rules of Aggregation.swift in one pass: subareas (caps with the cut
// attributed to the rule that crosses it, in micro-units; weighted subareas as one exact
// scaling), overrides, areas (capped sums) and the total, every sum checked. Subarea,
// area and total results are in fine units (FixedPointProgram.fineMultiple). This is the
// general aggregation, for any order of rules and any values; the bounded one
// (FixedPointProgram+BoundedAggregate.swift) gives the same results without checks.

extension FixedPointProgram {
    /// Subareas, areas and the total from the rule values in `f`; false when a sum
    /// overflows or a weighted result is not a whole number of micro-units. With `trace`,
    /// also each rule's share of the cap cut.
    @inline(never)
    static func aggregate<T: FixedPointTracing>(
        _ subareas: UnsafeBufferPointer<FixedPointSubarea>, _ rules: UnsafeBufferPointer<Int32>,
        _ weight: UnsafeBufferPointer<Int64>, _ areas: UnsafeBufferPointer<FixedPointArea>,
        _ areaSubareas: UnsafeBufferPointer<Int32>, _ fine: Int64, _ f: FixedPointFrame<T>, trace: Bool
    ) -> Bool {
        var ok = true
        for (s, subarea) in subareas.enumerated() {
            var computed: Int64 = 0
            var low: Int64 = 0
            var high: Int64 = 0
            var capCut: Int64 = 0
            if !subarea.weighted {
                let max = subarea.max
                for k in Int(subarea.start)..<Int(subarea.end) {
                    let r = Int(rules[k])
                    let v = f.value[r]
                    let u = f.upper[r]
                    // The rule whose value crosses the cap keeps the part below it.
                    let (next, o1) = computed.addingReportingOverflow(v)
                    let over = next > max
                    let (cut, o2) = next.subtractingReportingOverflow(max)
                    let (cuts, o3) = capCut.addingReportingOverflow(over ? cut : 0)
                    let (l, o4) = low.addingReportingOverflow(v)
                    let (h, o5) = high.addingReportingOverflow(u)
                    ok = ok && !(o1 || (over && (o2 || o3)) || o4 || o5)
                    computed = over ? max : next
                    capCut = cuts
                    low = l
                    high = h
                    if trace { f.capCut[r] = over ? cut : 0 }
                }
                low = Swift.min(low, max)
                high = Swift.min(high, max)
                if fine != 1 {
                    let (c, o1) = computed.multipliedReportingOverflow(by: fine)
                    let (k, o2) = capCut.multipliedReportingOverflow(by: fine)
                    let (l, o3) = low.multipliedReportingOverflow(by: fine)
                    let (h, o4) = high.multipliedReportingOverflow(by: fine)
                    ok = ok && !(o1 || o2 || o3 || o4)
                    (computed, capCut, low, high) = (c, k, l, h)
                }
            } else {
                ok = ok && weighted(subarea, rules, weight, f, &computed, &high)
                low = computed
            }
            ok = record(s, computed, capCut, low, high, fine, f) && ok
        }
        return areasAndTotal(areas, areaSubareas, f) && ok
    }

    /// Records subarea `s`: what its rules computed and its cap cut, and its points and
    /// bounds, which its override (in micro-units, scaled here to fine units) replaces;
    /// false when that scaling overflows.
    @inline(__always)
    static func record<T: FixedPointTracing>(
        _ s: Int, _ computed: Int64, _ capCut: Int64, _ low: Int64, _ high: Int64, _ fine: Int64,
        _ f: FixedPointFrame<T>
    ) -> Bool {
        var overridden = false
        return record(s, computed, capCut, low, high, fine, f, &overridden)
    }

    /// ``record(_:_:_:_:_:_:_:)``, setting `overridden` when the subarea has an override.
    @inline(__always)
    static func record<T: FixedPointTracing>(
        _ s: Int, _ computed: Int64, _ capCut: Int64, _ low: Int64, _ high: Int64, _ fine: Int64,
        _ f: FixedPointFrame<T>,
        _ overridden: inout Bool
    ) -> Bool {
        f.subareaComputed[s] = computed
        f.subareaCapCut[s] = capCut
        let override = f.override[s]
        if override != MicroUnits.unassessed {
            let (points, overflow) = override.multipliedReportingOverflow(by: fine)
            f.subareaPoints[s] = points
            f.subareaMin[s] = points
            f.subareaMax[s] = points
            overridden = true
            return !overflow
        }
        f.subareaPoints[s] = computed
        f.subareaMin[s] = low
        f.subareaMax[s] = high
        return true
    }

    /// Areas (capped sums of their subareas' points and bounds) and the total; false when
    /// a sum overflows.
    @inline(__always)
    static func areasAndTotal<T: FixedPointTracing>(
        _ areas: UnsafeBufferPointer<FixedPointArea>, _ areaSubareas: UnsafeBufferPointer<Int32>,
        _ f: FixedPointFrame<T>
    ) -> Bool {
        var ok = true
        var total: Int64 = 0
        var totalMin: Int64 = 0
        var totalMax: Int64 = 0
        for (a, area) in areas.enumerated() {
            var sum: Int64 = 0
            var low: Int64 = 0
            var high: Int64 = 0
            for k in Int(area.start)..<Int(area.end) {
                let s = Int(areaSubareas[k])
                let (p, o1) = sum.addingReportingOverflow(f.subareaPoints[s])
                let (l, o2) = low.addingReportingOverflow(f.subareaMin[s])
                let (h, o3) = high.addingReportingOverflow(f.subareaMax[s])
                ok = ok && !(o1 || o2 || o3)
                (sum, low, high) = (p, l, h)
            }
            let points = Swift.min(sum, area.max)
            let least = Swift.min(low, area.max)
            let most = Swift.min(high, area.max)
            f.areaPoints[a] = points
            f.areaMin[a] = least
            f.areaMax[a] = most
            let (t, o1) = total.addingReportingOverflow(points)
            let (tl, o2) = totalMin.addingReportingOverflow(least)
            let (th, o3) = totalMax.addingReportingOverflow(most)
            ok = ok && !(o1 || o2 || o3)
            (total, totalMin, totalMax) = (t, tl, th)
        }
        f.totals[0] = total
        f.totals[1] = totalMin
        f.totals[2] = totalMax
        return ok
    }

    /// A weighted subarea: `Σ(w′ᵢ·sᵢ)` and `Σ(w′ᵢ·uᵢ)` scaled once each to fine units
    /// (one multiplication: fine units make every such result whole). False beyond
    /// ``FixedPointSubarea/safeLimit`` or on overflow.
    /// The rules' own points need no work here: each is its value times a constant
    /// factor, derived exactly when a Score is built.
    @inline(__always)
    static func weighted<T: FixedPointTracing>(
        _ subarea: FixedPointSubarea, _ rules: UnsafeBufferPointer<Int32>, _ weight: UnsafeBufferPointer<Int64>,
        _ f: FixedPointFrame<T>, _ computed: inout Int64, _ high: inout Int64
    ) -> Bool {
        var ok = true
        var sum: Int64 = 0
        var sumMost: Int64 = 0
        var magnitude: UInt64 = 0
        var magnitudeMost: UInt64 = 0
        for k in Int(subarea.start)..<Int(subarea.end) {
            let r = Int(rules[k])
            let v = f.value[r]
            let u = f.upper[r]
            let (p, o1) = weight[r].multipliedReportingOverflow(by: v)
            let (m, o2) = weight[r].multipliedReportingOverflow(by: u)
            let (s, o3) = sum.addingReportingOverflow(p)
            let (sm, o4) = sumMost.addingReportingOverflow(m)
            let (a, o5) = magnitude.addingReportingOverflow(p.magnitude)
            let (am, o6) = magnitudeMost.addingReportingOverflow(m.magnitude)
            ok = ok && !(o1 || o2 || o3 || o4 || o5 || o6)
            (sum, sumMost, magnitude, magnitudeMost) = (s, sm, a, am)
        }
        let (points, o1) = sum.multipliedReportingOverflow(by: subarea.factor)
        let (most, o2) = sumMost.multipliedReportingOverflow(by: subarea.factor)
        computed = points
        high = most
        return ok && !o1 && !o2 && magnitude <= subarea.safeLimit && magnitudeMost <= subarea.safeLimit
    }
}
