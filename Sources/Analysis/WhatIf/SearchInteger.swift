import Engine

/// The integers the structured plan search adds points in: `Int128` when the common scale
/// of the points leaves room for every sum (the usual case, and the fast one), else
/// ``BigInteger``, so that no scale is too large or too fine.
protocol SearchInteger: Hashable, Comparable, Sendable {
    static var zero: Self { get }
    static func + (x: Self, y: Self) -> Self
    static func - (x: Self, y: Self) -> Self
    /// A small count (of items) as a value.
    init(count: Int)
    /// The value as an index; only for the small counts made by ``init(count:)``.
    var countValue: Int { get }
    /// The value as a ``BigInteger``.
    var big: BigInteger { get }
    /// The value of a ``BigInteger`` known to fit.
    init(fitting big: BigInteger)
    /// `value · scale`, where the denominator of `value` divides `scale`.
    static func scaling(_ value: Rational, by scale: Self) -> Self
    /// ⌈value · scale⌉; an `Int128` saturates at a quarter of its range (so sums of a few stay exact).
    static func ceilScaled(_ value: Rational, _ scale: Self) -> Self
    /// `value · scale`, or nil when that is no integer (or, for `Int128`, overflows): a value
    /// scored on demand whose denominator the scale does not hold.
    static func scaledExactly(_ value: Rational, by scale: Self) -> Self?
    /// At least ⌈a · b / c⌉ for non-negative a, `0 ≤ b < c` (a fractional knapsack's last
    /// item): exact for `Int128`, and at most `a` (a looser but valid bound) where it is not.
    static func ceilMulDiv(_ a: Self, _ b: Scaled, _ c: Scaled) -> Self
    /// At most ⌊a · b / c⌋ for non-negative a, b and positive c (a fractional cover's last
    /// item): exact where `b` and `c` fit `Int128`, else 0 (a looser but valid bound).
    static func floorMulDiv(_ a: Scaled, _ b: Self, _ c: Self) -> Scaled
    /// Whether `a · d > c · b` (larger gain per cost), exactly; for the search order.
    static func ratioExceeds(_ a: Self, _ b: Scaled, _ c: Self, _ d: Scaled) -> Bool
}

extension Int128: SearchInteger {
    init(count: Int) { self.init(count) }
    var countValue: Int { Int(self) }
    var big: BigInteger { BigInteger(self) }
    init(fitting big: BigInteger) { self = big.int128 ?? 0 }

    static func scaling(_ value: Rational, by scale: Int128) -> Int128 {
        Int128(value.numerator) * (scale / Int128(value.denominator))
    }

    static func ceilScaled(_ value: Rational, _ scale: Int128) -> Int128 { ScaledValue.ceilScaled(value, scale) }

    static func scaledExactly(_ value: Rational, by scale: Int128) -> Int128? { try? ScaledValue.scaled(value, scale) }

    static func ceilMulDiv(_ a: Int128, _ b: Scaled, _ c: Scaled) -> Int128 { ScaledValue.ceilMulDiv(a, b, c) }

    static func floorMulDiv(_ a: Scaled, _ b: Int128, _ c: Int128) -> Scaled { ScaledValue.floorMulDiv(a, b, c) }

    static func ratioExceeds(_ a: Int128, _ b: Scaled, _ c: Int128, _ d: Scaled) -> Bool {
        let left = UInt128(a).multipliedFullWidth(by: UInt128(d))
        let right = UInt128(c).multipliedFullWidth(by: UInt128(b))
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }
}

extension BigInteger: SearchInteger {
    init(count: Int) { self.init(Int64(count)) }
    var countValue: Int { Int(int128 ?? 0) }
    var big: BigInteger { self }
    init(fitting big: BigInteger) { self = big }

    static func scaling(_ value: Rational, by scale: BigInteger) -> BigInteger {
        scale.quotientAndRemainder(dividingBy: UInt64(value.denominator)).quotient.multiplied(by: value.numerator)
    }

    static func ceilScaled(_ value: Rational, _ scale: BigInteger) -> BigInteger {
        scale.multiplied(by: value.numerator).ceilDivided(by: UInt64(value.denominator))
    }

    static func scaledExactly(_ value: Rational, by scale: BigInteger) -> BigInteger? {
        let (quotient, remainder) = scale.quotientAndRemainder(dividingBy: UInt64(value.denominator))
        return remainder == 0 ? quotient.multiplied(by: value.numerator) : nil
    }

    static func ceilMulDiv(_ a: BigInteger, _ b: Scaled, _ c: Scaled) -> BigInteger {
        guard let small = a.int128 else { return a }
        return BigInteger(ScaledValue.ceilMulDiv(small, b, c))
    }

    static func floorMulDiv(_ a: Scaled, _ b: BigInteger, _ c: BigInteger) -> Scaled {
        guard let b = b.int128, let c = c.int128 else { return 0 }
        return ScaledValue.floorMulDiv(a, b, c)
    }

    static func ratioExceeds(_ a: BigInteger, _ b: Scaled, _ c: BigInteger, _ d: Scaled) -> Bool {
        a.multiplied(wide: d) > c.multiplied(wide: b)
    }
}

extension ScaledValue {
    /// The least common multiple of the denominators, of any size.
    static func commonDenominator(_ values: [Rational]) -> BigInteger {
        var scale = BigInteger(Int64(1))
        var seen = Set<Int64>()
        for value in values where value.denominator != 1 && seen.insert(value.denominator).inserted {
            let denominator = UInt64(value.denominator)
            let remainder = UInt64(scale.quotientAndRemainder(dividingBy: denominator).remainder)
            let divisor = UInt64(gcd(Scaled(remainder), Scaled(denominator)))
            guard divisor != denominator else { continue }
            scale = scale.multiplied(by: Int64(denominator / divisor))
        }
        return scale
    }

    /// Whether `predicted / scale` is exactly `rescored`.
    static func equals<V: SearchInteger>(_ predicted: V, _ scale: V, _ rescored: Rational) -> Bool {
        predicted.big.multiplied(by: rescored.denominator) == scale.big.multiplied(by: rescored.numerator)
    }

    /// `numerator / scale` as a ``Rational`` when it fits one, for messages.
    static func rational<V: SearchInteger>(_ numerator: V, over scale: V) -> Rational? {
        guard let n = numerator.big.int128, let d = scale.big.int128 else { return nil }
        return rational(n, d)
    }
}
