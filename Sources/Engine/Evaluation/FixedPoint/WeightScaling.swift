/// A weighted subarea's points as one exact scaling, `max · Σ(wᵢ·sᵢ) / Σw`: in micro-units
/// `Σ(w′ᵢ·sᵢ) · numerator / denominator`, where w′ are the weights over their common
/// divisor and `numerator / denominator` is `max / (Σw′ · 10⁶)` reduced.
///
/// `safeLimit` keeps the fixed-point and `Rational` paths in step: the `Rational`
/// aggregation adds the rules' points `max·wᵢ·sᵢ/Σw`, whose denominators all divide
/// `Q · 10⁶` (Q the least common multiple of the weight factors' denominators), so none of
/// its sums can overflow while `Σ|points| · Q · 10⁶ ≤ Int64.max`, that is while
/// `Σ|w′ᵢ·sᵢ| ≤ safeLimit`. Beyond it the fixed-point evaluation defers to `Rational`.
struct WeightScaling {
    var weights: [Int64]
    var numerator: Int64
    var denominator: Int64
    var safeLimit: UInt64

    /// The scaling of `subarea`, or nil when a weight is not a whole number of micro-units
    /// or a constant does not fit in 64 bits.
    init?(_ subarea: Subarea, _ aggregation: Aggregation) {
        let rules = aggregation.instrument.rules
        guard let max = MicroUnits.of(subarea.max) else { return nil }
        var micro: [Int64] = []
        var divisor: UInt64 = 0
        for r in subarea.rules {
            guard let w = MicroUnits.of(rules[r].weight) else { return nil }
            micro.append(w)
            divisor = Self.gcd(divisor, w.magnitude)
        }
        let common = Int64(clamping: divisor == 0 ? 1 : divisor)
        weights = micro.map { $0 / common }
        var total: Int64 = 0
        for w in weights {
            let (sum, overflow) = total.addingReportingOverflow(w)
            guard !overflow else { return nil }
            total = sum
        }
        // Every factor, as Aggregation computes it: a missing one is an overflow to report.
        var lcm: UInt64 = 1
        for r in subarea.rules {
            guard let factor = aggregation.weightFactor[r] else { return nil }
            let q = factor.denominator.magnitude
            let (product, overflow) = (lcm / Self.gcd(lcm, q)).multipliedReportingOverflow(by: q)
            guard !overflow else { return nil }
            lcm = product
        }
        let (scaledLCM, lcmOverflow) = lcm.multipliedReportingOverflow(by: UInt64(MicroUnits.scale))
        guard !lcmOverflow, scaledLCM <= UInt64(Int64.max) else { return nil }
        if total == 0 || max == 0 {
            // Σw = 0 gives every factor 0 (as Aggregation does); so does max = 0.
            numerator = 0
            denominator = 1
            safeLimit = .max
            return
        }
        let (bottom, bottomOverflow) = total.multipliedReportingOverflow(by: MicroUnits.scale)
        guard !bottomOverflow, bottom != .min else { return nil }
        let g = Int64(Self.gcd(max.magnitude, bottom.magnitude))
        numerator = (bottom < 0 ? -max : max) / g
        denominator = abs(bottom) / g
        // safeLimit = ⌊Int64.max · denominator / (|numerator| · Q)⌋, saturated.
        let (m, mOverflow) = numerator.magnitude.multipliedReportingOverflow(by: lcm)
        guard !mOverflow else { return nil }
        let (high, low) = UInt64(Int64.max).multipliedFullWidth(by: UInt64(denominator))
        safeLimit = high >= m ? .max : m.dividingFullWidth((high, low)).quotient
    }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
