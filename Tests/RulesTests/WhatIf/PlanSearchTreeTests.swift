@testable import Analysis
import Engine
import Rules
import TestSupport
import Testing

/// The structured search over a tree decomposition of the interaction graph, against oracles
/// that share none of its code: every subset re-scored with the plain evaluator, a knapsack
/// over the tree written here, and a formula over every mask.
@Suite struct PlanSearchTreeTests {
    typealias Stream = PlanSearchStructureTests.Stream

    /// A random tree of flags (action i sets `f<i>`; flag i > 0 hangs below `parent[i]` < i):
    /// for each edge a capped subarea with `when f<i>` and `when f<parent> and f<i>`, a
    /// subarea for `f0` alone, all in one area whose maximum cuts.
    struct TreeCase {
        var parent: [Int]
        var own: [Int]
        var joint: [Int]
        var caps: [Int]
        var rootAward: Int
        var costs: [Int]
        var areaMax: Int
        var fixture: WhatIfFixture.Case

        /// The edge subarea of `i` (> 0) for its parent's flag and its own.
        func edge(_ i: Int, _ up: Bool, _ down: Bool) -> Int {
            guard down else { return 0 }
            return Swift.min(caps[i], own[i] + (up ? joint[i] : 0))
        }
    }

    static func tree(_ seed: UInt64, size: Int) throws -> TreeCase {
        var random = Stream(state: seed)
        var parent = [0]
        var own = [0]
        var joint = [0]
        var caps = [0]
        for i in 1..<size {
            parent.append(random.next(i))
            own.append(1 + random.next(4))
            joint.append(1 + random.next(6))
            caps.append(2 + random.next(6))
        }
        let rootAward = 1 + random.next(5)
        let costs = (0..<size).map { _ in 1 + random.next(9) }
        let reach = (1..<size).reduce(rootAward) { $0 + Swift.min(caps[$1], own[$1] + joint[$1]) }
        let areaMax = reach * (5 + random.next(4)) / 10
        var text = "instrument \"Träd\" version \"1\"\n"
        for i in 0..<size { text += "fact f\(i): flag \"F\(i)\"\n" }
        text += "area 1 \"Trädet\" max \(areaMax)\nsubarea 1.0 \"Roten\" max \(rootAward)\n"
        text += "  rule 1.0.a \"Rot\" when f0 award \(rootAward)\n"
        for i in 1..<size {
            text += "subarea 1.\(i) \"Kant \(i)\" max \(caps[i])\n"
            text += "  rule 1.\(i).a \"Egen\" when f\(i) award \(own[i])\n"
            text += "  rule 1.\(i).b \"Båda\" when f\(parent[i]) and f\(i) award \(joint[i])\n"
        }
        let instrument = try Fixture.instrument(text)
        let evidence = try Fixture.evidence("finding f0 = no source document \"d\"", for: instrument)
        var plan = "plan \"Träd\"\n"
        for i in 0..<size { plan += "  action a\(i) cost \(costs[i])\n    set f\(i) = yes\n" }
        let fixture = WhatIfFixture.Case(instrument: instrument, evidence: evidence, plan: try WhatIfFixture.plan(plan, for: instrument))
        return TreeCase(
            parent: parent, own: own, joint: joint, caps: caps, rootAward: rootAward, costs: costs, areaMax: areaMax,
            fixture: fixture)
    }

