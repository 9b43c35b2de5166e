import Engine
import Rules
import Testing

/// DESIGN.md: a judgement is the evaluator's `judge` value v, 0 ≤ v ≤ M (v/M in a
/// weighted subarea), with a mandatory reason; without one the rule is unassessed.
@Suite struct JudgementTests {
    static let instrumentText = """
        instrument "Judged" version "1"
        area x "X" max 100
        subarea x.1 "Points" max 10
          rule x.1.a "A" judgement max 4
          rule x.1.b "B" judgement max 6
        subarea x.2 "Weighted" max 20 weighted
          rule x.2.a "A" weight 3 judgement max 2
          rule x.2.b "B" weight 1 judgement max 1
        """

    @Test func pointsJudgementsAddUnderTheCap() throws {
        let scored = try Fixture.scored(
            Self.instrumentText,
            """
            judge x.1.a = 2.5 because "half the committees"
            judge x.1.b = 6 because "all of them" by "E2"
            """)
        #expect(scored.ruleScore("x.1.a").points == q("2.5"))
        #expect(scored.ruleScore("x.1.a").status == .partial)
        #expect(scored.ruleScore("x.1.b").points == q(6))
        #expect(scored.ruleScore("x.1.b").status == .hit)
        #expect(scored.subareaScore("x.1").points == q("8.5"))
        #expect(scored.evidence.judgements.map(\.by) == [nil, "E2"])
        #expect(scored.evidence.judgements.map(\.reason) == ["half the committees", "all of them"])
    }

    /// 20·(3·(1/2) + 1·1)/4 = 12.5: rule a gives 7.5, rule b 5.
    @Test func weightedJudgementIsValueOverMaximum() throws {
        let scored = try Fixture.scored(
            Self.instrumentText,
            """
            judge x.2.a = 1 because "half"
            judge x.2.b = 1 because "all"
            """)
        #expect(scored.ruleScore("x.2.a").outcome.value == q("0.5"))
        #expect(scored.ruleScore("x.2.a").points == q("7.5"))
        #expect(scored.ruleScore("x.2.b").outcome.value == q(1))
        #expect(scored.ruleScore("x.2.b").points == q(5))
        #expect(scored.subareaScore("x.2").points == q("12.5"))
    }

    @Test func missingJudgementsAreListedAsUnjudged() throws {
        let scored = try Fixture.scored(Self.instrumentText, "judge x.2.b = 1 because \"all\"\n")
        let ids = scored.score.unjudged.map { scored.instrument.rules[$0].id }
        #expect(ids == ["x.1.a", "x.1.b", "x.2.a"])
        #expect(scored.subareaScore("x.1").bounds == Bounds(min: q(0), max: q(10)))  // 4 + 6 = 10
        #expect(scored.subareaScore("x.2").points == q(5))
        #expect(scored.subareaScore("x.2").bounds == Bounds(min: q(5), max: q(20)))
    }

    @Test func judgementAboveMaximumIsAnError() throws {
        let instrument = try Fixture.instrument(Self.instrumentText)
        let (evidence, bag, _) = Fixture.checkEvidence(
            Fixture.header(for: instrument) + "judge x.1.a = 4.5 because \"too much\"\n", for: instrument)
        #expect(evidence == nil)
        #expect(bag.all.map(\.id) == [.semaJudgementOverMax])
    }

    @Test func judgementWithoutReasonIsAnError() throws {
        let instrument = try Fixture.instrument(Self.instrumentText)
        let (evidence, bag, _) = Fixture.checkEvidence(
            Fixture.header(for: instrument) + "judge x.1.a = 1\n", for: instrument)
        #expect(evidence == nil)
        #expect(bag.all.map(\.id).contains(.semaMissingReason))
    }

    @Test func judgingARuleThatIsNotAJudgementIsAnError() throws {
        let instrument = try Fixture.instrument(
            """
            instrument "Judged" version "1"
            fact f: flag "F"
            area x "X" max 10
            subarea x.1 "X1" max 10
              rule x.1.a "A" when f award 1
            """)
        let (evidence, bag, _) = Fixture.checkEvidence(
            Fixture.header(for: instrument) + "judge x.1.a = 1 because \"no\"\n", for: instrument)
        #expect(evidence == nil)
        #expect(bag.all.map(\.id) == [.semaTypeMismatch])
    }
}
