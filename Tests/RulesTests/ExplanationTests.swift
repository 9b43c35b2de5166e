import Engine
import Reports
import Rules
import Testing

/// DESIGN.md, "Explanations": per subarea the rules in source order with status, value,
/// findings and sources, rationale; the cap's cut and the hits it came from; unassessed
/// facts and judgements; the headroom, ranked by each change's gain alone.
@Suite struct ExplanationTests {
    /// Five kinds below their best in a subarea of 30 that scores 5:
    /// a 0 (f = no), b 2 (p = exists), c 3 (one item), d 0 (n = 50), e unjudged.
    static let partial = """
        instrument "Explain" version "1"
        ladder m: none < started < exists < followed_up < evaluated
        fact f: flag "Policy adopted"
        fact p: level m "Policy maturity"
        fact d: set "Dialogue forms"
        fact n: number "Panel size"
        area x "X" max 100
        subarea x.1 "Partly scored" max 30
          rule x.1.a "Policy adopted" when f award 4
            why "The instrument looks for an adopted policy."
          rule x.1.b "Policy followed up" ladder p { exists: 2, followed_up: 4, evaluated: 6 }
          rule x.1.c "Dialogue forms" each d award 3 cap 12
          rule x.1.d "Panel" threshold n { >= 100: 2, >= 300: 5 }
          rule x.1.e "Evaluators' view" judgement max 8
        """

    static let partialEvidence = """
        finding f = no
          source document "Kommunikationspolicy" section "2.1"
          note "No policy adopted yet."
        finding p = exists source interview "Ledning"
        finding d = {ortsdialog} source web "ale.se" by "E2"
        finding n = 50 source survey "Panelrapport"
        """

    static func partialExplanation() throws -> Explanation {
        let scored = try Fixture.scored(Self.partial, Self.partialEvidence)
        return try Explainer(scored: scored).explain(.subarea(0))
    }

    @Test func partlyScoredSubareaRanksHeadroomByGain() throws {
        let explanation = try Self.partialExplanation()
        let s = try #require(explanation.subareas.first)
        let instrument = explanation.scored.instrument
        #expect(s.points == q(5))
        #expect(s.rules.map(\.id) == ["x.1.a", "x.1.b", "x.1.c", "x.1.d", "x.1.e"])
        #expect(s.rules.map(\.status) == [.miss, .partial, .partial, .miss, .unassessed])
        #expect(s.rules.map(\.points) == [q(0), q(2), q(3), q(0), q(0)])
        // Largest gain first; equal gains (b and d, 2 each) in source order.
        #expect(s.headroom.map(\.ruleID) == ["x.1.e", "x.1.a", "x.1.c", "x.1.b", "x.1.d"])
        #expect(s.headroom.map(\.gain) == [q(8), q(4), q(3), q(2), q(2)])
        #expect(s.headroom[0].written(instrument) == "judge x.1.e = 8")
        #expect(s.headroom[1].written(instrument) == "f = yes")
        #expect(s.headroom[3].written(instrument) == "p = followed_up")  // the smallest step up, not 'evaluated'
        #expect(s.headroom[4].written(instrument) == "n = 100")
        #expect(s.headroom[2].written(instrument).hasPrefix("d = {"))
        #expect(s.unjudged == ["x.1.e"])
        #expect(s.unassessed.isEmpty)
    }

    /// Gains under one cap are each alone against the current state: b's 8 is only 7 here.
    @Test func headroomGainIsCappedAndAlone() throws {
        let scored = try Fixture.scored(
            """
            instrument "Explain" version "1"
            fact f: flag "F"
            fact g: flag "G"
            fact h: flag "H"
            area x "X" max 100
            subarea x.1 "X1" max 10
              rule x.1.a "A" when f award 4
              rule x.1.b "B" when g award 8
              rule x.1.c "C" when h award 3
            """,
            "finding f = no source web \"f\"\nfinding g = no source web \"g\"\nfinding h = yes source web \"h\"\n")
        let s = try #require(try Explainer(scored: scored).explain(.subarea(0)).subareas.first)
        #expect(s.headroom.map(\.ruleID) == ["x.1.b", "x.1.a"])
        #expect(s.headroom.map(\.gain) == [q(7), q(4)])
        let text = try Explainer(scored: scored).explain(.subarea(0)).render(for: .evaluator, in: .en)
        #expect(text.contains("headroom: 7 points to the maximum\n"))
        #expect(text.contains("gains under one cap do not add up"))
    }

