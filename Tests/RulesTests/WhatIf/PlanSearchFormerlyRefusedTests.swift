@testable import Analysis
import Engine
import Rules
import TestSupport
import Testing

/// The shapes the plan search used to refuse ("too large or too fine for exact arithmetic",
/// exit 65) although `whatif` scores every plan of them: a rule reading more than 16
/// actions' facts without counting them, together with points on a common scale beyond
/// 128 bits or with more than 64 actions on one subarea (`Tests/RulesTests/Fixtures/plan-shapes`).
/// Each answer is checked against every affordable subset re-scored with the plain evaluator:
/// the costs (10 to 12) let at most `size` actions into the budgets and targets tried, so
/// those subsets are all the candidates.
@Suite struct PlanSearchFormerlyRefusedTests {
    static let folder = RulesTestPaths.fixtures + "/plan-shapes/"

    static func load(_ name: String) throws -> WhatIfFixture.Case {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        guard let instrument = try workspace.loadInstrument(directory: folder + name + "/rules"),
            let evidence = try workspace.loadEvidence(path: folder + name + "/evidence.kompass", instrument: instrument),
            let plan = try workspace.loadPlan(path: folder + name + "/plan.kompass", instrument: instrument),
            !workspace.diagnostics.hasErrors
        else { throw FixtureError(description: workspace.renderedDiagnostics(colour: false)) }
        return WhatIfFixture.Case(instrument: instrument, evidence: evidence, plan: plan)
    }

    /// A subset re-scored: its actions (plan indices, ascending), cost and total.
    struct Subset {
        var members: [Int]
        var cost: Rational
        var total: Rational
    }

    /// Every subset of at most `size` actions, re-scored from scratch.
    static func subsets(_ fixture: WhatIfFixture.Case, size: Int) throws -> [Subset] {
        let evaluator = Evaluator(instrument: fixture.instrument)
        let count = fixture.plan.actions.count
        var out: [Subset] = []
        func visit(_ from: Int, _ members: [Int]) throws {
            let cost = try members.reduce(Rational.zero) { try $0.adding(fixture.plan.actions[$1].cost ?? .zero) }
            let total = try evaluator.score(fixture.input.applying(fixture.plan.changes(of: members))).total
            out.append(Subset(members: members, cost: cost, total: total))
            guard members.count < size else { return }
            for next in from..<count { try visit(next + 1, members + [next]) }
        }
        try visit(0, [])
        return out
    }

    /// The subset the search must choose: the largest total (a budget only), then the lower
    /// cost, fewer actions, the actions earliest in the plan.
    static func best(_ candidates: [Subset], maximise: Bool) -> Subset? {
        candidates.min { x, y in
            if maximise, x.total != y.total { return x.total > y.total }
            if x.cost != y.cost { return x.cost < y.cost }
            if x.members.count != y.members.count { return x.members.count < y.members.count }
            return x.members.lexicographicallyPrecedes(y.members)
        }
    }

    /// Budgets and targets against the oracle; targets are totals some subset of at most
    /// `size - 1` actions reaches, so the cheapest reaching set is among the subsets.
    static func check(_ name: String, size: Int, budgets: [Int64]) throws -> PlanSearch {
        let fixture = try load(name)
        let subsets = try subsets(fixture, size: size)
        let search = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan)
        for budget in budgets {
            let result = try search.run(.budget(q(budget)))
            let expected = try #require(best(subsets.filter { $0.cost <= q(budget) }, maximise: true))
            #expect(result.exact, "\(name), budget \(budget): \(result.method)")
            #expect(result.chosen == expected.members, "\(name), budget \(budget)")
            #expect(result.total == expected.total, "\(name), budget \(budget)")
            #expect(result.cost == expected.cost, "\(name), budget \(budget)")
        }
        let reached = Set(subsets.filter { $0.members.count < size }.map(\.total)).sorted()
        for target in [reached[1], reached[reached.count / 2], reached[reached.count - 1]] {
            let result = try search.run(.target(target))
            let expected = try #require(best(subsets.filter { $0.total >= target }, maximise: false))
            #expect(result.exact, "\(name), target \(target): \(result.method)")
            #expect(result.chosen == expected.members, "\(name), target \(target)")
            #expect(result.cost == expected.cost, "\(name), target \(target)")
        }
        return search
    }

    /// 17 actions: 11 weighted subareas whose weights sum to primes above 4,096 (a common
    /// scale of about 140 bits) and a rule `when f0 or … or h5` reading all 17 actions' facts.
    @Test func wideRuleOnABigScaleEqualsEveryAffordableSubset() throws {
        // Five such fractions no longer add up in 64-bit rationals (as for `whatif`): budgets admit four.
        let search = try Self.check("wide-rule-big-scale-17", size: 4, budgets: [0, 10, 23, 34, 45, 49])
        #expect(search.isBig)
        let result = try search.run(.budget(q(45)))
        #expect(result.method.hasPrefix("branch and bound over 17 actions"))
        let bits = result.method.split(separator: "points on a common scale of ").last.flatMap { Int($0.prefix { $0.isNumber }) }
        #expect((bits ?? 0) > 128, "\(result.method)")
    }

    /// 67 actions on one capped subarea (beyond a 64-bit mask), a rule reading 17 of their
    /// facts, and a `scale` rule whose sevenths no table holds before the search meets them.
    @Test func wideRuleOnACrowdedSubareaEqualsEveryAffordableSubset() throws {
        let search = try Self.check("wide-rule-crowded-67", size: 2, budgets: [0, 10, 11, 20, 23, 29])
        #expect(search.crowded?.actions == 67)
        #expect(!search.isBig)
        // The first tables' scale held neither halves (awards of 0.5 appear only in the crowded
        // subarea, scored on demand) nor the sevenths of the scale rule: the search met them on
        // demand and rebuilt its tables on the finer scale.
        #expect(search.tabled.missing == q(1, 2))
        let result = try search.run(.budget(q(23)))
        #expect(result.method.contains("subarea 1.1 is touched by 67 actions and scored on demand"), "\(result.method)")
    }
}
