// The aggregation of FixedPointProgram+Aggregate.swift when FixedPointBound admits the
// evaluation: every subarea's rules are `value[start..<end]` and no subarea sum can
// overflow, so the loops add without checks or indirection. Areas and the total add
// without checks too when FixedPointBound.totalsBounded holds and no subarea is
// overridden (overrides are findings, not bounded by lowering); else they are checked.

extension FixedPointProgram {
    /// Subareas, areas and the total, as ``aggregate(_:_:_:_:_:_:_:trace:)`` computes
    /// them, for an evaluation FixedPointBound admits; false when an override or an area
    /// sum overflows. `byKind` lists the unweighted subareas (the first `plainCount`), then
    /// the weighted ones, and a trailing 0. `totalsBounded`: the evaluation's values are
    /// below FixedPointBound.totalsBound, so without overrides areas and the total add
    /// without checks.
    @inline(__always)
    static func boundedAggregate<T: FixedPointTracing>(
        _ subareas: UnsafeBufferPointer<FixedPointSubarea>, _ weight: UnsafeBufferPointer<Int64>,
        _ areas: UnsafeBufferPointer<FixedPointArea>, _ areaSubareas: UnsafeBufferPointer<Int32>, _ fine: Int64,
        _ f: FixedPointFrame<T>, byKind: UnsafeBufferPointer<Int32>, plainCount: Int, totalsBounded: Bool, trace: Bool
    ) -> Bool {
        guard !trace else { return tracedBoundedAggregate(subareas, weight, areas, areaSubareas, fine, f) }
        let value = f.value
        let upper = f.upper
        var ok = true
        var overridden = false
        for k in plainCount..<(byKind.count - 1) {
            let s = Int(byKind[k])
            ok = weightedSubarea(s, subareas[s], weight, fine, f, &overridden) && ok
        }
        for k in 0..<plainCount {
            let s = Int(byKind[k])
            let subarea = subareas[s]
            let start = Int(subarea.start)
            let end = Int(subarea.end)
            let max = subarea.max
            // Wrapping sums, exact because the true sums fit (FixedPointBound).
            var sum: Int64 = 0
            var most: Int64 = 0
            var signs: Int64 = 0
            var r = start
            while r < end {
                let v = value[r]
                sum &+= v
                most &+= upper[r]
                signs |= v
                r &+= 1
            }
            var computed: Int64
            var capCut: Int64
            if signs >= 0 && max >= 0 {
                // No value is negative: the capped running sum is the capped sum.
                computed = Swift.min(sum, max)
                capCut = sum &- computed
            } else {
                computed = 0
                capCut = 0
                for r in start..<end {
                    let next = computed &+ value[r]
                    let cut = next > max ? next &- max : 0
                    capCut &+= cut
                    computed = next &- cut
                }
            }
            let low = Swift.min(sum, max) &* fine
            let high = Swift.min(most, max) &* fine
            ok = record(s, computed &* fine, capCut &* fine, low, high, fine, f, &overridden) && ok
        }
        guard totalsBounded && !overridden else { return areasAndTotal(areas, areaSubareas, f) && ok }
        uncheckedAreasAndTotal(areas, areaSubareas, f)
        return ok
    }

    /// ``areasAndTotal(_:_:_:)`` without overflow checks, for an evaluation in which
    /// FixedPointBound.totalsBounded proved that no area or total sum can overflow.
    @inline(__always)
    static func uncheckedAreasAndTotal<T: FixedPointTracing>(
        _ areas: UnsafeBufferPointer<FixedPointArea>, _ areaSubareas: UnsafeBufferPointer<Int32>,
        _ f: FixedPointFrame<T>
    ) {
        var total: Int64 = 0
        var totalMin: Int64 = 0
        var totalMax: Int64 = 0
        for (a, area) in areas.enumerated() {
            var sum: Int64 = 0
            var low: Int64 = 0
            var high: Int64 = 0
            var k = Int(area.start)
            let end = Int(area.end)
            while k < end {
                let s = Int(areaSubareas[k])
                sum &+= f.subareaPoints[s]
                low &+= f.subareaMin[s]
                high &+= f.subareaMax[s]
                k &+= 1
            }
            let points = Swift.min(sum, area.max)
            let least = Swift.min(low, area.max)
            let most = Swift.min(high, area.max)
            f.areaPoints[a] = points
            f.areaMin[a] = least
            f.areaMax[a] = most
            total &+= points
            totalMin &+= least
            totalMax &+= most
        }
        f.totals[0] = total
        f.totals[1] = totalMin
        f.totals[2] = totalMax
    }

    /// ``boundedAggregate(_:_:_:_:_:_:byKind:plainCount:totalsBounded:trace:)`` recording each rule's share of its
    /// subarea's cap cut.
    @inline(__always)
    static func tracedBoundedAggregate<T: FixedPointTracing>(
        _ subareas: UnsafeBufferPointer<FixedPointSubarea>, _ weight: UnsafeBufferPointer<Int64>,
        _ areas: UnsafeBufferPointer<FixedPointArea>, _ areaSubareas: UnsafeBufferPointer<Int32>, _ fine: Int64,
        _ f: FixedPointFrame<T>
    ) -> Bool {
        var ok = true
        for s in subareas.indices {
            let subarea = subareas[s]
            if subarea.weighted {
                var overridden = false
                ok = weightedSubarea(s, subarea, weight, fine, f, &overridden) && ok
                continue
            }
            let max = subarea.max
            var sum: Int64 = 0
            var most: Int64 = 0
            var computed: Int64 = 0
            var capCut: Int64 = 0
            for r in Int(subarea.start)..<Int(subarea.end) {
                let v = f.value[r]
                sum &+= v
                most &+= f.upper[r]
                // The rule whose value crosses the cap keeps the part below it.
                let next = computed &+ v
                let cut = next > max ? next &- max : 0
                f.capCut[r] = cut
                capCut &+= cut
                computed = next &- cut
            }
            let low = Swift.min(sum, max) &* fine
            let high = Swift.min(most, max) &* fine
            ok = record(s, computed &* fine, capCut &* fine, low, high, fine, f) && ok
        }
        return areasAndTotal(areas, areaSubareas, f) && ok
    }

    /// A weighted subarea: `Σ(w′ᵢ·sᵢ)` and `Σ(w′ᵢ·uᵢ)`, each scaled once to fine units.
    @inline(__always)
    static func weightedSubarea<T: FixedPointTracing>(
        _ s: Int, _ subarea: FixedPointSubarea, _ weight: UnsafeBufferPointer<Int64>, _ fine: Int64,
        _ f: FixedPointFrame<T>, _ overridden: inout Bool
    ) -> Bool {
        var sum: Int64 = 0
        var most: Int64 = 0
        for r in Int(subarea.start)..<Int(subarea.end) {
            sum &+= weight[r] &* f.value[r]
            most &+= weight[r] &* f.upper[r]
        }
        let points = sum &* subarea.factor
        return record(s, points, 0, points, most &* subarea.factor, fine, f, &overridden)
    }
}
