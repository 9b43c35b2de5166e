// The aggregation of FixedPointProgram+Aggregate.swift when FixedPointBound admits the
// evaluation: every subarea's rules are `value[start..<end]` and no subarea sum can
// overflow, so the loops add without checks or indirection. Areas and the total are
// still checked (overrides are findings, not bounded by lowering).

extension FixedPointProgram {
    /// Subareas, areas and the total, as ``aggregate(_:_:_:_:_:_:_:trace:)`` computes
    /// them, for an evaluation FixedPointBound admits; false when an override or an area
    /// sum overflows.
    @inline(__always)
    static func boundedAggregate(
        _ subareas: UnsafeBufferPointer<FixedPointSubarea>, _ weight: UnsafeBufferPointer<Int64>,
        _ areas: UnsafeBufferPointer<FixedPointArea>, _ areaSubareas: UnsafeBufferPointer<Int32>, _ fine: Int64,
        _ f: FixedPointFrame, trace: Bool
    ) -> Bool {
        var ok = true
        for s in subareas.indices {
            let subarea = subareas[s]
            let start = Int(subarea.start)
            let end = Int(subarea.end)
            var sum: Int64 = 0
            var most: Int64 = 0
            if subarea.weighted {
                for r in start..<end {
                    sum &+= weight[r] &* f.value[r]
                    most &+= weight[r] &* f.upper[r]
                }
                let points = sum &* subarea.factor
                ok = record(s, points, 0, points, most &* subarea.factor, fine, f) && ok
                continue
            }
            let max = subarea.max
            var computed: Int64 = 0
            var capCut: Int64 = 0
            if trace {
                for r in start..<end {
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
            } else {
                var signs: Int64 = 0
                for r in start..<end {
                    let v = f.value[r]
                    sum &+= v
                    most &+= f.upper[r]
                    signs |= v
                }
                if signs >= 0 && max >= 0 {
                    // No value is negative: the capped running sum is the capped sum.
                    computed = Swift.min(sum, max)
                    capCut = sum &- computed
                } else {
                    for r in start..<end {
                        let next = computed &+ f.value[r]
                        let cut = next > max ? next &- max : 0
                        capCut &+= cut
                        computed = next &- cut
                    }
                }
            }
            let low = Swift.min(sum, max) &* fine
            let high = Swift.min(most, max) &* fine
            ok = record(s, computed &* fine, capCut &* fine, low, high, fine, f) && ok
        }
        return areasAndTotal(areas, areaSubareas, f) && ok
    }
}
