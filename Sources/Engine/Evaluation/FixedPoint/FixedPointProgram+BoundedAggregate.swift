// The aggregation of FixedPointProgram+Aggregate.swift when FixedPointBound admits the
// evaluation: every subarea's rules are `value[start..<end]` and no subarea sum can
// overflow, so the loops add without checks or indirection. Areas and the total are
// still checked (overrides are findings, not bounded by lowering).

extension FixedPointProgram {
    /// Subareas, areas and the total, as ``aggregate(_:_:_:_:_:_:_:trace:)`` computes
    /// them, for an evaluation FixedPointBound admits; false when an override or an area
    /// sum overflows. `byKind` lists the unweighted subareas (the first `plainCount`), then
    /// the weighted ones, and a trailing 0.
    @inline(__always)
    static func boundedAggregate(
        _ subareas: UnsafeBufferPointer<FixedPointSubarea>, _ weight: UnsafeBufferPointer<Int64>,
        _ areas: UnsafeBufferPointer<FixedPointArea>, _ areaSubareas: UnsafeBufferPointer<Int32>, _ fine: Int64,
        _ f: FixedPointFrame, byKind: UnsafeBufferPointer<Int32>, plainCount: Int, trace: Bool
    ) -> Bool {
        guard !trace else { return tracedBoundedAggregate(subareas, weight, areas, areaSubareas, fine, f) }
        // One pass over every rule: running sums of the values and upper bounds, wrapping.
        // A subarea's sum is the difference of two of them, exact because its true sum
        // fits (FixedPointBound), and the pass has no per-subarea loop to set up.
        let value = f.value
        let upper = f.upper
        let prefixValue = f.prefixValue
        let prefixUpper = f.prefixUpper
        var runningValue: Int64 = 0
        var runningUpper: Int64 = 0
        var signs: Int64 = 0
        prefixValue[0] = 0
        prefixUpper[0] = 0
        var r = 0
        while r < f.rules {
            let v = value[r]
            runningValue &+= v
            runningUpper &+= upper[r]
            signs |= v
            r &+= 1
            prefixValue[r] = runningValue
            prefixUpper[r] = runningUpper
        }
        var ok = true
        for k in plainCount..<(byKind.count - 1) {
            let s = Int(byKind[k])
            ok = weightedSubarea(s, subareas[s], weight, fine, f) && ok
        }
        for k in 0..<plainCount {
            let s = Int(byKind[k])
            let subarea = subareas[s]
            let start = Int(subarea.start)
            let end = Int(subarea.end)
            let max = subarea.max
            let sum = prefixValue[end] &- prefixValue[start]
            let most = prefixUpper[end] &- prefixUpper[start]
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
            ok = record(s, computed &* fine, capCut &* fine, low, high, fine, f) && ok
        }
        return areasAndTotal(areas, areaSubareas, f) && ok
    }

    /// ``boundedAggregate(_:_:_:_:_:_:byKind:plainCount:trace:)`` recording each rule's share of its
    /// subarea's cap cut.
    @inline(__always)
    static func tracedBoundedAggregate(
        _ subareas: UnsafeBufferPointer<FixedPointSubarea>, _ weight: UnsafeBufferPointer<Int64>,
        _ areas: UnsafeBufferPointer<FixedPointArea>, _ areaSubareas: UnsafeBufferPointer<Int32>, _ fine: Int64,
        _ f: FixedPointFrame
    ) -> Bool {
        var ok = true
        for s in subareas.indices {
            let subarea = subareas[s]
            if subarea.weighted {
                ok = weightedSubarea(s, subarea, weight, fine, f) && ok
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
    static func weightedSubarea(
        _ s: Int, _ subarea: FixedPointSubarea, _ weight: UnsafeBufferPointer<Int64>, _ fine: Int64,
        _ f: FixedPointFrame
    ) -> Bool {
        var sum: Int64 = 0
        var most: Int64 = 0
        for r in Int(subarea.start)..<Int(subarea.end) {
            sum &+= weight[r] &* f.value[r]
            most &+= weight[r] &* f.upper[r]
        }
        let points = sum &* subarea.factor
        return record(s, points, 0, points, most &* subarea.factor, fine, f)
    }
}
