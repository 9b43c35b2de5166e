import Analysis
import Engine
import Testing

/// Budget and target answers equal a brute-force search that re-scores every subset of the
/// plan's actions from scratch with the plain evaluator (``BruteForce``).
@Suite struct WhatIfPlanSearchTests {
    /// 15 actions interacting through rule, subarea and area caps, `and` conditions,
    /// a negated condition, a fact read in two subareas and a weighted subarea.
    static let interacting = Result {
        let fixture = try WhatIfFixture.load(
            WhatIfFixture.interacting, WhatIfFixture.interactingEvidence, WhatIfFixture.interactingPlan)
        return (fixture, try BruteForce(fixture))
    }

    static let budgets = ["0", "1", "2", "3", "5", "7", "8", "10", "12", "15", "20", "25", "30", "34"]
    static let targets = ["0", "3", "10", "17", "20", "24.5", "30", "32", "35", "36.5", "38", "40", "45"]

    func check(budget text: String, denseLimit: Int, method: PlanSearchMethod) throws {
        let (fixture, brute) = try Self.interacting.get()
        let budget = q(text)
        let search = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan, denseLimit: denseLimit)
        let result = try search.run(.budget(budget), method: method)
        let expected = try #require(brute.best(budget: budget))
        #expect(result.exact)
        #expect(result.total == brute.totals[expected], "budget \(text)")
        #expect(result.chosen == brute.indices(expected), "budget \(text)")
        #expect(result.cost == brute.costs[expected])
    }

    func check(target text: String, denseLimit: Int, method: PlanSearchMethod) throws {
        let (fixture, brute) = try Self.interacting.get()
        let target = q(text)
        let search = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan, denseLimit: denseLimit)
        let result = try search.run(.target(target), method: method)
        #expect(result.exact)
        guard let expected = brute.cheapest(target: target) else {
            #expect(result.chosen == nil, "target \(text)")
            #expect(result.bestReachable == brute.totals.max(), "target \(text)")
            return
        }
        #expect(result.chosen == brute.indices(expected), "target \(text)")
        #expect(result.cost == brute.costs[expected], "target \(text)")
        #expect(result.total == brute.totals[expected], "target \(text)")
    }

    /// The automatic method: area A's cap cannot bind, so its actions group by the subareas and
    /// rules they share (8 and 1 actions); area B's can, so its 5 actions are one group.
    @Test(arguments: budgets)
    func budgetEqualsBruteForce(budget: String) throws {
        try check(budget: budget, denseLimit: PlanSearch.defaultDenseLimit, method: .automatic)
    }

    @Test(arguments: targets)
    func targetEqualsBruteForce(target: String) throws {
        try check(target: target, denseLimit: PlanSearch.defaultDenseLimit, method: .automatic)
    }

    @Test(arguments: budgets)
    func budgetByBranchAndBoundEqualsBruteForce(budget: String) throws {
        try check(budget: budget, denseLimit: PlanSearch.defaultDenseLimit, method: .branchAndBound)
    }

    @Test(arguments: targets)
    func targetByBranchAndBoundEqualsBruteForce(target: String) throws {
        try check(target: target, denseLimit: PlanSearch.defaultDenseLimit, method: .branchAndBound)
    }

    /// With tables of at most two actions, the subareas touched by more are scored on demand
    /// (so branch and bound reads them lazily; the automatic method follows the structure).
    @Test(arguments: ["4", "9", "16", "34"])
    func budgetWithLazyTablesEqualsBruteForce(budget: String) throws {
        try check(budget: budget, denseLimit: 2, method: .branchAndBound)
        try check(budget: budget, denseLimit: 2, method: .automatic)
    }

    @Test(arguments: ["20", "36.5", "45"])
    func targetWithLazyTablesEqualsBruteForce(target: String) throws {
        try check(target: target, denseLimit: 2, method: .branchAndBound)
        try check(target: target, denseLimit: 2, method: .automatic)
    }

    @Test func theMethodSaysHowTheAnswerWasFound() throws {
        let (fixture, _) = try Self.interacting.get()
        let search = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan)
        let parts = try search.run(.budget(q(10)))
        #expect(parts.method.hasPrefix("exact by independent parts: 3 groups of interacting actions (the largest 8)"))
        #expect(parts.method.hasSuffix("; 1 never raise the score and are left out"))
        let bound = try search.run(.budget(q(10)), method: .branchAndBound)
        #expect(bound.method.hasPrefix("branch and bound over 14 actions, "))
        #expect(bound.method.contains("finished, so the answer is exact"))
        let lazy = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan, denseLimit: 2)
        #expect(try lazy.run(.budget(q(10))).method.hasPrefix("exact by dynamic programming along the structure: 14 actions"))
        #expect(try lazy.run(.budget(q(10)), method: .branchAndBound).method.hasPrefix("branch and bound"))
    }

    /// 13 actions in one area whose maximum cuts, costs near ten times the gains, plus a
    /// subarea whose own cap binds and an 'and' rule: the search by parts combines the
    /// area's groups on raw sums before the area's cap.
    static let correlated = Result {
        var facts = ""
        var rules = ""
        var actions = ""
        let gains = [3, 7, 2, 9, 4, 6, 1, 8, 5, 10, 2, 6, 4]
        for (k, gain) in gains.enumerated() {
            facts += "fact g\(k): flag \"G\(k)\"\n"
            actions += "  action b\(k) cost \(10 * gain + k % 3)\n    set g\(k) = yes\n"
            if k < 10 { rules += "  rule 1.1.r\(k) \"R\" when g\(k) award \(gain)\n" }
        }
        let text = """
            instrument "Korrelerad" version "1"
            \(facts)area 1 "Ett" max 40
            subarea 1.1 "Okapad" max 100
            \(rules)subarea 1.2 "Kapad" max 12
              rule 1.2.a "G10" when g10 award 6
              rule 1.2.b "G11" when g11 award 6
              rule 1.2.c "G10 och G12" when g10 and g12 award 5
            """
        let instrument = try Fixture.instrument(text)
        let fixture = WhatIfFixture.Case(
            instrument: instrument, evidence: try Fixture.evidence("", for: instrument),
            plan: try WhatIfFixture.plan("plan \"Korrelerad\"\n" + actions, for: instrument))
        return (fixture, try BruteForce(fixture))
    }

    @Test(arguments: [PlanSearchMethod.automatic, .branchAndBound])
    func cappedAreaEqualsBruteForce(method: PlanSearchMethod) throws {
        let (fixture, brute) = try Self.correlated.get()
        let search = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan)
        for budget in [0, 45, 120, 200, 333, 420, 600, 900] {
            let result = try search.run(.budget(q(Int64(budget))), method: method)
            let expected = try #require(brute.best(budget: q(Int64(budget))))
            #expect(result.chosen == brute.indices(expected), "budget \(budget)")
            #expect(result.total == brute.totals[expected], "budget \(budget)")
        }
        for target in [5, 17, 29, 33, 38, 40, 41] {
            let result = try search.run(.target(q(Int64(target))), method: method)
            #expect(result.chosen == brute.cheapest(target: q(Int64(target))).map(brute.indices), "target \(target)")
        }
        if method == .automatic {
            #expect(try search.run(.budget(q(100))).method.hasPrefix("exact by independent parts: 11 groups"))
        }
    }

    @Test func actionThatOnlyLowersIsLeftOut() throws {
        let (fixture, _) = try Self.interacting.get()
        let search = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan)
        // a9 sets f6 = yes, which only turns 'not f6' off.
        #expect(search.neverRaise.map { fixture.plan.actions[$0].id } == ["a9"])
        #expect(search.searched.count == 14)
    }

    @Test func theBruteForceReferenceSeesTheInteractions() throws {
        let (fixture, brute) = try Self.interacting.get()
        func mask(_ ids: [String]) -> Int { ids.reduce(0) { $0 | 1 << fixture.plan.actionIndex($1)! } }
        // Base: A.1 = 2 (one item), A.2 = 1 (not f6); total 3.
        #expect(brute.totals[0] == q(3))
        // f1 and f3 together add the 'and' rule A.2.a (5) on top of 4 and 2.
        #expect(brute.totals[mask(["a1"])] == q(7))
        #expect(brute.totals[mask(["a6"])] == q(5))
        #expect(brute.totals[mask(["a1", "a6"])] == q(14))
        // a11 alone +5; a13 alone 0; together B.2.a adds 4.
        #expect(brute.totals[mask(["a13"])] == q(3))
        #expect(brute.totals[mask(["a11", "a13"])] == q(12))
        // Both adds to s1: {w, x, y, z} at 2 each, the rule's cap 6: +4.
        #expect(brute.totals[mask(["a3", "a4"])] == q(7))
    }

    @Test func tiesGoToTheLowerCostThenFewerActionsThenPlanOrder() throws {
        let instrument = try Fixture.instrument("""
            instrument "Lika" version "1"
            fact x: flag "X"
            fact y: flag "Y"
            fact w: flag "W"
            fact v: flag "V"
            area 1 "Ett" max 10
            subarea 1.1 "S" max 10
              rule 1.1.a "X" when x or y award 2
              rule 1.1.b "W" when w award 2
              rule 1.1.c "V" when v award 2
            """)
        let evidence = try Fixture.evidence("finding x = no\nfinding y = no\nfinding w = no\nfinding v = no\n", for: instrument)
        let plan = try WhatIfFixture.plan("""
            plan "Lika"
              action dyr cost 5
                set x = yes
              action billig cost 3
                set y = yes
              action w1 cost 3
                set w = yes
              action v1 cost 3
                set v = yes
            """, for: instrument)
        let search = try PlanSearch(
            instrument: instrument, base: EvaluationInput(evidence: evidence, instrument: instrument), plan: plan)
        // Budget 3: billig, w1 and v1 each give 2 for 3; the earliest in the plan wins.
        #expect(try search.run(.budget(q(3))).chosen == [1])
        // Target 2: the same three tie on cost and count: billig again; dyr costs more.
        #expect(try search.run(.target(q(2))).chosen == [1])
        // Budget 100: 6 points need three actions; billig beats dyr on cost.
        let all = try search.run(.budget(q(100)))
        #expect(all.chosen == [1, 2, 3])
        #expect(all.cost == q(9))
    }

    /// 32 actions in 8 subareas, each capped: the search by parts is exact; branch and bound stopped
    /// after 5 nodes reports its gap to the bound.
    @Test func beyondThirtyActionsANodeLimitGivesTheGapToTheBound() throws {
        var facts = ""
        var subareas = ""
        var actions = ""
        for s in 0..<8 {
            subareas += "subarea 1.\(s) \"S\(s)\" max 6\n"
            for j in 0..<4 {
                let k = 4 * s + j
                facts += "fact f\(k): flag \"F\(k)\"\n"
                subareas += "  rule 1.\(s).r\(j) \"R\" when f\(k) award \(k % 5 + 1)\n"
                actions += "  action a\(k) cost \(k % 7 + 1)\n    set f\(k) = yes\n"
            }
        }
        let instrument = try Fixture.instrument("instrument \"Många\" version \"1\"\n\(facts)area 1 \"Ett\" max 200\n\(subareas)")
        let evidence = try Fixture.evidence("", for: instrument)
        let plan = try WhatIfFixture.plan("plan \"Många\"\n" + actions, for: instrument)
        let search = try PlanSearch(
            instrument: instrument, base: EvaluationInput(evidence: evidence, instrument: instrument), plan: plan)
        #expect(search.searched.count == 32)
        let exact = try search.run(.budget(q(20)))
        #expect(exact.exact)
        #expect(exact.method.hasPrefix("exact by independent parts: 8 groups"))
        let stopped = try search.run(.budget(q(20)), nodeLimit: 5, method: .branchAndBound)
        #expect(!stopped.exact)
        #expect(stopped.method.contains("stopped at the node limit"))
        let bound = try #require(stopped.bound)
        #expect(exact.total >= stopped.total)
        #expect(bound >= exact.total)
        #expect(stopped.gap == (try bound.subtracting(stopped.total)))
        let target = try search.run(.target(q(40)), nodeLimit: 5, method: .branchAndBound)
        let exactTarget = try search.run(.target(q(40)))
        #expect(!target.exact)
        #expect(try #require(target.bound) <= exactTarget.cost)
    }

    @Test func searchIsTheSameEveryRun() throws {
        let (fixture, _) = try Self.interacting.get()
        let first = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan).run(.budget(q(11)))
        for _ in 0..<3 {
            let again = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan).run(.budget(q(11)))
            #expect(again.chosen == first.chosen && again.nodes == first.nodes && again.total == first.total)
        }
    }
}