    @Test func cappedSubareaShowsCutAndTheHitsItCameFrom() throws {
        let scored = try Fixture.scored(CapTests.fourRules, CapTests.allYes)
        let explanation = try Explainer(scored: scored).explain(.subarea(0))
        let s = try #require(explanation.subareas.first)
        #expect(s.capCut == q(4))
        #expect(s.rules.map(\.capCut) == [q(0), q(0), q(2), q(2)])
        #expect(s.headroom.isEmpty)
        let evaluator = explanation.render(for: .evaluator, in: .en)
        #expect(evaluator.contains("  cap: 4 cut at the maximum 10, from x.1.c, x.1.d\n"))
        #expect(evaluator.contains("[cap cut 2]"))
        #expect(evaluator.contains("headroom: none, the subarea is at its maximum"))
        let auditor = explanation.render(for: .auditor, in: .en)
        #expect(auditor.contains("The maximum of 10 cut 4 points, from rules x.1.c, x.1.d.\n"))
        #expect(auditor.contains("Rule x.1.c \"C\" is hit and gives 3 points, of which 2 are cut by the subarea's maximum."))
    }

    @Test func eachOwnCapCutIsShown() throws {
        let scored = try Fixture.scored(
            CapTests.facts + "\nsubarea x.1 \"X1\" max 20\n  rule x.1.a \"A\" each d award 3 cap 6\n",
            "finding d = {p, q, r} source web \"d\"\n")
        let explanation = try Explainer(scored: scored).explain(.subarea(0))
        #expect(explanation.subareas[0].rules[0].ownCapCut == q(3))
        #expect(explanation.render(for: .evaluator, in: .en).contains("[own cap cut 3]"))
    }

    @Test func auditorNarrativeCitesEvidence() throws {
        let text = try Self.partialExplanation().render(for: .auditor, in: .en)
        #expect(text.hasPrefix("x.1 Partly scored: 5 of 30 (shown as 5, 17%), points; could be 5 to 13 once everything is assessed\n"))
        #expect(text.contains("Rule x.1.a \"Policy adopted\" is miss and gives 0 points. It looks for: The instrument looks for an adopted policy.\n"))
        #expect(text.contains("  Finding f = no, recorded by the evaluators (E1, E2), from document \"Kommunikationspolicy\", section 2.1.\n"))
        #expect(text.contains("  Note: No policy adopted yet.\n"))
        #expect(text.contains("  Finding d = {ortsdialog}, recorded by E2, from web \"ale.se\".\n"))
        #expect(text.contains("Not judged: x.1.e.\n"))
        #expect(text.contains("headroom: 25 points to the maximum\n"))
        #expect(text.contains("kompass-score 0.1.0 · instrument Explain 1 sha256 test\n"))
    }

