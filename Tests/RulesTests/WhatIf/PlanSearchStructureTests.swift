import Analysis
import Engine
import Rules
import TestSupport
import Testing

/// The dynamic program along the plan's structure (``PlanSearchMethod/structured``) against
/// independent oracles: every subset re-scored with the plain evaluator (``BruteForce``) on
/// random plans over hand-built instruments where subarea and area caps, chains of `and`
/// conditions, a negated condition, a counted set and a weighted subarea matter.
@Suite struct PlanSearchStructureTests {
    /// SplitMix64: a fixed, portable stream.
    struct Stream {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// A random instrument, evidence and plan of 8 to 11 actions: a chain of flags f0…f5 read
    /// by `when fi`, `when fi and fi+1` and `when not fi+1` rules across two capped subareas of a
    /// capped area, a set counted by `each` beside a flag in a capped subarea, and a weighted
    /// subarea with a ladder.
    static func instance(_ seed: UInt64) throws -> WhatIfFixture.Case {
        var random = Stream(state: seed)
        func award() -> String { ["1", "2", "3", "1.5", "0.5", "4"][random.next(6)] }
        var chain = ""
        for i in 0..<5 {
            let sub = i < 3 ? "1.1" : "1.2"
            chain += "  rule \(sub).a\(i) \"A\" when f\(i) award \(award())\n"
            chain += "  rule \(sub).b\(i) \"B\" when f\(i) and f\(i + 1) award \(award())\n"
            if random.next(2) == 0 { chain += "  rule \(sub).c\(i) \"C\" when not f\(i + 1) award \(award())\n" }
            if i == 2 { chain += "subarea 1.2 \"Kedja 2\" max \(4 + random.next(8))\n" }
        }
        let instrument = try Fixture.instrument(
            """
            instrument "Slump" version "1"
            ladder m: none < started < exists < followed_up < evaluated
            fact f0: flag "F0"
            fact f1: flag "F1"
            fact f2: flag "F2"
            fact f3: flag "F3"
            fact f4: flag "F4"
            fact f5: flag "F5"
            fact g: flag "G"
            fact s: set "S"
            fact lv: level m "L"
            area 1 "Kedjan" max \(8 + random.next(12))
            subarea 1.1 "Kedja 1" max \(4 + random.next(8))
            \(chain)area 2 "Resten" max \(6 + random.next(10))
            subarea 2.1 "Räknat" max \(3 + random.next(5))
              rule 2.1.a "S" each s award \(["1", "1.5", "2"][random.next(3)]) cap \(["3", "4.5", "6"][random.next(3)])
              rule 2.1.b "G" when g award \(award())
            subarea 2.2 "Vägt" max 7 weighted
              rule 2.2.a "G" weight 3 when g and f5
              rule 2.2.b "L" weight \(1 + random.next(6)) ladder lv { exists: 0.5, evaluated: 1 }
            """)
        let evidence = try Fixture.evidence(
            """
            finding f0 = no source document "d"
            finding s = {x} source document "d"
            finding lv = started source document "d"
            """, for: instrument)
        var plan = "plan \"Slump\"\n"
        var flags = ["f0", "f1", "f2", "f3", "f4", "f5", "g"]
        var actionCount = 0
        while !flags.isEmpty, actionCount < 6 {
            let flag = flags.remove(at: random.next(flags.count))
            plan += "  action a\(actionCount) cost \(1 + random.next(12))\n    set \(flag) = yes\n"
            actionCount += 1
        }
        plan += "  action l cost \(1 + random.next(12))\n    set lv = \(["exists", "evaluated"][random.next(2)])\n"
        for item in 0..<(2 + random.next(4)) {
            plan += "  action s\(item) cost \(1 + random.next(12))\n    add s {i\(item)\(item == 1 ? ", j" : "")}\n"
        }
        return WhatIfFixture.Case(instrument: instrument, evidence: evidence, plan: try WhatIfFixture.plan(plan, for: instrument))
    }

    @Test(arguments: (0..<16).map { UInt64(0xC0FF_EE00 + $0) })
    func randomPlansEqualBruteForce(seed: UInt64) throws {
        let fixture = try Self.instance(seed)
        let brute = try BruteForce(fixture)
        let search = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan)
        let all = try fixture.plan.cost(of: Array(fixture.plan.actions.indices))
        let most = Int(all.floor())
        for budget in stride(from: 0, through: most + 1, by: Swift.max(1, most / 9)).map(Int64.init) {
            let result = try search.run(.budget(q(budget)), method: .structured)
            let expected = try #require(brute.best(budget: q(budget)))
            #expect(result.method.hasPrefix("exact by dynamic programming along the structure: "), "\(result.method)")
            #expect(result.exact)
            #expect(result.chosen == brute.indices(expected), "seed \(seed), budget \(budget)")
            #expect(result.total == brute.totals[expected], "seed \(seed), budget \(budget)")
            #expect(result.cost == brute.costs[expected], "seed \(seed), budget \(budget)")
        }
        let low = brute.totals.min()!
        let high = brute.totals.max()!
        for step in 0...8 {
            let target = try low.adding(try high.subtracting(low).multiplied(by: q(Int64(step), 7)))
            let result = try search.run(.target(target), method: .structured)
            guard let expected = brute.cheapest(target: target) else {
                #expect(result.chosen == nil, "seed \(seed), target \(target)")
                #expect(result.bestReachable == high, "seed \(seed), target \(target)")
                continue
            }
            #expect(result.chosen == brute.indices(expected), "seed \(seed), target \(target)")
            #expect(result.cost == brute.costs[expected], "seed \(seed), target \(target)")
            #expect(result.total == brute.totals[expected], "seed \(seed), target \(target)")
        }
    }
}

