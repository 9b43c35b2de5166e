import Analysis
import Engine
import Rules
import Testing

/// The Ale 2020 example and its plan (Examples/ale-2020/plan-2021.kompass).
@Suite struct WhatIfAlePlanTests {
    static let ale = Result { try WhatIfFixture.ale() }

    func report(_ ids: [String]) throws -> WhatIfReport {
        let ale = try Self.ale.get()
        return try WhatIfReport(
            instrument: ale.instrument, evidence: ale.evidence, plan: ale.plan,
            actions: ids.map { ale.plan.actionIndex($0)! }, extra: [])
    }

    @Test func thePlanLoadsWithAnActionPerImprovement() throws {
        let ale = try Self.ale.get()
        #expect(ale.plan.name == "Handlingsplan 2021")
        #expect(ale.plan.municipality == "Ale kommun")
        #expect(ale.plan.actions.count == 37)
        #expect(ale.plan.actions.allSatisfy { $0.cost != nil && !$0.changes.isEmpty })
    }

    @Test func oneActionReadInTwoSubareas() throws {
        // brukare.synpunkter followed_up: 5.5.b 2 → 4, 6.3.e 3 → 6.
        let whatIf = try report(["synpunkter"])
        #expect(whatIf.delta.total == q(5))
        #expect(whatIf.delta.subareas.map { whatIf.instrument.subareas[$0.index].id } == ["5.5", "6.3"])
        #expect(whatIf.delta.subareas.map(\.delta) == [q(2), q(3)])
    }

    @Test func theCompanyActionWaitsForTheStrategies() throws {
        // bolaget alone: 3.2.h two items at 2 = +4; 5.1.f and 6.1.b need the strategies.
        let alone = try report(["bolaget"])
        #expect(alone.delta.total == q(4))
        let ids = alone.effects[0].aloneNotes.compactMap { note -> String? in
            if case .conditionMissing(let rule, _) = note { return alone.instrument.rules[rule].id }
            return nil
        }
        #expect(ids == ["5.1.f", "6.1.b"])
        // With both strategies: 5.1.a +3, 6.1.a +5, 6.1.f +2, and the two company rules +2 each.
        let together = try report(["bolaget", "brukarstrategi", "kvalitetsstrategi"])
        #expect(together.delta.total == q(18))
        #expect(together.effects[0].inScenario == q(8))
        #expect(together.effects[1].alone.total == q(3))
        #expect(together.effects[1].inScenario == q(5))
    }

    @Test func theNewChannelIsSwallowedByTheRulesCap() throws {
        let whatIf = try report(["internkommunikation"])
        // 8.4.c exists → followed_up: 2.5 → 3.5; the sixth channel: 6 × 1.5 = 9, capped at 6.
        #expect(whatIf.delta.total == q(1))
        guard case .rule(let rule)? = whatIf.instrument.ids["8.4.b"] else { Issue.record("no 8.4.b"); return }
        #expect(whatIf.effects[0].aloneNotes == [.ruleCap(rule: rule, cut: q("1.5"))])
    }

    @Test func budgetAndTargetAnswersAreExactAndVerified() throws {
        let ale = try Self.ale.get()
        let search = try PlanSearch(instrument: ale.instrument, base: ale.input, plan: ale.plan)
        #expect(search.neverRaise.isEmpty)
        let budget = try search.run(.budget(q(1000)))
        #expect(budget.exact)
        #expect(budget.cost <= q(1000))
        let rescored = try Evaluator(instrument: ale.instrument).score(ale.input.applying(ale.plan.changes(of: budget.chosen!)))
        #expect(rescored.total == budget.total)
        let target = try search.run(.target(q(550)))
        #expect(target.exact)
        #expect(target.total >= q(550))
        #expect(target.cost <= budget.cost || budget.total < q(550))
        let unreachable = try search.run(.target(q(700)))
        #expect(unreachable.chosen == nil)
        // Every action together: the plan's whole scenario.
        #expect(unreachable.bestReachable == (try report(ale.plan.actions.map(\.id))).afterScore.total)
    }

    /// The first twelve actions that interact (company, strategies, channels) and some
    /// independent ones, against a brute force over their 4 096 subsets.
    @Test func aleSubplanEqualsBruteForce() throws {
        let ale = try Self.ale.get()
        let ids = [
            "bolaget", "brukarstrategi", "kvalitetsstrategi", "internkommunikation", "synpunkter", "synpunkter_politik",
            "goda_exempel", "tillitsledarskap", "medarbetarskap", "jamstalldhet", "vardegrund", "andra_sprak",
        ]
        var plan = ale.plan
        plan.actions = ids.map { plan.actions[plan.actionIndex($0)!] }
        let sub = WhatIfFixture.Case(instrument: ale.instrument, evidence: ale.evidence, plan: plan)
        let brute = try BruteForce(sub)
        let search = try PlanSearch(instrument: ale.instrument, base: ale.input, plan: plan)
        for budget in [q(0), q(100), q(250), q(400), q(700), q(2000)] {
            let result = try search.run(.budget(budget))
            let expected = try #require(brute.best(budget: budget))
            #expect(result.chosen == brute.indices(expected))
            #expect(result.total == brute.totals[expected])
        }
        for target in [q(490), q(500), q(520), q(540)] {
            let result = try search.run(.target(target))
            #expect(result.chosen == brute.cheapest(target: target).map(brute.indices))
        }
    }

    @Test func searchReportRendersTextAndJSON() throws {
        let ale = try Self.ale.get()
        let report = try PlanSearchReport(instrument: ale.instrument, evidence: ale.evidence, plan: ale.plan, goal: .target(q(550)))
        let text = report.renderText(language: .en)
        #expect(text.contains("goal: the cheapest set whose total reaches 550\n"))
        #expect(text.contains("method: exact by independent parts: 28 groups of interacting actions (the largest 5)"))
        #expect(text.hasSuffix("plan \(ale.plan.path) sha256 \(ale.plan.sha256)\n"))
        let json = report.json()
        #expect(json["answer"]?["exact"] == .bool(true))
        #expect(json["answer"]?["found"] == .bool(true))
        #expect(json["goal"]?["target"] == .number("550"))
        #expect(JSONWriter.write(json) == JSONWriter.write(
            try PlanSearchReport(instrument: ale.instrument, evidence: ale.evidence, plan: ale.plan, goal: .target(q(550))).json()))
    }
}
