import Engine

/// The integers of the plan search: points and costs times a common scale. 128 bits, so
/// that the common denominator of many weighted subareas (thirds, sevenths, primes up to
/// 47 and more) still fits where 64 bits would refuse.
typealias Scaled = Int128

/// Exact rationals on a common integer scale.
enum ScaledValue {
    /// `value · scale`, which must be an integer.
    static func scaled(_ value: Rational, _ scale: Scaled) throws(PlanSearchError) -> Scaled {
        let denominator = Scaled(value.denominator)
        guard scale % denominator == 0 else { throw .scale("the points \(value.decimalString())") }
        let (product, overflow) = Scaled(value.numerator).multipliedReportingOverflow(by: scale / denominator)
        guard !overflow else { throw .scale("the points \(value.decimalString())") }
        return product
    }

    /// `numerator / scale` as a reduced ``Rational``; nil when it does not fit in 64 bits.
    static func rational(_ numerator: Scaled, _ scale: Scaled) -> Rational? {
        guard scale > 0 else { return nil }
        let divisor = gcd(numerator.magnitude == 0 ? scale : Scaled(numerator.magnitude % UInt128(scale)), scale)
        let top = numerator / divisor
        let bottom = scale / divisor
        guard let n = Int64(exactly: top), let d = Int64(exactly: bottom) else { return nil }
        return Rational(numerator: n, denominator: d)
    }

    /// The least common multiple of the denominators, or nil beyond `limit`.
    static func commonDenominator(_ values: [Rational], limit: Scaled) -> Scaled? {
        var scale: Scaled = 1
        for value in values where scale % Scaled(value.denominator) != 0 {
            let denominator = Scaled(value.denominator)
            let divisor = gcd(scale, denominator)
            let (product, overflow) = (scale / divisor).multipliedReportingOverflow(by: denominator)
            guard !overflow, product <= limit else { return nil }
            scale = product
        }
        return scale
    }

    static func gcd(_ a: Scaled, _ b: Scaled) -> Scaled {
        var (a, b) = (a.magnitude, b.magnitude)
        while b != 0 { (a, b) = (b, a % b) }
        return Scaled(a)
    }

    /// ⌊value · scale⌋, saturating at a quarter of the range (so sums of a few stay exact).
    static func floorScaled(_ value: Rational, _ scale: Scaled) -> Scaled {
        let (product, overflow) = Scaled(value.numerator).multipliedReportingOverflow(by: scale)
        guard !overflow else { return value > .zero ? Scaled.max / 4 : Scaled.min / 4 }
        let denominator = Scaled(value.denominator)
        var quotient = product / denominator
        if product % denominator < 0 { quotient -= 1 }
        return Swift.max(Swift.min(quotient, Scaled.max / 4), Scaled.min / 4)
    }

    /// ⌈value · scale⌉, saturating like ``floorScaled(_:_:)``.
    static func ceilScaled(_ value: Rational, _ scale: Scaled) -> Scaled {
        let (product, overflow) = Scaled(value.numerator).multipliedReportingOverflow(by: scale)
        guard !overflow else { return value > .zero ? Scaled.max / 4 : Scaled.min / 4 }
        let denominator = Scaled(value.denominator)
        var quotient = product / denominator
        if product % denominator > 0 { quotient += 1 }
        return Swift.max(Swift.min(quotient, Scaled.max / 4), Scaled.min / 4)
    }

    /// ⌈a · b / c⌉ for non-negative a, b and positive c, saturating at `Scaled.max`.
    static func ceilMulDiv(_ a: Scaled, _ b: Scaled, _ c: Scaled) -> Scaled {
        let (high, low) = UInt128(a).multipliedFullWidth(by: UInt128(b))
        guard high < UInt128(c) else { return .max }
        let (q, r) = UInt128(c).dividingFullWidth((high, low))
        let result = r == 0 ? q : q + 1
        return result > UInt128(Scaled.max) ? .max : Scaled(result)
    }

    /// ⌊a · b / c⌋ for non-negative a, b and positive c, saturating at `Scaled.max`.
    static func floorMulDiv(_ a: Scaled, _ b: Scaled, _ c: Scaled) -> Scaled {
        let (high, low) = UInt128(a).multipliedFullWidth(by: UInt128(b))
        guard high < UInt128(c) else { return .max }
        let q = UInt128(c).dividingFullWidth((high, low)).quotient
        return q > UInt128(Scaled.max) ? .max : Scaled(q)
    }
}