    @Test func evaluatorViewIsCompactWithRuleIds() throws {
        let text = try Self.partialExplanation().render(for: .evaluator, in: .en)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("  x.1.b    partial    2        Policy followed up"))
        #expect(lines.contains("      p = exists  (interview \"Ledning\")"))
        #expect(lines.contains("  x.1.e    unassessed 0        Evaluators' view"))
        #expect(lines.contains("  unjudged: x.1.e"))
        #expect(lines.contains("    +8  x.1.e: judge x.1.e = 8"))
        #expect(lines.contains("    +4  x.1.a: f = yes"))
    }

    @Test func plannerViewIsAToDoList() throws {
        let text = try Self.partialExplanation().render(for: .planner, in: .en)
        #expect(text.contains("  To do (25 points to the maximum):\n"))
        #expect(text.contains("  [1] judge x.1.e = 8  (+8, rule x.1.e)\n"))
        #expect(text.contains("  [2] f = yes  (+4, rule x.1.a)\n"))
        #expect(text.contains("  [4] p = followed_up  (+2, rule x.1.b)\n"))
        #expect(text.contains("  [5] n = 100  (+2, rule x.1.d)\n"))
        #expect(text.contains("Gains are each alone; under one cap they do not add up."))
        #expect(!text.contains("Finding"))
    }

    @Test func overriddenSubareaHasNoHeadroom() throws {
        let scored = try Fixture.scored(Self.partial, Self.partialEvidence + "override x.1 = 20 because \"team view\"\n")
        let explanation = try Explainer(scored: scored).explain(.subarea(0))
        #expect(explanation.subareas[0].headroom.isEmpty)
        #expect(explanation.render(for: .evaluator, in: .en).contains("  override by the evaluators (E1, E2): 20 (computed 5) because \"team view\"\n"))
        #expect(explanation.render(for: .planner, in: .en).contains("The score is set by an override"))
        #expect(explanation.render(for: .auditor, in: .en).contains("The computed 5 is replaced by 20, an override by the evaluators (E1, E2) because \"team view\"."))
    }

    @Test func jsonHasRulesAndHeadroom() throws {
        let json = try Self.partialExplanation().json(audience: .planner)
        #expect(json["audience"]?.stringValue == "planner")
        let s = try #require(json["subareas"]?.arrayValue?.first)
        #expect(s["id"]?.stringValue == "x.1")
        #expect(s["points"]?.numberText == "5")
        let rules = s["rules"]?.arrayValue ?? []
        #expect(rules.map { $0["id"]?.stringValue } == ["x.1.a", "x.1.b", "x.1.c", "x.1.d", "x.1.e"])
        #expect(rules.first?["why"]?.stringValue == "The instrument looks for an adopted policy.")
        let source = rules.first?["facts"]?.arrayValue?.first?["sources"]?.arrayValue?.first
        #expect(source?["kind"]?.stringValue == "document")
        #expect(source?["section"]?.stringValue == "2.1")
        let headroom = s["headroom"]?.arrayValue ?? []
        #expect(headroom.map { $0["rule"]?.stringValue } == ["x.1.e", "x.1.a", "x.1.c", "x.1.b", "x.1.d"])
        #expect(headroom.map { $0["gain"]?.numberText } == ["8", "4", "3", "2", "2"])
        #expect(headroom.first?["change"]?.stringValue == "judge x.1.e = 8")
        #expect(s["unjudged"]?.arrayValue?.map(\.stringValue) == ["x.1.e"])
    }

    /// The smallest finding change, also for compound conditions: `and` needs both sides,
    /// `or` the cheaper one, `not` the opposite, a comparison its bound.
    @Test(arguments: [
        ("f and g", "f = yes, g = yes"),
        ("f or g", "f = yes"),
        ("not h", "h = no"),
        ("n >= 3", "n = 3"),
        ("n > 3", "n = 4"),
        ("g and not h", "g = yes, h = no"),
    ])
    func headroomForCompoundConditions(_ condition: String, _ change: String) throws {
        let scored = try Fixture.scored(
            """
            instrument "Explain" version "1"
            fact f: flag "F"
            fact g: flag "G"
            fact h: flag "H"
            fact n: number "N"
            area x "X" max 100
            subarea x.1 "X1" max 10
              rule x.1.a "A" when \(condition) award 2
            """,
            "finding g = no source web \"g\"\nfinding h = yes source web \"h\"\nfinding n = 1 source web \"n\"\n")
        let s = try #require(try Explainer(scored: scored).explain(.subarea(0)).subareas.first)
        #expect(s.headroom.map { $0.written(scored.instrument) } == [change])
        #expect(s.headroom.map(\.gain) == [q(2)])
    }

    @Test func areaTargetExplainsEverySubarea() throws {
        let scored = try Fixture.scored(
            Self.partial + """

                subarea x.2 "Second" max 10
                  rule x.2.a "Flag again" when f award 10
                """,
            Self.partialEvidence)
        let explanation = try Explainer(scored: scored).explain(.area(0))
        #expect(explanation.subareas.map(\.id) == ["x.1", "x.2"])
        // x.1: 5 of 30, up to 13; x.2: 0 of 10, settled.
        #expect(explanation.render(for: .evaluator, in: .en).hasPrefix("x X: 5 of 100 (5, 5%), could be 5 to 13 once everything is assessed\n\n"))
    }

    @Test func ruleTargetKeepsOnlyThatRule() throws {
        let scored = try Fixture.scored(Self.partial, Self.partialEvidence)
        guard case .rule(let index)? = scored.instrument.ids["x.1.b"] else { Issue.record("no x.1.b"); return }
        let explanation = try Explainer(scored: scored).explain(.rule(index))
        #expect(explanation.ruleID == "x.1.b")
        #expect(explanation.subareas[0].rules.map(\.id) == ["x.1.b"])
        #expect(explanation.subareas[0].headroom.map { $0.written(explanation.scored.instrument) } == ["p = followed_up"])
    }
}
