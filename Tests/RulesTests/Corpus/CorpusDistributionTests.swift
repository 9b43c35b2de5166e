import Analysis
import Engine
import Testing

/// The corpus distribution: mean, least, greatest and quartiles by linear interpolation
/// between order statistics (numpy's default, Hyndman and Fan type 7), exactly.
@Suite struct CorpusDistributionTests {
    static func q(_ n: Int64, _ d: Int64 = 1) -> Rational { CorpusFixture.q(n, d) }

    /// numpy.percentile(x, [25, 50, 75]) by hand: h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var values: [Rational]
        var quartiles: [Rational]
        var mean: Rational
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // n = 4: h = 0.75, 1.5, 2.25: 1 + 0.75, 2 + 0.5, 3 + 0.25.
        Case(name: "1 2 3 4", values: [1, 2, 3, 4].map(Self.q1), quartiles: [Self.q(7, 4), Self.q(5, 2), Self.q(13, 4)], mean: Self.q(5, 2)),
        // n = 6: h = 1.25, 2.5, 3.75: 15 + 0.25·21, 36 + 0.5·3, 39 + 0.75·1.
        Case(
            name: "7 15 36 39 40 41, given unsorted", values: [39, 7, 41, 15, 40, 36].map(Self.q1),
            quartiles: [Self.q(81, 4), Self.q(75, 2), Self.q(159, 4)], mean: Self.q(178, 6)),
        // n = 5: h = 1, 2, 3 fall on values.
        Case(name: "odd n on the values", values: [5, 1, 4, 2, 3].map(Self.q1), quartiles: [2, 3, 4].map(Self.q1), mean: Self.q(3)),
        // n = 2: h = 0.25, 0.5, 0.75.
        Case(name: "two values", values: [10, 20].map(Self.q1), quartiles: [Self.q(25, 2), Self.q(15), Self.q(35, 2)], mean: Self.q(15)),
        // Exact thirds: h = 0.5, 1, 1.5 over 1/3, 2/3, 1.
        Case(name: "thirds stay exact", values: [Self.q(1, 3), Self.q(2, 3), Self.q(1)], quartiles: [Self.q(1, 2), Self.q(2, 3), Self.q(5, 6)], mean: Self.q(2, 3)),
        // Ties: 0 0 0 10, h = 0.75, 1.5, 2.25: 0, 0, 0 + 0.25·10.
        Case(name: "ties", values: [0, 0, 0, 10].map(Self.q1), quartiles: [Self.q(0), Self.q(0), Self.q(5, 2)], mean: Self.q(5, 2)),
        Case(name: "one value", values: [Self.q(7, 2)], quartiles: [Self.q(7, 2), Self.q(7, 2), Self.q(7, 2)], mean: Self.q(7, 2)),
    ]

    static func q1(_ n: Int) -> Rational { Rational(Int64(n)) }

    @Test(arguments: cases)
    func quartilesMeanAndRange(_ c: Case) throws {
        let d = try #require(try Distribution(c.values))
        #expect([d.lowerQuartile, d.median, d.upperQuartile] == c.quartiles)
        #expect(d.mean == c.mean)
        #expect(d.count == c.values.count)
        #expect(d.minimum == c.values.min())
        #expect(d.maximum == c.values.max())
    }

    @Test func quantileEndsAreTheExtremesAndPIsClamped() throws {
        let sorted = [1, 2, 3, 4].map(Self.q1)
        #expect(try Distribution.quantile(.zero, ofSorted: sorted) == Self.q(1))
        #expect(try Distribution.quantile(.one, ofSorted: sorted) == Self.q(4))
        #expect(try Distribution.quantile(Self.q(2), ofSorted: sorted) == Self.q(4))
        #expect(try Distribution.quantile(Self.q(-1), ofSorted: sorted) == Self.q(1))
        // p = 0.9: h = 2.7, 3 + 0.7·1 (numpy: 3.7).
        #expect(try Distribution.quantile(Self.q(9, 10), ofSorted: sorted) == Self.q(37, 10))
        #expect(try Distribution.quantile(Self.q(1, 2), ofSorted: []) == .zero)
    }

    @Test func noValuesIsNoDistribution() throws {
        #expect(try Distribution([]) == nil)
    }
}

/// Rank (competition ranking from the top, ties share the best rank) and percentile rank
/// with ties counted half (scipy's `percentileofscore(kind="mean")`).
@Suite struct StandingTests {
    static func q(_ n: Int64, _ d: Int64 = 1) -> Rational { CorpusFixture.q(n, d) }
    static let values: [Rational] = [10, 20, 20, 30].map { Rational(Int64($0)) }

    @Test func ranksShareTheBestRankAndSkip() throws {
        let ranks = try Self.values.map { try #require(try Standing(of: $0, among: Self.values)).rank }
        #expect(ranks == [4, 2, 2, 1])
    }

    /// 10: (0 + 1/2)/4 = 12.5; 20: (1 + 2/2)/4 = 50; 30: (3 + 1/2)/4 = 87.5 (scipy: 12.5, 50, 87.5).
    @Test func percentilesCountEqualOnesHalf() throws {
        let percentiles = try Self.values.map { try #require(try Standing(of: $0, among: Self.values)).percentile }
        #expect(percentiles == [Self.q(25, 2), Self.q(50), Self.q(50), Self.q(175, 2)])
    }

    /// A value outside the corpus: 25 is above three of four (75), second.
    @Test func aValueOutsideTheCorpus() throws {
        let standing = try #require(try Standing(of: Self.q(25), among: Self.values))
        #expect(standing == Standing(rank: 2, count: 4, percentile: Self.q(75)))
        #expect(try Standing(of: Self.q(5), among: Self.values) == Standing(rank: 5, count: 4, percentile: Self.q(0)))
        #expect(try Standing(of: Self.q(40), among: Self.values) == Standing(rank: 1, count: 4, percentile: Self.q(100)))
    }

    /// All equal, or alone: first, at 50. Three distinct values: 50/3 apart from the ends.
    @Test func equalValuesAndOneValue() throws {
        let five = Self.q(5)
        #expect(try Standing(of: five, among: [five, five, five]) == Standing(rank: 1, count: 3, percentile: Self.q(50)))
        #expect(try Standing(of: five, among: [five]) == Standing(rank: 1, count: 1, percentile: Self.q(50)))
        #expect(try Standing(of: Self.q(1), among: [Self.q(1), Self.q(2), Self.q(3)])?.percentile == Self.q(50, 3))
        #expect(try Standing(of: five, among: []) == nil)
    }
}
