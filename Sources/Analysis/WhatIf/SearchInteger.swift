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
