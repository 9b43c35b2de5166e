@testable import Analysis
import Engine
import Rules
import TestSupport
import Testing

/// Points whose common denominator needs more than 128 bits: 16 weighted subareas whose
/// weights sum to 16 different primes above 500 (their product has about 146 bits). Each
/// affordable plan (at most five actions) still scores in 64-bit rationals, so `whatif`
/// scores it and the search must answer exactly; the oracle re-scores every affordable subset.
@Suite struct PlanSearchBigScaleTests {
    typealias Stream = PlanSearchStructureTests.Stream

    static let primes: [Int64] = [521, 523, 541, 547, 557, 563, 569, 571, 577, 587, 593, 599, 601, 607, 613, 617]

    /// Action k sets `f<k>`, read by subarea 1.k (weighted, max 1–9): `when f<k>` with weight
    /// w and a rule on a flag no action sets with weight p − w.
    static func instance(_ seed: UInt64, areaMax: Int) throws -> (fixture: WhatIfFixture.Case, costs: [Int]) {
        var random = Stream(state: seed)
        var text = "instrument \"Primtal\" version \"1\"\nfact g: flag \"G\"\n"
        for k in primes.indices { text += "fact f\(k): flag \"F\(k)\"\n" }
        text += "area 1 \"Vägt\" max \(areaMax)\n"
        for (k, p) in primes.enumerated() {
            let w = 1 + Int64(random.next(Int(p) - 1))
            text += "subarea 1.\(k + 1) \"S\(k)\" max \(1 + random.next(9)) weighted\n"
            text += "  rule 1.\(k + 1).a \"A\" weight \(w) when f\(k)\n"
            text += "  rule 1.\(k + 1).b \"B\" weight \(p - w) when g\n"
        }
        let costs = primes.map { _ in 10 + random.next(3) }
        var plan = "plan \"Primtal\"\n"
        for (k, cost) in costs.enumerated() { plan += "  action a\(k) cost \(cost)\n    set f\(k) = yes\n" }
        // Every flag assessed, so that the score's bounds are its values (unassessed, each
        // subarea's upper bound would be a fraction of its own prime, and all of them too many to add).
        let evidence = (["g"] + primes.indices.map { "f\($0)" }).map { "finding \($0) = no source document \"d\"" }
        return (try WhatIfFixture.load(text, evidence.joined(separator: "\n"), plan), costs)
    }

    /// Every subset costing at most `limit` (so of at most five actions), re-scored.
    static func affordable(_ fixture: WhatIfFixture.Case, _ costs: [Int], limit: Int) throws -> [Int: Rational] {
        let evaluator = Evaluator(instrument: fixture.instrument)
        var totals: [Int: Rational] = [:]
        for mask in 0..<(1 << costs.count) where mask.nonzeroBitCount <= 5 {
            let members = costs.indices.filter { mask & (1 << $0) != 0 }
            guard members.reduce(0, { $0 + costs[$1] }) <= limit else { continue }
            totals[mask] = try evaluator.score(fixture.input.applying(fixture.plan.changes(of: members))).total
        }
        return totals
    }

    /// The subset the search must choose among `candidates`: the largest total, then the lower
    /// cost, fewer actions, the actions earliest in the plan.
    static func best(_ candidates: [(mask: Int, total: Rational)], _ costs: [Int], maximise: Bool) -> Int? {
        func cost(_ mask: Int) -> Int { costs.indices.filter { mask & (1 << $0) != 0 }.reduce(0) { $0 + costs[$1] } }
        func members(_ mask: Int) -> [Int] { costs.indices.filter { mask & (1 << $0) != 0 } }
        var best: (mask: Int, total: Rational)?
        for candidate in candidates {
            guard let current = best else {
                best = candidate
                continue
            }
            if maximise, candidate.total != current.total {
                if candidate.total > current.total { best = candidate }
                continue
            }
            let (x, y) = (candidate.mask, current.mask)
            if cost(x) != cost(y) {
                if cost(x) < cost(y) { best = candidate }
            } else if x.nonzeroBitCount != y.nonzeroBitCount {
                if x.nonzeroBitCount < y.nonzeroBitCount { best = candidate }
            } else if members(x).lexicographicallyPrecedes(members(y)) {
                best = candidate
            }
        }
        return best?.mask
    }

