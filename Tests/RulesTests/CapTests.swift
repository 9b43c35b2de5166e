import Engine
import Foundation
import Reports
import Rules
import Testing

/// DESIGN.md, "Scoring": a points subarea adds its rules in source order and caps the sum
/// at its maximum; the cut goes to the last hits, the rule crossing the cap keeps the part
/// below it. A rule's own `cap` is reported separately.
@Suite struct CapTests {
    static let facts = """
        instrument "Caps" version "1"
        fact f: flag "F"
        fact g: flag "G"
        fact h: flag "H"
        fact i: flag "I"
        fact d: set "D"
        area x "X" max 100
        """

    static let fourRules = facts + """

        subarea x.1 "X1" max 10
          rule x.1.a "A" when f award 4
          rule x.1.b "B" when g award 5
          rule x.1.c "C" when h award 3
          rule x.1.d "D" when i award 2
        """

    static let allYes = """
        finding f = yes source document "f"
        finding g = yes source document "g"
        finding h = yes source document "h"
        finding i = yes source document "i"
        """

    /// 4 + 5 + 3 + 2 = 14, capped at 10: c crosses the cap and keeps 1 (cut 2), d is cut whole.
    @Test func cutGoesToTheLastHitsInSourceOrder() throws {
        let scored = try Fixture.scored(Self.fourRules, Self.allYes)
        #expect(scored.subareaScore("x.1").points == q(10))
        #expect(scored.subareaScore("x.1").computed == q(10))
        #expect(scored.subareaScore("x.1").capCut == q(4))
        #expect(["x.1.a", "x.1.b", "x.1.c", "x.1.d"].map { scored.ruleScore($0).capCut } == [q(0), q(0), q(2), q(2)])
        // A rule's points are its value before the subarea's cap.
        #expect(["x.1.a", "x.1.b", "x.1.c", "x.1.d"].map { scored.ruleScore($0).points } == [q(4), q(5), q(3), q(2)])
        #expect(["x.1.a", "x.1.b", "x.1.c", "x.1.d"].allSatisfy { scored.ruleScore($0).status == .hit })
        #expect(scored.subareaScore("x.1").bounds == Bounds(min: q(10), max: q(10)))
    }

    /// A miss earlier in the order leaves room: 4 + 0 + 3 + 2 = 9, nothing cut.
    @Test func noCutUnderTheMaximum() throws {
        let scored = try Fixture.scored(
            Self.fourRules, Self.allYes.replacingOccurrences(of: "g = yes", with: "g = no"))
        #expect(scored.subareaScore("x.1").points == q(9))
        #expect(scored.subareaScore("x.1").capCut == q(0))
        #expect(["x.1.a", "x.1.b", "x.1.c", "x.1.d"].map { scored.ruleScore($0).capCut } == [q(0), q(0), q(0), q(0)])
    }

    /// Source order, not id order: `x.1.c` written first keeps all of its 6.
    @Test func sourceOrderDecidesNotIdOrder() throws {
        let scored = try Fixture.scored(
            Self.facts + """

                subarea x.1 "X1" max 10
                  rule x.1.c "C" when h award 6
                  rule x.1.a "A" when f award 6
                """,
            "finding f = yes source web \"f\"\nfinding h = yes source web \"h\"\n")
        #expect(scored.ruleScore("x.1.c").capCut == q(0))
        #expect(scored.ruleScore("x.1.a").capCut == q(2))
        #expect(scored.subareaScore("x.1").points == q(10))
    }

    /// The rule crossing the cap keeps the part below it, also for fractional values.
    @Test func crossingRuleKeepsFractionBelowTheCap() throws {
        let scored = try Fixture.scored(
            Self.facts + """

                subarea x.1 "X1" max 5
                  rule x.1.a "A" when f award 3.25
                  rule x.1.b "B" when g award 2.5
                """,
            "finding f = yes source web \"f\"\nfinding g = yes source web \"g\"\n")
        #expect(scored.ruleScore("x.1.b").capCut == q("0.75"))
        #expect(scored.subareaScore("x.1").capCut == q("0.75"))
        #expect(scored.subareaScore("x.1").points == q(5))
    }

    /// `each` reports what its own `cap` removed (`ruleCapCut`) apart from the subarea's cut.
    @Test func eachOwnCapCutIsSeparateFromSubareaCut() throws {
        let scored = try Fixture.scored(
            Self.facts + """

                subarea x.1 "X1" max 10
                  rule x.1.a "A" when f award 8
                  rule x.1.b "B" each d award 3 cap 6
                """,
            "finding f = yes source web \"f\"\nfinding d = {p, q, r} source web \"d\"\n")
        let b = scored.ruleScore("x.1.b")
        #expect(b.outcome.value == q(6))  // min(3·3, 6)
        #expect(b.outcome.ownCapCut == q(3))  // 9 − 6
        #expect(b.capCut == q(4))  // room 2 of its 6
        #expect(scored.subareaScore("x.1").capCut == q(4))
        #expect(scored.subareaScore("x.1").points == q(10))
        let json = ScoreJSON.object(scored)
        let rule = json["areas"]?.arrayValue?.first?["subareas"]?.arrayValue?.first?["rules"]?.arrayValue?.last
        #expect(rule?["ruleCapCut"]?.numberText == "3")
        #expect(rule?["capCut"]?.numberText == "4")
    }

    /// Bounds of a capped subarea are capped too: 8 now, at most min(8 + 5, 10).
    @Test func boundsOfCappedSubareaStopAtMaximum() throws {
        let scored = try Fixture.scored(
            Self.facts + """

                subarea x.1 "X1" max 10
                  rule x.1.a "A" when f award 8
                  rule x.1.b "B" when g award 5
                """,
            "finding f = yes source web \"f\"\n")
        #expect(scored.subareaScore("x.1").points == q(8))
        #expect(scored.subareaScore("x.1").bounds == Bounds(min: q(8), max: q(10)))
        #expect(scored.ruleScore("x.1.b").status == .unassessed)
        #expect(scored.ruleScore("x.1.b").bounds == Bounds(min: q(0), max: q(5)))
    }

    /// An area is the exact sum of its subareas capped at its own maximum.
    @Test func areaIsCappedAtItsMaximum() throws {
        let scored = try Fixture.scored(
            """
            instrument "Caps" version "1"
            fact f: flag "F"
            fact g: flag "G"
            area x "X" max 10
            subarea x.1 "X1" max 8
              rule x.1.a "A" when f award 8
            subarea x.2 "X2" max 8
              rule x.2.a "A" when g award 7.5
            """,
            "finding f = yes source web \"f\"\nfinding g = yes source web \"g\"\n")
        #expect(scored.subareaScore("x.1").points == q(8))
        #expect(scored.subareaScore("x.2").points == q("7.5"))
        #expect(scored.areaScore("x").points == q(10))
        #expect(scored.areaScore("x").bounds == Bounds(min: q(10), max: q(10)))
        #expect(scored.score.total == q(10))
    }
}
