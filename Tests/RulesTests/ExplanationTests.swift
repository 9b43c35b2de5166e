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
        // Each rule's change to its best, largest gain first; equal gains (a and b, 4 each)
        // in source order. Smaller steps on the way are kept, lowest first.
        #expect(s.headroom.map(\.ruleID) == ["x.1.c", "x.1.e", "x.1.d", "x.1.a", "x.1.b"])
        #expect(s.headroom.map(\.gain) == [q(9), q(8), q(5), q(4), q(4)])
        #expect(s.headroom[1].written(instrument) == "judge x.1.e = 8")
        #expect(s.headroom[3].written(instrument) == "f = yes")
        #expect(s.headroom[4].written(instrument) == "p = evaluated")  // to its best, not just one step up
        #expect(s.headroom[4].steps.map { Headroom.written($0.changes, ruleID: "x.1.b", instrument) } == ["p = followed_up"])
        #expect(s.headroom[4].steps.map(\.gain) == [q(2)])
        #expect(s.headroom[2].written(instrument) == "n = 300")
        #expect(s.headroom[2].steps.map(\.gain) == [q(2)])
        #expect(s.headroom[0].steps.map(\.gain) == [q(3), q(6)])
        // The gap of 25: every change together fills it.
        #expect(s.reconciliation.missing == q(25))
        #expect(s.reconciliation.together == q(25))
        #expect(s.reconciliation.rest.isEmpty)
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
        #expect(text.contains("  7 points short of the maximum 10.\n"))
        #expect(text.contains("under one cap they do not add up"))
    }

    @Test func cappedSubareaShowsCutAndTheHitsItCameFrom() throws {
        let scored = try Fixture.scored(CapTests.fourRules, CapTests.allYes)
        let explanation = try Explainer(scored: scored).explain(.subarea(0))
        let s = try #require(explanation.subareas.first)
        #expect(s.capCut == q(4))
        #expect(s.rules.map(\.capCut) == [q(0), q(0), q(2), q(2)])
        #expect(s.headroom.isEmpty)
        let evaluator = explanation.render(for: .evaluator, in: .en)
        #expect(evaluator.contains("  The maximum of 10 cuts 4 points, from rule x.1.c, x.1.d.\n"))
        #expect(evaluator.contains("[cap cut 2]"))
        #expect(evaluator.contains("Full points: nothing is missing."))
        let auditor = explanation.render(for: .auditor, in: .en)
        #expect(auditor.contains("The maximum of 10 cuts 4 points, from rule x.1.c, x.1.d.\n"))
        #expect(auditor.contains("Rule x.1.c “C” is met and gives 3 points. The subarea's maximum cuts 2 points of them."))
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
        #expect(
            text.hasPrefix(
                "x.1 Partly scored: 5 of 30 points (shown as 5, 17%), points subarea; could be 5 to 13 once everything is assessed\n"))
        #expect(text.contains("Rule x.1.a “Policy adopted” is not met and gives 0 points. It looks for: The instrument looks for an adopted policy.\n"))
        #expect(text.contains("  Finding: Policy adopted: no, recorded by the evaluators (E1, E2), from document “Kommunikationspolicy”, section 2.1.\n"))
        #expect(text.contains("  Note: No policy adopted yet.\n"))
        #expect(text.contains("  Finding: Dialogue forms: ortsdialog, recorded by E2, from web “ale.se”.\n"))
        #expect(text.contains("No judgement for rule x.1.e.\n"))
        #expect(text.contains("25 points short of the maximum 30.\n"))
        #expect(text.contains("Together the changes give 25 of the 25 missing points.\n"))
        #expect(text.contains("kompass-score 0.1.0 · instrument Explain 1 sha256 test\n"))
    }

    @Test func evaluatorViewIsCompactWithRuleIds() throws {
        let text = try Self.partialExplanation().render(for: .evaluator, in: .en)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("  x.1.b    partly met       2      Policy followed up"))
        #expect(lines.contains("      Policy maturity [p]: exists  (interview “Ledning”)"))
        #expect(lines.contains("  x.1.e    not assessed     0      Evaluators' view"))
        #expect(lines.contains("  No judgement for rule x.1.e."))
        #expect(lines.contains("    +8 points x.1.e: the judgement of rule x.1.e: 8"))
        #expect(lines.contains("    +4 points x.1.a: Policy adopted [f]: yes (today: no)"))
        #expect(lines.contains("        on the way: followed_up (+2 points)"))
    }

    @Test func plannerViewIsAToDoList() throws {
        let text = try Self.partialExplanation().render(for: .planner, in: .en)
        #expect(text.contains("  To do (25 points short of the maximum):\n"))
        #expect(text.contains("  [1] Dialogue forms: + 3 more items of your choice (+9 points, rule x.1.c “Dialogue forms”)\n"))
        #expect(text.contains("  [2] the judgement of rule x.1.e: 8 (+8 points, rule x.1.e “Evaluators' view”)\n"))
        #expect(text.contains("  [4] Policy adopted: yes (today: no) (+4 points, rule x.1.a “Policy adopted”)\n"))
        #expect(text.contains("  [5] Policy maturity: evaluated (today: exists) (+4 points, rule x.1.b “Policy followed up”)\n"))
        #expect(text.contains("      on the way: 100 (+2 points)\n"))
        #expect(text.contains("  Together the changes give 25 of the 25 missing points.\n"))
        #expect(!text.contains("Finding"))
    }

    @Test func overriddenSubareaHasNoHeadroom() throws {
        let scored = try Fixture.scored(Self.partial, Self.partialEvidence + "override x.1 = 20 because \"team view\"\n")
        let explanation = try Explainer(scored: scored).explain(.subarea(0))
        #expect(explanation.subareas[0].headroom.isEmpty)
        #expect(
            explanation.render(for: .evaluator, in: .en)
                .contains("  The computed 5 is replaced by 20 by the evaluators (E1, E2): “team view”.\n"))
        #expect(explanation.render(for: .planner, in: .en).contains("The score is set by the evaluators; changed findings do not change it."))
        #expect(explanation.render(for: .auditor, in: .en).contains("The computed 5 is replaced by 20 by the evaluators (E1, E2): “team view”.\n"))
        #expect(explanation.subareas[0].reconciliation.rest == [.override(q(10))])
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
        #expect(headroom.map { $0["rule"]?.stringValue } == ["x.1.c", "x.1.e", "x.1.d", "x.1.a", "x.1.b"])
        #expect(headroom.map { $0["gain"]?.numberText } == ["9", "8", "5", "4", "4"])
        #expect(headroom[1]["change"]?.stringValue == "judge x.1.e = 8")
        #expect(headroom[4]["steps"]?.arrayValue?.first?["change"]?.stringValue == "p = followed_up")
        #expect(s["reconciliation"]?["missing"]?.numberText == "25")
        #expect(s["reconciliation"]?["together"]?.numberText == "25")
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
        #expect(
            explanation.render(for: .evaluator, in: .en)
                .hasPrefix("x X: 5 of 100 points (shown as 5, 5%); could be 5 to 13 once everything is assessed\n\n"))
    }

    @Test func ruleTargetKeepsOnlyThatRule() throws {
        let scored = try Fixture.scored(Self.partial, Self.partialEvidence)
        guard case .rule(let index)? = scored.instrument.ids["x.1.b"] else { Issue.record("no x.1.b"); return }
        let explanation = try Explainer(scored: scored).explain(.rule(index))
        #expect(explanation.ruleID == "x.1.b")
        #expect(explanation.subareas[0].rules.map(\.id) == ["x.1.b"])
        #expect(explanation.subareas[0].headroom.map { $0.written(explanation.scored.instrument) } == ["p = evaluated"])
        // The rule's own gap: 4 more points at its best, all earned by its change.
        #expect(explanation.subareas[0].reconciliation.missing == q(4))
        #expect(explanation.subareas[0].reconciliation.together == q(4))
        // And where the subarea's other missing points are.
        #expect(explanation.subareas[0].elsewhere.map(\.ruleID) == ["x.1.c", "x.1.e", "x.1.d", "x.1.a"])
        #expect(explanation.subareas[0].subareaMissing == q(25))
    }
}
