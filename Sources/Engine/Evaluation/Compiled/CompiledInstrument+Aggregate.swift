extension CompiledInstrument {
    /// Subareas, areas and the total from the rule values in `s`, as ``Aggregator`` does,
    /// into the scratch buffers.
    func aggregate(_ facts: BoundFacts, _ s: inout CompiledScratch) throws(ArithmeticOverflow) {
        let subareas = instrument.subareas
        for index in subareas.indices {
            let max = subareas[index].max
            var points = Rational.zero
            var low = Rational.zero
            var high = Rational.zero
            if subareas[index].mode == .points {
                for r in subareas[index].rules {
                    points = try points.adding(s.value[r])
                    low = try low.adding(s.value[r])
                    high = try high.adding(s.upper[r])
                }
                points = Swift.min(points, max)
                low = Swift.min(low, max)
                high = Swift.min(high, max)
            } else {
                for r in subareas[index].rules {
                    let factor = weightFactor[r]
                    let v = try factor.multiplied(by: s.value[r])
                    points = try points.adding(v)
                    low = try low.adding(v)
                    high = try high.adding(try factor.multiplied(by: s.upper[r]))
                }
            }
            if facts.overridden[index] {
                points = facts.override[index]
                low = points
                high = points
            }
            s.subareaPoints[index] = points
            s.subareaMin[index] = low
            s.subareaMax[index] = high
        }
        var total = Rational.zero
        var totalMin = Rational.zero
        var totalMax = Rational.zero
        for (a, area) in instrument.areas.enumerated() {
            var sum = Rational.zero
            var low = Rational.zero
            var high = Rational.zero
            for sub in area.subareas {
                sum = try sum.adding(s.subareaPoints[sub])
                low = try low.adding(s.subareaMin[sub])
                high = try high.adding(s.subareaMax[sub])
            }
            s.areaPoints[a] = Swift.min(sum, area.max)
            s.areaMin[a] = Swift.min(low, area.max)
            s.areaMax[a] = Swift.min(high, area.max)
            total = try total.adding(s.areaPoints[a])
            totalMin = try totalMin.adding(s.areaMin[a])
            totalMax = try totalMax.adding(s.areaMax[a])
        }
        s.total = total
        s.totalMin = totalMin
        s.totalMax = totalMax
    }
}