    @Test(arguments: [(UInt64(0x9A11), 1000), (UInt64(0x9A12), 1000), (UInt64(0x9A13), 12), (UInt64(0x9A14), 7)])
    func primeWeightsBeyond128BitsEqualEveryAffordableSubset(seed: UInt64, areaMax: Int) throws {
        let (fixture, costs) = try Self.instance(seed, areaMax: areaMax)
        let limit = 55
        let totals = try Self.affordable(fixture, costs, limit: limit)
        let search = try PlanSearch(instrument: fixture.instrument, base: fixture.input, plan: fixture.plan)
        func cost(_ mask: Int) -> Int { costs.indices.filter { mask & (1 << $0) != 0 }.reduce(0) { $0 + costs[$1] } }
        for budget in [0, 12, 25, 33, 47, 55] {
            let result = try search.run(.budget(q(Int64(budget))))
            let candidates = totals.filter { cost($0.key) <= budget }.map { (mask: $0.key, total: $0.value) }
            let expected = try #require(Self.best(candidates, costs, maximise: true))
            #expect(result.exact)
            #expect(result.chosen == costs.indices.filter { expected & (1 << $0) != 0 }, "seed \(seed), budget \(budget)")
            #expect(result.total == totals[expected], "seed \(seed), budget \(budget)")
            let bits = result.method.split(separator: "points on a common scale of ").last.flatMap { Int($0.prefix { $0.isNumber }) }
            #expect((bits ?? 0) > 128, "\(result.method)")
        }
        // Targets met by some affordable set: the cheapest reaching set costs at most 55, so
        // every set as cheap is among those re-scored.
        let reached = Set(totals.values).sorted()
        for target in [reached[reached.count / 4], reached[reached.count / 2], reached[reached.count * 3 / 4]] {
            let result = try search.run(.target(target))
            let candidates = totals.filter { $0.value >= target }.map { (mask: $0.key, total: $0.value) }
            let expected = try #require(Self.best(candidates, costs, maximise: false))
            #expect(result.chosen == costs.indices.filter { expected & (1 << $0) != 0 }, "seed \(seed), target \(target)")
            #expect(result.cost == q(Int64(cost(expected))), "seed \(seed), target \(target)")
        }
    }

    /// ``BigInteger`` against `Int128` where the results fit, and round trips beyond.
    @Test func bigIntegerAgreesWithInt128() {
        var random = Stream(state: 0xB16)
        func value() -> Int128 {
            let high = Int128(random.next(Int(Int32.max))) << 64
            let low = Int128(random.next(Int.max))
            return (high | low) * (random.next(2) == 0 ? 1 : -1)
        }
        for _ in 0..<500 {
            let (a, b) = (value(), value())
            let (x, y) = (BigInteger(a), BigInteger(b))
            #expect((x + y).int128 == a + b)
            #expect((x - y).int128 == a - b)
            #expect((x < y) == (a < b))
            #expect((x == y) == (a == b))
            let factor = Int64(random.next(1 << 30)) - (1 << 29)
            let product = x.multiplied(by: factor)
            let divisor = UInt64(1 + random.next(1 << 40))
            #expect(BigInteger(a / 3).multiplied(by: 3).int128 == a / 3 * 3)
            #expect(product.quotientAndRemainder(dividingBy: UInt64(factor.magnitude == 0 ? 1 : factor.magnitude)).quotient
                == (factor == 0 ? .zero : factor < 0 ? -x : x))
            #expect(x.quotientAndRemainder(dividingBy: divisor).quotient.int128 == a / Int128(divisor))
            #expect(x.quotientAndRemainder(dividingBy: divisor).remainder == a % Int128(divisor))
            #expect(x.description == String(a))
        }
        // 2^200 by powers of two, and its decimal digits.
        var power = BigInteger(Int64(1))
        for _ in 0..<25 { power = power.multiplied(by: 256) }
        #expect(power.bitWidth == 201)
        #expect(power.int128 == nil)
        #expect(power.description == "1606938044258990275541962092341162602522202993782792835301376")
        #expect((power - power.multiplied(by: 2)) == -power)
        #expect(power.ceilDivided(by: 3).multiplied(by: 3) - power == BigInteger(Int64(2)))
        #expect(BigInteger(Int128.min).int128 == Int128.min)
        #expect(BigInteger(Int128.max).int128 == Int128.max)
    }
}
