import Engine

/// Where one value stands among a corpus of values: its rank and its percentile.
///
/// - **Rank** is competition ranking from the top: 1 + the number of values strictly
///   greater. Equal values share the best rank they tie for, and the next rank skips
///   (1, 2, 2, 4).
/// - **Percentile** is the percentile rank with ties counted half (scipy's
///   `percentileofscore(kind="mean")`): 100 · (below + equal / 2) / n, where `below`
///   counts the values strictly smaller and `equal` those equal (the value itself
///   included when it is one of them). The lowest of n distinct values is at 50/n, the
///   highest at 100 − 50/n; a value equal to all is at 50.
public struct Standing: Sendable, Equatable {
    /// 1 for the highest value.
    public var rank: Int
    /// How many values it was ranked among.
    public var count: Int
    /// The percentile rank, in [0, 100], exact.
    public var percentile: Rational

    /// A standing as given.
    public init(rank: Int, count: Int, percentile: Rational) {
        self.rank = rank
        self.count = count
        self.percentile = percentile
    }

    /// The standing of `value` among `values` (which need not contain it); nil for no values.
    public init?(of value: Rational, among values: [Rational]) throws(ArithmeticOverflow) {
        guard !values.isEmpty else { return nil }
        var above = 0
        var below = 0
        var equal = 0
        for other in values {
            if other > value {
                above += 1
            } else if other < value {
                below += 1
            } else {
                equal += 1
            }
        }
        rank = above + 1
        count = values.count
        // 100 · (2·below + equal) / (2·n): integers, so exact.
        percentile = try Rational(Int64(100 * (2 * below + equal))).divided(by: Rational(Int64(2 * values.count)))
    }
}
