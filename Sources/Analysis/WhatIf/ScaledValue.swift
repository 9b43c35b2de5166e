import Engine

/// Exact rationals on a common integer scale.
enum ScaledValue {
    /// `value · scale`, which must be an integer.
    static func scaled(_ value: Rational, _ scale: Int64) throws(PlanSearchError) -> Int64 {
        guard let product = try? value.multiplied(by: Rational(scale)), product.isInteger else {
            throw .scale("the points \(value.decimalString())")
        }
        return product.numerator
    }

    /// The least common multiple of the denominators, or nil beyond `limit`.
    static func commonDenominator(_ values: [Rational], limit: Int64) -> Int64? {
        var scale: Int64 = 1
        for value in values where scale % value.denominator != 0 {
            let divisor = gcd(scale, value.denominator)
            let (product, overflow) = (scale / divisor).multipliedReportingOverflow(by: value.denominator)
            guard !overflow, product <= limit else { return nil }
            scale = product
        }
        return scale
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    /// ⌈a · b / c⌉ for non-negative a, b and positive c, saturating at `Int64.max`.
    static func ceilMulDiv(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64 {
        let (high, low) = UInt64(a).multipliedFullWidth(by: UInt64(b))
        guard high < UInt64(c) else { return .max }
        let (q, r) = UInt64(c).dividingFullWidth((high, low))
        let result = r == 0 ? q : q + 1
        return result > UInt64(Int64.max) ? .max : Int64(result)
    }

    /// ⌊a · b / c⌋ for non-negative a, b and positive c, saturating at `Int64.max`.
    static func floorMulDiv(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64 {
        let (high, low) = UInt64(a).multipliedFullWidth(by: UInt64(b))
        guard high < UInt64(c) else { return .max }
        let q = UInt64(c).dividingFullWidth((high, low)).quotient
        return q > UInt64(Int64.max) ? .max : Int64(q)
    }
}
