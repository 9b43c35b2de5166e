import Analysis
import Engine
import Testing

/// The intervals of exact values that print as a number, checked against the engine's own
/// rounding (half away from zero) on a fine grid, ends included.
@Suite struct RoundingIntervalTests {
    /// Every multiple of 1/40 from −8 to 8.
    static let grid: [Rational] = (-320...320).map { q(Int64($0), 40) }

    @Test(arguments: -6...6)
    func pointsIntervalHoldsExactlyTheValuesThatRoundToIt(_ printed: Int) throws {
        let interval = try ExactInterval.rounding(to: Rational(Int64(printed)), decimals: 0)
        for x in Self.grid {
            #expect(interval.contains(x) == (x.roundedHalfAwayFromZero() == Int64(printed)), "\(x) and \(printed)")
        }
    }

    @Test func endsFollowHalfAwayFromZero() throws {
        #expect(try ExactInterval.rounding(to: q(20), decimals: 0).description == "[19.5, 20.5)")
        #expect(try ExactInterval.rounding(to: q(0), decimals: 0).description == "(-0.5, 0.5)")
        #expect(try ExactInterval.rounding(to: q(-3), decimals: 0).description == "(-3.5, -2.5]")
        #expect(try ExactInterval.rounding(to: q("60.5"), decimals: 1).description == "[60.45, 60.55)")
    }

    /// `{x : round(100·x/max) = q}` against `Rational.percent(of:)`, for maxima 10, 15, 30.
    @Test(arguments: [10, 15, 30])
    func percentIntervalHoldsExactlyTheValuesWithThatPercent(_ max: Int) throws {
        for percent in [0, 1, 33, 50, 61, 67, 100] {
            let row = PublishedRow(
                source: "S", year: nil, revision: "", id: "1.1", name: "", achieved: try #require(PrintedNumber("0")),
                max: Rational(Int64(max)), percent: PrintedNumber(String(percent)), note: "", line: 2)
            let interval = try #require(try row.percentInterval())
            for k in 0...(max * 40) {
                let x = q(Int64(k), 40)
                #expect(interval.contains(x) == (x.percent(of: Rational(Int64(max))) == Int64(percent)), "\(x) of \(max)")
            }
        }
    }

    @Test func intersectionsSumsAndCapsKeepTheirEnds() throws {
        let a = ExactInterval(lower: q(1), lowerClosed: true, upper: q(2), upperClosed: false)
        let b = ExactInterval(lower: q(2), lowerClosed: true, upper: q(3), upperClosed: true)
        #expect(a.intersection(b).isEmpty)
        #expect(!a.hull(b).isEmpty && a.hull(b).description == "[1, 3]")
        #expect(try a.adding(b).description == "[3, 5)")
        #expect(try a.adding(b).capped(at: q(4)).description == "[3, 4]")
        #expect(try a.adding(b).capped(at: q(5)).description == "[3, 5)")
        #expect(try a.adding(b).capped(at: q(3)).description == "{3}")
        #expect(PrintedNumber("60.5")?.decimals == 1 && PrintedNumber("16")?.decimals == 0 && PrintedNumber("x") == nil)
    }
}
