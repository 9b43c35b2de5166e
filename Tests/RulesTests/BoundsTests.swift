import Engine
import Rules
import Testing

/// DESIGN.md, "Scoring", bounds: the least and the most a score could be once the
/// unassessed facts and judgements are assessed; they always contain the true value;
/// exact when no unassessed fact is read twice.
@Suite struct BoundsTests {
    static let instrumentText = """
        instrument "Bounds" version "1"
        ladder m: none < started < exists < followed_up < evaluated
        fact f: flag "F"
        fact p: level m "P"
        fact n: number "N"
        area x "X" max 100
        subarea x.1 "Independent facts" max 20
          rule x.1.a "A" when f award 4
          rule x.1.b "B" ladder p { exists: 2, evaluated: 6 }
        area y "Y" max 100
        subarea y.1 "Shared fact" max 20
          rule y.1.a "Yes" when n >= 10 award 4
          rule y.1.b "No" when n < 10 award 3
        subarea y.2 "Weighted" max 20 weighted
          rule y.2.a "Judged" weight 3 judgement max 2
          rule y.2.b "Scaled" weight 1 scale n from 0 to 20
        """

    /// Every fact read once: [0, 4 + 6] and both ends are reachable.
    @Test func exactWhenNoUnassessedFactIsReadTwice() throws {
        let instrument = try Fixture.instrument(Self.instrumentText)
        let open = try Fixture.scored(instrument, "")
        #expect(open.subareaScore("x.1").points == q(0))
        #expect(open.subareaScore("x.1").bounds == Bounds(min: q(0), max: q(10)))
        let lowest = try Fixture.scored(instrument, "finding f = no source web \"f\"\nfinding p = none source web \"p\"\n")
        let highest = try Fixture.scored(instrument, "finding f = yes source web \"f\"\nfinding p = evaluated source web \"p\"\n")
        #expect(lowest.subareaScore("x.1").points == q(0))
        #expect(highest.subareaScore("x.1").points == q(10))
        #expect(lowest.subareaScore("x.1").bounds.isExact)
        #expect(highest.subareaScore("x.1").bounds == Bounds(min: q(10), max: q(10)))
    }

    /// n is read by two rules that cannot both hit: the bounds contain every value the
    /// subarea can take (3 or 4) but need not be tight.
    @Test(arguments: ["0", "9.5", "10", "1000"])
    func sharedUnassessedFactBoundsContainTheValue(_ n: String) throws {
        let instrument = try Fixture.instrument(Self.instrumentText)
        let open = try Fixture.scored(instrument, "")
        let assessed = try Fixture.scored(instrument, "finding n = \(n) source web \"n\"\n")
        let value = assessed.subareaScore("y.1").points
        #expect(value == (q(n) >= q(10) ? q(4) : q(3)))
        let b = open.subareaScore("y.1").bounds
        #expect(b.min <= value && value <= b.max, "\(value) outside \(b.min)…\(b.max)")
        #expect(!b.isExact)
        #expect(assessed.subareaScore("y.1").bounds.isExact)
    }

    /// A weighted subarea's bounds: an unassessed judgement (weight 3 of 4) and n unassessed
    /// give [0, 20]; with n = 5 the scale gives 20·1·0.25/4 = 1.25 and the judgement up to 15.
    @Test func weightedBoundsFromUnjudgedRule() throws {
        let instrument = try Fixture.instrument(Self.instrumentText)
        let open = try Fixture.scored(instrument, "")
        #expect(open.subareaScore("y.2").bounds == Bounds(min: q(0), max: q(20)))
        let scored = try Fixture.scored(instrument, "finding n = 5 source web \"n\"\n")
        #expect(scored.subareaScore("y.2").points == q("1.25"))
        #expect(scored.subareaScore("y.2").bounds == Bounds(min: q("1.25"), max: q("16.25")))
        #expect(scored.ruleScore("y.2.a").bounds == Bounds(min: q(0), max: q(15)))
        #expect(scored.score.unjudged.map { instrument.rules[$0].id } == ["y.2.a"])
    }

    /// Areas and the total add the bounds of what is below them.
    @Test func areaAndTotalBoundsAreSums() throws {
        let instrument = try Fixture.instrument(Self.instrumentText)
        let scored = try Fixture.scored(instrument, "finding f = yes source web \"f\"\n")
        // x.1: 4 now, at most 10.
        #expect(scored.areaScore("x").bounds == Bounds(min: q(4), max: q(10)))
        // y.1 [0, 7] (n unassessed), y.2 [0, 20].
        #expect(scored.areaScore("y").bounds == Bounds(min: q(0), max: q(27)))
        #expect(scored.score.totalBounds == Bounds(min: q(4), max: q(37)))
        #expect(scored.score.total == q(4))
        #expect(scored.unassessedPaths == ["p", "n"])
    }
}
