extension FixedPointProgram {
    /// Writes the flat trace of a traced evaluation into `buffers`, converted exactly from
    /// micro-units: the same buffers `Aggregation` computes from the same rule outcomes (a
    /// weighted rule's points are its value times its weight factor, the same exact product
    /// Aggregation takes, which ``FixedPointSubarea/safeLimit`` keeps within 64 bits).
    /// Returns false when `scratch` holds no trace.
    func fill(_ buffers: inout ScoreBuffers, from scratch: FixedPointScratch) -> Bool {
        guard scratch.layout == layout, scratch.hasTrace, buffers.value.count == layout.rules,
            buffers.subareaPoints.count == layout.subareas, buffers.areaPoints.count == layout.areas
        else { return false }
        let w = scratch.words
        let l = layout
        func rational(_ index: Int) -> Rational { MicroUnits.rational(w[index]) }
        func sum(_ index: Int) -> Rational { MicroUnits.rational(w[index], fineScale: l.fineScale) }
        for r in 0..<l.rules {
            let value = rational(l.value + r)
            let upper = rational(l.upper + r)
            buffers.value[r] = value
            buffers.upper[r] = upper
            buffers.assessed[r] = w[l.assessed + r] == 1
            buffers.ownCut[r] = rational(l.ownCut + r)
            if ruleIsWeighted[r] {
                guard let points = try? weightFactor[r].multiplied(by: value),
                    let most = try? weightFactor[r].multiplied(by: upper)
                else { return false }
                buffers.rulePoints[r] = points
                buffers.ruleMin[r] = points
                buffers.ruleMax[r] = most
                buffers.ruleCapCut[r] = .zero
            } else {
                buffers.rulePoints[r] = value
                buffers.ruleMin[r] = value
                buffers.ruleMax[r] = upper
                buffers.ruleCapCut[r] = rational(l.capCut + r)
            }
        }
        for s in 0..<l.subareas {
            buffers.subareaComputed[s] = sum(l.subareaComputed + s)
            buffers.subareaCapCut[s] = sum(l.subareaCapCut + s)
            buffers.subareaPoints[s] = sum(l.subareaPoints + s)
            buffers.subareaMin[s] = sum(l.subareaMin + s)
            buffers.subareaMax[s] = sum(l.subareaMax + s)
        }
        for a in 0..<l.areas {
            buffers.areaPoints[a] = sum(l.areaPoints + a)
            buffers.areaMin[a] = sum(l.areaMin + a)
            buffers.areaMax[a] = sum(l.areaMax + a)
        }
        buffers.total = sum(l.total)
        buffers.totalMin = sum(l.totalMin)
        buffers.totalMax = sum(l.totalMax)
        return true
    }
}
