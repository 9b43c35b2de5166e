import Engine

/// The distribution of one score over a corpus of evaluations, exact: the count, the
/// mean, the least and greatest value and the three quartiles.
///
/// Quartiles (and every ``quantile(_:ofSorted:)``) use linear interpolation between
/// order statistics, numpy's default (`method="linear"`, Hyndman and Fan's type 7):
/// for sorted values x₀ ≤ … ≤ xₙ₋₁ and 0 ≤ p ≤ 1, h = (n − 1)·p, j = ⌊h⌋ and
/// Q(p) = xⱼ + (h − j)·(xⱼ₊₁ − xⱼ) (xⱼ when j = n − 1). Scores are exact rationals, so the
/// quartiles are too.
public struct Distribution: Sendable, Equatable {
    /// How many values.
    public var count: Int
    /// Their arithmetic mean.
    public var mean: Rational
    /// The least value.
    public var minimum: Rational
    /// The first quartile, Q(0.25).
    public var lowerQuartile: Rational
    /// The median, Q(0.5).
    public var median: Rational
    /// The third quartile, Q(0.75).
    public var upperQuartile: Rational
    /// The greatest value.
    public var maximum: Rational

    /// The distribution of `values` (in any order); nil when there are none.
    public init?(_ values: [Rational]) throws(ArithmeticOverflow) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        var sum = Rational.zero
        for value in sorted { sum = try sum.adding(value) }
        count = sorted.count
        mean = try sum.divided(by: Rational(Int64(sorted.count)))
        minimum = sorted[0]
        maximum = sorted[sorted.count - 1]
        lowerQuartile = try Self.quantile(Self.quarter, ofSorted: sorted)
        median = try Self.quantile(Self.half, ofSorted: sorted)
        upperQuartile = try Self.quantile(Self.threeQuarters, ofSorted: sorted)
    }

    static let quarter = Rational(numerator: 1, denominator: 4) ?? .zero
    static let half = Rational(numerator: 1, denominator: 2) ?? .zero
    static let threeQuarters = Rational(numerator: 3, denominator: 4) ?? .zero

    /// Q(p) of values sorted ascending, by linear interpolation (see the type's summary);
    /// `p` is clamped to [0, 1]. Zero for no values.
    public static func quantile(_ p: Rational, ofSorted sorted: [Rational]) throws(ArithmeticOverflow) -> Rational {
        guard let first = sorted.first else { return .zero }
        guard sorted.count > 1 else { return first }
        let h = try Rational(Int64(sorted.count - 1)).multiplied(by: p.clamped(to: .zero ... .one))
        let j = Int(h.floor())
        guard j + 1 < sorted.count else { return sorted[sorted.count - 1] }
        let fraction = try h.subtracting(Rational(Int64(j)))
        let step = try sorted[j + 1].subtracting(sorted[j])
        return try sorted[j].adding(try fraction.multiplied(by: step))
    }
}