    /// Small random trees: every budget and target against every subset, tie rules included;
    /// the decomposition of a tree has width 1.
    @Test(arguments: (0..<10).map { UInt64(0x7EE0_0000 + $0) })
    func smallTreesEqualBruteForce(seed: UInt64) throws {
        let tree = try Self.tree(seed, size: 11)
        let fixture = tree.fixture
        let brute = try BruteForce(fixture)
        let search = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan)
        let most = tree.costs.reduce(0, +)
        for budget in stride(from: 0, through: most + 1, by: Swift.max(1, most / 8)).map(Int64.init) {
            let result = try search.run(.budget(q(budget)), method: .structured)
            let expected = try #require(brute.best(budget: q(budget)))
            #expect(result.method.contains("a tree decomposition of the interaction graph of width 1"), "\(result.method)")
            #expect(result.exact)
            #expect(result.chosen == brute.indices(expected), "seed \(seed), budget \(budget)")
            #expect(result.total == brute.totals[expected], "seed \(seed), budget \(budget)")
            #expect(result.cost == brute.costs[expected], "seed \(seed), budget \(budget)")
        }
        let high = brute.totals.max()!
        for step in 0...6 {
            let target = try high.multiplied(by: q(Int64(step), 5))
            let result = try search.run(.target(target), method: .structured)
            guard let expected = brute.cheapest(target: target) else {
                #expect(result.chosen == nil, "seed \(seed), target \(target)")
                #expect(result.bestReachable == high, "seed \(seed), target \(target)")
                continue
            }
            #expect(result.chosen == brute.indices(expected), "seed \(seed), target \(target)")
            #expect(result.cost == brute.costs[expected], "seed \(seed), target \(target)")
        }
    }

    /// The oracle for a larger tree: a knapsack over the tree, by exact cost, of the most the
    /// subareas add up to before the area's maximum (which cuts a sum monotonically, so the
    /// optimum is the capped best within the budget, and its cost the least reaching it).
    static func treeKnapsack(_ tree: TreeCase, budget: Int) -> (total: Int, cost: Int) {
        let size = tree.parent.count
        let most = tree.costs.reduce(0, +)
        var table = [[[Int?]]](repeating: [], count: size)
        for v in stride(from: size - 1, through: 0, by: -1) {
            var mine = [[Int?]](repeating: [Int?](repeating: nil, count: most + 1), count: 2)
            mine[0][0] = 0
            mine[1][tree.costs[v]] = v == 0 ? tree.rootAward : 0
            for u in (v + 1)..<Swift.max(v + 1, size) where tree.parent[u] == v {
                var joined = [[Int?]](repeating: [Int?](repeating: nil, count: most + 1), count: 2)
                for x in 0...1 {
                    for c in 0...most {
                        guard let here = mine[x][c] else { continue }
                        for y in 0...1 {
                            for d in 0...(most - c) {
                                guard let below = table[u][y][d] else { continue }
                                let value = here + below + tree.edge(u, x == 1, y == 1)
                                if joined[x][c + d] == nil || joined[x][c + d]! < value { joined[x][c + d] = value }
                            }
                        }
                    }
                }
                mine = joined
            }
            table[v] = mine
        }
        var best = [Int](repeating: -1, count: most + 1)
        for c in 0...most { best[c] = Swift.max(table[0][0][c] ?? -1, table[0][1][c] ?? -1) }
        let optimum = Swift.min(tree.areaMax, (0...Swift.min(budget, most)).map { best[$0] }.max()!)
        let cost = (0...most).first { best[$0] >= optimum }!
        return (optimum, cost)
    }

    /// Trees of 26 actions (no enumeration of subsets could check them): the tree knapsack.
    @Test(arguments: (0..<6).map { UInt64(0x7EE1_0000 + $0) })
    func largerTreesEqualTheTreeKnapsack(seed: UInt64) throws {
        let tree = try Self.tree(seed, size: 26)
        let fixture = tree.fixture
        let search = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan)
        let most = tree.costs.reduce(0, +)
        for budget in [most / 6, most / 3, most / 2, most] {
            let result = try search.run(.budget(q(Int64(budget))))
            let oracle = Self.treeKnapsack(tree, budget: budget)
            #expect(result.exact)
            #expect(result.method.hasPrefix("exact by dynamic programming along the structure: 26 actions"), "\(result.method)")
            #expect(result.method.contains("of width 1"), "\(result.method)")
            #expect(result.total == q(Int64(oracle.total)), "seed \(seed), budget \(budget)")
            #expect(result.cost == q(Int64(oracle.cost)), "seed \(seed), budget \(budget)")
        }
    }

    /// One rule reads 14 flags at once: the decomposition would be 13 wide, beyond the limit,
    /// so branch and bound answers and says why; every mask checks it (min(max, awards + 20 for all)).
    @Test func wideRuleFallsBackToBranchAndBound() throws {
        var random = Stream(state: 0xB1DE)
        let count = 14
        let awards = (0..<count).map { _ in 1 + random.next(5) }
        let costs = (0..<count).map { _ in 1 + random.next(9) }
        var text = "instrument \"Bred\" version \"1\"\n"
        for i in 0..<count { text += "fact f\(i): flag \"F\(i)\"\n" }
        text += "area 1 \"Allt\" max 100\nsubarea 1.1 \"Bred\" max 40\n"
        for i in 0..<count { text += "  rule 1.1.a\(i) \"En\" when f\(i) award \(awards[i])\n" }
        text += "  rule 1.1.b \"Alla\" when " + (0..<count).map { "f\($0)" }.joined(separator: " and ") + " award 20\n"
        var planText = "plan \"Bred\"\n"
        for i in 0..<count { planText += "  action a\(i) cost \(costs[i])\n    set f\(i) = yes\n" }
        let fixture = try WhatIfFixture.load(text, "finding f0 = no source document \"d\"", planText)
        let search = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan)
        let budget = costs.reduce(0, +) * 2 / 3
        let result = try search.run(.budget(q(Int64(budget))), method: .structured)
        #expect(result.method.hasPrefix("branch and bound over 14 actions"), "\(result.method)")
        #expect(result.method.contains("the structured search gave way: "), "\(result.method)")
        #expect(result.method.contains("width at most 12"), "\(result.method)")
        var best = (total: -1, cost: 0, count: 0, mask: 0)
        for mask in 0..<(1 << count) {
            var cost = 0
            var sum = mask == (1 << count) - 1 ? 20 : 0
            for k in 0..<count where mask & (1 << k) != 0 {
                cost += costs[k]
                sum += awards[k]
            }
            guard cost <= budget else { continue }
            let candidate = (total: Swift.min(40, sum), cost: cost, count: mask.nonzeroBitCount, mask: mask)
            let earlier = (candidate.mask ^ best.mask) & candidate.mask & -(candidate.mask ^ best.mask) != 0
            if (candidate.total, -candidate.cost, -candidate.count) > (best.total, -best.cost, -best.count)
                || ((candidate.total, candidate.cost, candidate.count) == (best.total, best.cost, best.count) && earlier)
            {
                best = candidate
            }
        }
        #expect(result.exact)
        #expect(result.total == q(Int64(best.total)))
        #expect(result.cost == q(Int64(best.cost)))
        #expect(result.chosen == (0..<count).filter { best.mask & (1 << $0) != 0 })
    }
}
