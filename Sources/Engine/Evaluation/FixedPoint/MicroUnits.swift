/// Exact values as whole numbers of micro-units (10⁻⁶): every literal of the rule language
/// has at most six decimals, so points, thresholds and findings are `Int64` micro-units,
/// and a value that is not a whole number of them is reported, never rounded.
enum MicroUnits {
    /// Micro-units per unit.
    static let scale: Int64 = 1_000_000

    /// The largest magnitude, in micro-units, of a difference or span for which exact
    /// rational arithmetic on it cannot overflow (`Int64.max / 10⁶` units): past it the
    /// fixed-point evaluator leaves the value to the `Rational` path, so both paths report
    /// the same results and the same overflows.
    static let safeMagnitude: Int64 = Int64.max / scale

    /// Marks an unassessed fact in the bound scalars (no finding can have it).
    static let unassessed: Int64 = .min

    /// `value` in micro-units, or nil when it is not a whole number of them or does not fit.
    static func of(_ value: Rational) -> Int64? {
        let denominator = value.denominator
        // Whole numbers (most findings) need no division.
        if denominator == 1 { return of(count: value.numerator) }
        guard scale % denominator == 0 else { return nil }
        let (micro, overflow) = value.numerator.multipliedReportingOverflow(by: scale / denominator)
        return overflow || micro == unassessed ? nil : micro
    }

    /// The whole number `count` in micro-units, or nil when it does not fit.
    @inline(__always)
    static func of(count: Int64) -> Int64? {
        let (micro, overflow) = count.multipliedReportingOverflow(by: scale)
        return overflow || micro == unassessed ? nil : micro
    }

    /// The exact rational of `micro` micro-units.
    static func rational(_ micro: Int64) -> Rational {
        if micro % scale == 0 { return Rational(micro / scale) }
        // A denominator of 10⁶ over any Int64 always normalises; the fallback is unreachable.
        return Rational(numerator: micro, denominator: scale) ?? Rational(micro / scale)
    }

    /// The exact rational of `units` fine units, `fineScale` of them to the unit.
    static func rational(_ units: Int64, fineScale: Int64) -> Rational {
        if fineScale == scale { return rational(units) }
        if units % fineScale == 0 { return Rational(units / fineScale) }
        // fineScale is positive, so this always normalises; the fallback is unreachable.
        return Rational(numerator: units, denominator: fineScale) ?? Rational(units / fineScale)
    }

    /// `a · b / d` when it is a whole number that fits in `Int64`, else nil. `d` is not 0.
    @inline(__always)
    static func multiplyDivide(_ a: Int64, _ b: Int64, _ d: Int64) -> Int64? {
        let negative = ((a < 0) != (b < 0)) != (d < 0)
        let divisor = d.magnitude
        let (high, low) = a.magnitude.multipliedFullWidth(by: b.magnitude)
        guard high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth((high, low))
        guard remainder == 0 else { return nil }
        if negative {
            guard quotient <= Int64.min.magnitude else { return nil }
            let result = Int64(truncatingIfNeeded: 0 &- quotient)
            return result == unassessed ? nil : result
        }
        guard quotient <= UInt64(Int64.max) else { return nil }
        return Int64(quotient)
    }
}
