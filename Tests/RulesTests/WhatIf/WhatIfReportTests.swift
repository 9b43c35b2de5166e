import Analysis
import Engine
import Rules
import Testing

/// Deltas of single and combined actions, hand-computed on ``WhatIfFixture/small``
/// (base: 1.1 = 3 from one item of `c`, all else 0; total 3).
@Suite struct WhatIfReportTests {
    let fixture: WhatIfFixture.Case

    init() throws {
        fixture = try WhatIfFixture.load(WhatIfFixture.small, WhatIfFixture.smallEvidence, WhatIfFixture.smallPlan)
    }

    func report(_ ids: [String], extra: [CommandLineChange] = []) throws -> WhatIfReport {
        let actions = ids.map { fixture.plan.actionIndex($0)! }
        return try WhatIfReport(
            instrument: fixture.instrument, evidence: fixture.evidence, plan: fixture.plan, actions: actions, extra: extra)
    }

    func subarea(_ id: String) -> Int {
        guard case .subarea(let index)? = fixture.instrument.ids[id] else { fatalError("no subarea \(id)") }
        return index
    }

    func rule(_ id: String) -> Int {
        guard case .rule(let index)? = fixture.instrument.ids[id] else { fatalError("no rule \(id)") }
        return index
    }

    func fact(_ path: String) -> Int { fixture.instrument.factIndex[path]! }