/// The six plan-search cases of a planner's trial (Fixtures/plan-cases, see its README):
/// each answered exactly by `suggest`'s automatic method, checked against an oracle that does
/// not share the search's code.
@Suite struct PlanSearchCaseTests {
    static let folder = PackageRoot.path("Tests/RulesTests/Fixtures/plan-cases/")

    /// A case's instrument (its own, or the shipped one with Ale's evidence), evidence and plan.
    static func load(_ name: String) throws -> WhatIfFixture.Case {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let own = name.hasPrefix("slow-real") || name.hasPrefix("nodelimit-real") ? nil : folder + name + "/rules"
        guard let instrument = try workspace.loadInstrument(directory: own ?? RulesTestPaths.instrumentDirectory),
            let evidence = try workspace.loadEvidence(
                path: own == nil ? RulesTestPaths.aleEvidence : folder + name + "/evidence.kompass", instrument: instrument),
            let plan = try workspace.loadPlan(path: folder + name + "/plan.kompass", instrument: instrument),
            !workspace.diagnostics.hasErrors
        else { throw FixtureError(description: workspace.renderedDiagnostics(colour: false)) }
        return WhatIfFixture.Case(instrument: instrument, evidence: evidence, plan: plan)
    }

    static func search(_ fixture: WhatIfFixture.Case, budget: Int64) throws -> PlanSearchResult {
        try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan).run(.budget(q(budget)))
    }

    /// Oracle for Ale's 7.2 plans: every action but the first three adds one item of its own
    /// to `arbetsliv.villkor`, so for a choice of the first three and a number m of adds the
    /// total is the same whichever adds are taken, and the m cheapest (earliest first on equal
    /// costs) win every tie. Each of the 8 · (adds + 1) choices is re-scored with the plain evaluator.
    static func villkorOracle(_ fixture: WhatIfFixture.Case, budget: Rational) throws -> (total: Rational, cost: Rational, chosen: [Int]) {
        let plan = fixture.plan
        let adds = plan.actions.indices.dropFirst(3).sorted { (plan.actions[$0].cost!, $0) < (plan.actions[$1].cost!, $1) }
        #expect(adds.allSatisfy { plan.actions[$0].changes.allSatisfy(\.isAdd) })
        let evaluator = Evaluator(instrument: fixture.instrument)
        var best: (total: Rational, cost: Rational, chosen: [Int])?
        for others in 0..<8 {
            for m in 0...adds.count {
                let chosen = ((0..<3).filter { others & (1 << $0) != 0 } + adds.prefix(m)).sorted()
                let cost = try plan.cost(of: chosen)
                guard cost <= budget else { continue }
                let total = try evaluator.score(fixture.input.applying(plan.changes(of: chosen))).total
                if let b = best {
                    if total != b.total { if total < b.total { continue } }
                    else if cost != b.cost { if cost > b.cost { continue } }
                    else if chosen.count != b.chosen.count { if chosen.count > b.chosen.count { continue } }
                    else if !chosen.lexicographicallyPrecedes(b.chosen) { continue }
                }
                best = (total, cost, chosen)
            }
        }
        return best!
    }

    @Test(arguments: [("slow-real-adds-20", Int64(492)), ("nodelimit-real-adds-31", Int64(813))])
    func realAddsEqualTheCountOracle(name: String, budget: Int64) throws {
        let fixture = try Self.load(name)
        let result = try Self.search(fixture, budget: budget)
        let oracle = try Self.villkorOracle(fixture, budget: q(budget))
        #expect(result.exact)
        #expect(result.total == oracle.total)
        #expect(result.cost == oracle.cost)
        #expect(result.chosen == oracle.chosen)
        if name == "nodelimit-real-adds-31" {
            // The README's optimum.
            #expect(result.total.decimalString() == "501.687555")
            #expect(result.cost == q(138))
            #expect(result.chosen.map { $0.map { fixture.plan.actions[$0].id } } == ["kompetensforsorjning", "x_pb", "x_vm", "v15"])
        }
    }

    /// The points each action earns alone (every action sets one flag of one `when` rule of
    /// the one subarea, and each alone stays under its maximum).
    static func awards(_ fixture: WhatIfFixture.Case) throws -> [Int] {
        let evaluator = Evaluator(instrument: fixture.instrument)
        let base = try evaluator.score(fixture.input).total
        return try fixture.plan.actions.indices.map { index in
            let gain = try evaluator.score(fixture.input.applying(fixture.plan.changes(of: [index]))).total.subtracting(base)
            #expect(gain.isInteger && gain > .zero)
            return Int(gain.numerator)
        }
    }

    /// 22 actions in one capped subarea: every subset, its total min(50, sum of awards).
    @Test func oneUnit22EqualsEverySubset() throws {
        let fixture = try Self.load("slow-one-unit-22")
        let awards = try Self.awards(fixture)
        let costs = fixture.plan.actions.map { Int($0.cost!.numerator) }
        var best = (total: -1, cost: 0, count: 0, mask: 0)
        for mask in 0..<(1 << costs.count) {
            var cost = 0
            var sum = 0
            for k in costs.indices where mask & (1 << k) != 0 {
                cost += costs[k]
                sum += awards[k]
            }
            guard cost <= 400 else { continue }
            let candidate = (total: Swift.min(50, sum), cost: cost, count: mask.nonzeroBitCount, mask: mask)
            // Earlier in the plan: the lowest differing action is in the earlier set.
            let earlier = { (x: Int, y: Int) in (x ^ y) & x & -(x ^ y) != 0 }
            if (candidate.total, -candidate.cost, -candidate.count) > (best.total, -best.cost, -best.count)
                || ((candidate.total, candidate.cost, candidate.count) == (best.total, best.cost, best.count) && earlier(mask, best.mask))
            {
                best = candidate
            }
        }
        let result = try Self.search(fixture, budget: 400)
        #expect(result.exact)
        #expect(result.total == Rational(Int64(best.total)))
        #expect(result.cost == Rational(Int64(best.cost)))
        #expect(result.chosen == costs.indices.filter { best.mask & (1 << $0) != 0 })
    }

    /// 65 actions on one subarea of maximum 171: a knapsack over costs gives the largest sum
    /// of awards within the budget, one over sums the least cost (then count) reaching its capped value.
    @Test func crowded65EqualsTheKnapsackOracle() throws {
        let fixture = try Self.load("crowded-65")
        let awards = try Self.awards(fixture)
        let costs = fixture.plan.actions.map { Int($0.cost!.numerator) }
        let budget = 1388
        var most = [Int](repeating: 0, count: budget + 1)
        for k in costs.indices {
            for c in stride(from: budget, through: costs[k], by: -1) { most[c] = Swift.max(most[c], most[c - costs[k]] + awards[k]) }
        }
        let optimum = Swift.min(171, most[budget])
        let total = awards.reduce(0, +)
        var least = [(cost: Int, count: Int)?](repeating: nil, count: total + 1)
        least[0] = (0, 0)
        for k in costs.indices {
            for v in stride(from: total, through: awards[k], by: -1) {
                guard let from = least[v - awards[k]] else { continue }
                let next = (cost: from.cost + costs[k], count: from.count + 1)
                if least[v] == nil || (next.cost, next.count) < (least[v]!.cost, least[v]!.count) { least[v] = next }
            }
        }
        let reach = least[optimum...].compactMap { $0 }.min { ($0.cost, $0.count) < ($1.cost, $1.count) }!
        let result = try Self.search(fixture, budget: Int64(budget))
        #expect(result.exact)
        #expect(result.total == Rational(Int64(optimum)))
        #expect(result.cost == Rational(Int64(reach.cost)))
        #expect(result.chosen?.count == reach.count)
        #expect(result.total == q(144) && result.cost == q(1381))
    }

    /// The chain of 60: the README's optimum (a dynamic program along the chain, outside this
    /// project, found it), re-scored here with the plain evaluator.
    @Test func chain60ReachesTheOptimum() throws {
        let fixture = try Self.load("nodelimit-chain-60")
        let result = try Self.search(fixture, budget: 179)
        #expect(result.exact)
        #expect(result.total == q("130.5"))
        #expect(result.cost == q(179))
        let chosen = try #require(result.chosen)
        let rescored = try Evaluator(instrument: fixture.instrument).score(fixture.input.applying(fixture.plan.changes(of: chosen)))
        #expect(rescored.total == q("130.5"))
    }

    /// Weights summing to the primes 7…47: no longer refused; every subset agrees.
    @Test func primes12EqualsEverySubset() throws {
        let fixture = try Self.load("scale-primes-12")
        let brute = try BruteForce(fixture)
        for budget in [0, 5, 11, 20, 40, 78] {
            let result = try Self.search(fixture, budget: Int64(budget))
            let expected = try #require(brute.best(budget: q(Int64(budget))))
            #expect(result.exact)
            #expect(result.chosen == brute.indices(expected), "budget \(budget)")
            #expect(result.total == brute.totals[expected], "budget \(budget)")
        }
    }
}
