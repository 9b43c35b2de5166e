import Engine
import Reports
import Rules
import Testing

/// DESIGN.md, "Scoring": a weighted subarea is `max · Σ wᵢ·sᵢ / Σ wᵢ` over all its
/// rules; an unassessed rule keeps its weight; a rule's points are `max · wᵢ·sᵢ / Σ w`.
@Suite struct WeightedSubareaTests {
    static let instrumentText = """
        instrument "Weighted" version "1"
        ladder m: none < started < exists < followed_up < evaluated
        fact f: flag "F"
        fact g: flag "G"
        fact p: level m "P"
        area x "X" max 100
        subarea x.1 "X1" max 20 weighted
          rule x.1.a "A" weight 3 ladder p { exists: 0.5, followed_up: 0.8, evaluated: 1 }
          rule x.1.b "B" weight 1 when f
        subarea x.2 "Thirds" max 10 weighted
          rule x.2.a "A" when f
          rule x.2.b "B" when g
          rule x.2.c "C" when g
        """

    /// p unassessed keeps its weight 3: f = yes gives 20·1/4 = 5, not 20.
    @Test func unassessedRuleKeepsItsWeight() throws {
        let scored = try Fixture.scored(Self.instrumentText, "finding f = yes source web \"f\"\n")
        #expect(scored.subareaScore("x.1").points == q(5))
        #expect(scored.ruleScore("x.1.b").points == q(5))
        #expect(scored.ruleScore("x.1.a").points == q(0))
        #expect(scored.ruleScore("x.1.a").status == .unassessed)
        #expect(scored.subareaScore("x.1").bounds == Bounds(min: q(5), max: q(20)))
    }

    /// Both assessed: 20·(3·0.5 + 1·1)/4 = 12.5; the rules' points add up to it.
    @Test func pointsAreWeightedShares() throws {
        let scored = try Fixture.scored(
            Self.instrumentText, "finding f = yes source web \"f\"\nfinding p = exists source web \"p\"\n")
        #expect(scored.ruleScore("x.1.a").points == q("7.5"))
        #expect(scored.ruleScore("x.1.a").outcome.value == q("0.5"))
        #expect(scored.ruleScore("x.1.b").points == q(5))
        #expect(scored.subareaScore("x.1").points == q("12.5"))
        #expect(scored.subareaScore("x.1").capCut == q(0))
    }

    /// Default weights of 1 make thirds, kept exact: 10·1/3.
    @Test func thirdsAreExact() throws {
        let scored = try Fixture.scored(
            Self.instrumentText, "finding f = yes source web \"f\"\nfinding g = no source web \"g\"\n")
        #expect(scored.subareaScore("x.2").points == q(10, 3))
        #expect(scored.ruleScore("x.2.a").points == q(10, 3))
        #expect(scored.subareaScore("x.2").points.roundedHalfAwayFromZero() == 3)
        #expect(scored.subareaScore("x.2").points.percent(of: q(10)) == 33)
        let two = try Fixture.scored(
            Self.instrumentText, "finding f = yes source web \"f\"\nfinding g = yes source web \"g\"\n")
        #expect(two.subareaScore("x.2").points == q(10))
        let one = try Fixture.scored(
            Self.instrumentText, "finding f = no source web \"f\"\nfinding g = yes source web \"g\"\n")
        #expect(one.subareaScore("x.2").points == q(20, 3))
        #expect(one.subareaScore("x.2").points.roundedHalfAwayFromZero() == 7)
        #expect(ScoreJSON.object(one)["areas"]?.arrayValue?.first?["subareas"]?.arrayValue?.last?["points"]?.numberText == "6.666667")
    }

    /// A satisfaction above 1 in a weighted subarea is an error at its token: the value
    /// (DESIGN.md, "Rule kinds"), not the clause word before it.
    @Test(arguments: [
        ("  rule x.1.a \"A\" when f award 2", 31),
        ("  rule x.1.a \"A\" ladder p { exists: 1.5 }", 37),
        ("  rule x.1.a \"A\" threshold n { >= 1: 3 }", 38),
        ("  rule x.1.a \"A\" scale n from 0 to 4 award 1.25", 44),
        ("  rule x.1.a \"A\" each n award 2 cap 1", 31),
    ])
    func satisfactionAboveOneIsAnErrorAtItsToken(_ rule: String, _ column: Int) {
        let (instrument, bag, _) = Fixture.check([
            (
                "w.kompass",
                """
                instrument "W" version "1"
                ladder m: none < exists
                fact f: flag "F"
                fact p: level m "P"
                fact n: number "N"
                area x "X" max 10
                subarea x.1 "X1" max 10 weighted
                """ + "\n" + rule + "\n"
            )
        ])
        #expect(instrument == nil)
        let diagnostic = bag.all.first { $0.id == .semaSatisfactionRange }
        #expect(diagnostic?.span?.start == SourceLocation(line: 8, column: column), "\(rule)")
    }
}