    @Test func singleActionOnALadderMovesTwoSubareas() throws {
        // p = evaluated: 1.1.c gives 5 (1.1: 3 → 8); 1.3.b satisfaction 1 at weight 2 of 3: 10·2/3 = 20/3.
        let whatIf = try report(["P"])
        #expect(whatIf.beforeScore.total == q(3))
        #expect(whatIf.afterScore.total == q(44, 3))
        #expect(whatIf.delta.total == q(35, 3))
        #expect(whatIf.delta.subareas == [
            ScoreDelta.Entry(index: subarea("1.1"), delta: q(5)), ScoreDelta.Entry(index: subarea("1.3"), delta: q(20, 3)),
        ])
        #expect(whatIf.delta.rules.map(\.index) == [rule("1.1.c"), rule("1.3.b")])
        #expect(whatIf.effects.count == 1)
        #expect(whatIf.effects[0].alone.total == q(35, 3))
        #expect(whatIf.effects[0].inScenario == q(35, 3))
        #expect(whatIf.effects[0].aloneNotes.isEmpty)
    }

    @Test func combinedActionsMeetTheirCondition() throws {
        // A alone: +4 in 1.1, 1.2.a still 0. B alone: 0. Together 1.2.a gives 5: 3 → 12.
        let whatIf = try report(["A", "B"])
        #expect(whatIf.afterScore.total == q(12))
        #expect(whatIf.delta.total == q(9))
        let a = whatIf.effects[0]
        let b = whatIf.effects[1]
        #expect(a.id == "A" && b.id == "B")
        #expect(a.alone.total == q(4))
        #expect(b.alone.total == .zero)
        #expect(a.inScenario == q(9))
        #expect(b.inScenario == q(5))
        #expect(a.aloneNotes == [.conditionMissing(rule: rule("1.2.a"), needs: [FindingChange(fact: fact("b"), value: .flag(true))])])
        #expect(b.aloneNotes == [.conditionMissing(rule: rule("1.2.a"), needs: [FindingChange(fact: fact("a"), value: .flag(true))])])
        #expect(a.inScenarioNotes.isEmpty && b.inScenarioNotes.isEmpty)
    }

    @Test func combinedActionsUnderOneCapDoNotAddUp() throws {
        // A + C + P: 1.1 rules give 4 + 6 + 5 = 15, capped at 10; 1.3 gets 20/3. Total 50/3.
        let whatIf = try report(["A", "C", "P"])
        #expect(whatIf.afterScore.total == q(50, 3))
        #expect(whatIf.afterScore.subareas[subarea("1.1")].capCut == q(5))
        let alone = whatIf.effects.map(\.alone.total)
        #expect(alone == [q(4), q(3), q(35, 3)])
        // Without P, 1.1 is already at 10 (4 + 6 capped): P adds only its 1.3 part.
        let p = whatIf.effects[2]
        #expect(p.inScenario == q(20, 3))
        #expect(p.inScenarioNotes == [.subareaCap(subarea: subarea("1.1"), cut: q(5))])
        // Without A, 1.1 is 6 + 5 = 11, capped at 10: A adds nothing.
        let a = whatIf.effects[0]
        #expect(a.inScenario == .zero)
        #expect(a.inScenarioNotes.contains(.subareaCap(subarea: subarea("1.1"), cut: q(4))))
    }

    @Test func actionSwallowedByTheRulesOwnCap() throws {
        // c = {x, y, z}: 3 items at 3 = 9, the rule's cap 6 keeps 6: +3, own cap cuts 3.
        let whatIf = try report(["C"])
        #expect(whatIf.delta.total == q(3))
        #expect(whatIf.effects[0].aloneNotes == [.ruleCap(rule: rule("1.1.b"), cut: q(3))])
        #expect(whatIf.afterScore.rules[rule("1.1.b")].outcome.ownCapCut == q(3))
    }

    @Test func actionBlockedByAMissingCondition() throws {
        let whatIf = try report(["B"])
        #expect(whatIf.delta.total == .zero)
        #expect(whatIf.delta.subareas.isEmpty)
        let text = whatIf.renderText(language: .en)
        #expect(text.contains("      alone: a condition is missing: rule 1.2.a also needs a = yes\n"))
    }

    @Test func actionOnAFactNoRuleReads() throws {
        let whatIf = try report(["Z"])
        #expect(whatIf.delta.total == .zero)
        #expect(whatIf.effects[0].aloneNotes == [.unread(fact: fact("z"))])
    }

    @Test func overridePinsTheSubarea() throws {
        let evidence = try Fixture.evidence(WhatIfFixture.smallEvidence + "\noverride 1.1 = 2 because \"Bedömning\"\n", for: fixture.instrument)
        let whatIf = try WhatIfReport(
            instrument: fixture.instrument, evidence: evidence, plan: fixture.plan, actions: [fixture.plan.actionIndex("P")!],
            extra: [])
        // 1.1 stays at its override 2; only 1.3 moves (+20/3).
        #expect(whatIf.beforeScore.total == q(2))
        #expect(whatIf.delta.total == q(20, 3))
        #expect(whatIf.effects[0].aloneNotes == [.override(subarea: subarea("1.1"))])
    }

    @Test func commandLineChangesApplyAfterThePlanAndSetLast() throws {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let parsed = [("c={y}", "--add"), ("p=exists", "--set"), ("c={}", "--set")].map {
            workspace.commandLineChange($0.0, option: $0.1, instrument: fixture.instrument)
        }
        #expect(workspace.diagnostics.all.isEmpty)
        let add = try #require(parsed[0])
        let set = try #require(parsed[1])
        let override = try #require(parsed[2])
        // Plan C adds {y, z}; --add {y}; --set c = {} comes last and empties the set: 1.1.b gives 0.
        let whatIf = try report(["C"], extra: [override, add, set])
        #expect(whatIf.extra.map(\.option) == ["--add", "--set", "--set"])
        #expect(whatIf.after.values[fact("c")] == .set([]))
        // 1.1: 0 + 0 + 2 (p exists); 1.3: 10·2·0.5/3 = 10/3.
        #expect(whatIf.afterScore.total == q(16, 3))
        #expect(whatIf.effects.map(\.id) == ["C", "add c {y}", "set c = {}", "set p = exists"])
        // C and --add change nothing in the scenario: --set c = {} wins.
        #expect(whatIf.effects[0].inScenario == .zero)
        #expect(whatIf.effects[0].inScenarioNotes == [.unchanged(fact: fact("c"))])
    }

    @Test(arguments: [
        ("nosuch=yes", "--set", "--set:1:1: error: unknown fact 'nosuch' [sema.unknown-fact]"),
        ("p=bogus", "--set", "--set:1:3: error: 'bogus' is not a level of ladder 'm' [sema.unknown-level]"),
        ("a={x}", "--add", "--add:1:1: error: '--add' needs a set fact, and 'a' is a flag [sema.type-mismatch]"),
        ("a yes", "--set", "--set:1:3: error: expected '=' after 'a', found 'yes' [parse.expected-token]"),
        ("a=yes no", "--set", "--set:1:7: error: expected the end of the --set value, found 'no' [parse.expected-token]"),
    ])
    func commandLineChangeErrorsAreLocated(text: String, option: String, first: String) throws {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        #expect(workspace.commandLineChange(text, option: option, instrument: fixture.instrument) == nil)
        let rendered = workspace.renderedDiagnostics(colour: false)
        #expect(rendered.hasPrefix(first + "\n"), "\(rendered)")
    }

    @Test func areaCapNamesTheArea() throws {
        let fixture = try WhatIfFixture.load(
            WhatIfFixture.interacting, WhatIfFixture.interactingEvidence, WhatIfFixture.interactingPlan)
        let ids = ["a11", "a12", "a13", "a14"]
        let whatIf = try WhatIfReport(
            instrument: fixture.instrument, evidence: fixture.evidence, plan: fixture.plan,
            actions: ids.map { fixture.plan.actionIndex($0)! }, extra: [])
        // B.1 = 5 + 3 = 8; B.2 = 4 + 3 = 7, capped at 6; area B = 14, capped at 10.
        guard case .area(let b)? = fixture.instrument.ids["B"], case .subarea(let b2)? = fixture.instrument.ids["B.2"]
        else { Issue.record("ids"); return }
        #expect(whatIf.afterScore.areas[b].points == q(10))
        #expect(whatIf.delta.total == q(10))
        // Without a14 the area is 8 + 4 = 12, already capped: a14 adds nothing.
        let a14 = whatIf.effects[3]
        #expect(a14.alone.total == q(3))
        #expect(a14.inScenario == .zero)
        #expect(a14.inScenarioNotes == [.subareaCap(subarea: b2, cut: q(1)), .areaCap(area: b, cut: q(2))])
    }

    @Test func textAndJSONAreDeterministicAndCarryTheNumbers() throws {
        let whatIf = try report(["A", "B"])
        let text = whatIf.renderText(language: .en)
        #expect(text == (try report(["A", "B"])).renderText(language: .en))
        #expect(text.contains("Total: 3 → 12 (+9 points); shown as 3 → 12 of 100, 3% → 12%\n"))
        #expect(text.contains("    1.2.a  A och B         0      5  +5  not met → met\n"))
        #expect(text.hasSuffix("plan plan.kompass sha256 plan-sha\n"))
        let json = whatIf.json()
        #expect(json["total"]?["delta"] == .number("9"))
        #expect(json["total"]?["after"]?["points"] == .number("12"))
        let effects = try #require(json["effects"]?.arrayValue)
        #expect(effects[0]["inScenario"] == .number("9"))
        #expect(effects[1]["aloneNotes"]?.arrayValue?.first?["kind"] == .string("conditionMissing"))
        #expect(effects[1]["aloneNotes"]?.arrayValue?.first?["rule"] == .string("1.2.a"))
        let rules = json["areas"]?.arrayValue?.first?["subareas"]?.arrayValue?[1]["rules"]?.arrayValue
        #expect(rules?.first?["delta"] == .number("5"))
        #expect(JSONWriter.write(json) == JSONWriter.write((try report(["A", "B"])).json()))
    }
}
