// The exact plan search (`suggest --plan --budget`): time for plans of 20, 25 and 30
// actions that interact through subarea and area caps, `and` conditions, facts read in
// two subareas and set facts several actions add to. Instruments, evidence and plans are
// generated from a fixed seed, so every run searches the same problems.

import Engine
import Rules

/// Runs the plan-search benchmark and returns its report (a few lines per plan size).
func runPlanSearchBenchmark(quick: Bool) -> String {
    var out = "plan search (suggest --plan --budget, exact branch and bound; median of \(quick ? 1 : 3) runs):\n"
    out += "  actions  subareas  rules  tables built  budget search  nodes       target search  nodes       answer\n"
    for size in [20, 25, 30] {
        let problem = PlanBenchProblem(actions: size, seed: 0x5EED_0000 + UInt64(size))
        guard let loaded = problem.load() else {
            out += "  \(size): the generated problem does not load\n"
            continue
        }
        let clock = ContinuousClock()
        let runs = quick ? 1 : 3
        var buildTimes: [Double] = []
        var budgetTimes: [Double] = []
        var targetTimes: [Double] = []
        var budgetResult: PlanSearchResult?
        var targetResult: PlanSearchResult?
        for _ in 0..<runs {
            var search: PlanSearch?
            buildTimes.append(planBenchSeconds(clock.measure {
                search = try? PlanSearch(instrument: loaded.instrument, base: loaded.input, plan: loaded.plan)
            }))
            guard let search else { break }
            budgetTimes.append(planBenchSeconds(clock.measure { budgetResult = try? search.run(.budget(loaded.budget)) }))
            targetTimes.append(planBenchSeconds(clock.measure { targetResult = try? search.run(.target(loaded.target)) }))
        }
        guard let budget = budgetResult, let target = targetResult else {
            out += "  \(size): the search failed\n"
            continue
        }
        var line = "  " + planBenchPad("\(size)", 7) + planBenchPad("\(loaded.instrument.subareas.count)", 10)
        line += planBenchPad("\(loaded.instrument.rules.count)", 7)
        line += planBenchPad(planBenchTime(planBenchMedian(buildTimes)), 14)
        line += planBenchPad(planBenchTime(planBenchMedian(budgetTimes)), 15) + planBenchPad("\(budget.nodes)", 12)
        line += planBenchPad(planBenchTime(planBenchMedian(targetTimes)), 15) + planBenchPad("\(target.nodes)", 12)
        line += "budget \(loaded.budget.decimalString()): +\(budget.gain.decimalString(maxFractionDigits: 2)) with "
        line += "\(budget.chosen?.count ?? 0) actions\(budget.exact ? ", exact" : ", NOT exact")"
        line += "; target \(loaded.target.decimalString(maxFractionDigits: 2)): cost \(target.cost.decimalString())"
        line += target.exact ? ", exact" : ", NOT exact"
        out += line + "\n"
    }
    out += "  (budget: half the plan's total cost; target: the base total plus 60% of what every action together adds;\n"
    out += "   'tables built' scores each touched subarea for every combination of its actions; both answers are\n"
    out += "   re-scored with the plain evaluator inside the timed search)\n"
    return out
}

private func planBenchSeconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) + Double(attoseconds) / 1e18
}

private func planBenchMedian(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

private func planBenchTime(_ seconds: Double) -> String {
    seconds >= 1 ? "\(Double(Int(seconds * 100)) / 100) s" : "\(Double(Int(seconds * 10_000)) / 10) ms"
}

private func planBenchPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

/// A generated instrument, evidence and plan whose actions interact.
struct PlanBenchProblem {
    let actions: Int
    let seed: UInt64

    struct Loaded {
        var instrument: Instrument
        var input: EvaluationInput
        var plan: Plan
        var budget: Rational
        var target: Rational
    }

    /// SplitMix64, for a fixed, portable stream.
    struct Stream {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    }

    /// The texts: instrument, evidence body, plan.
    func texts() -> (instrument: String, evidence: String, plan: String) {
        var random = Stream(state: seed)
        let subareas = Swift.max(4, actions / 3)
        let areas = 3
        var facts = ""
        var evidence = ""
        for i in 0..<actions {
            facts += "fact f\(i): flag \"F\(i)\"\n"
            evidence += "finding f\(i) = no\n"
        }
        for s in 0..<subareas {
            facts += "fact s\(s): set \"S\(s)\"\n"
            evidence += "finding s\(s) = none\n"
        }
        // Each action's own subarea; its flag is also read in the next subarea for a third of them.
        var members = [[Int]](repeating: [], count: subareas)
        for i in 0..<actions { members[i % subareas].append(i) }
        var body = ""
        var areaMaxima = [Int](repeating: 0, count: areas)
        var subareaBlocks = [[String]](repeating: [], count: areas)
        for s in 0..<subareas {
            let weighted = s % 4 == 3
            let area = s % areas
            var rules = ""
            var sum = 0
            var r = 0
            func rule(_ clause: String, _ award: Int, weight: Int) {
                let id = "x\(area).\(s).r\(r)"
                r += 1
                rules += weighted
                    ? "  rule \(id) \"R\" weight \(weight) \(clause) award 1\n"
                    : "  rule \(id) \"R\" \(clause) award \(award)\n"
                sum += award
            }
            for i in members[s] { rule("when f\(i)", random.int(1...6), weight: random.int(1...3)) }
            // 'and' conditions between pairs of this subarea's actions.
            for (a, b) in zip(members[s], members[s].dropFirst()) where random.int(0...2) > 0 {
                rule("when f\(a) and f\(b)", random.int(2...7), weight: random.int(1...3))
            }
            // Flags of the previous subarea's actions read here too.
            for i in members[(s + subareas - 1) % subareas] where random.int(0...2) == 0 {
                rule("when f\(i)", random.int(1...4), weight: random.int(1...2))
            }
            if !weighted {
                rules += "  rule x\(area).\(s).r\(r) \"R\" each s\(s) award 2 cap 6\n"
                sum += 6
            }
            let maximum = weighted ? 10 : Swift.max(3, sum * 65 / 100)
            areaMaxima[area] += maximum
            subareaBlocks[area].append("subarea x\(area).\(s) \"S\(s)\" max \(maximum)\(weighted ? " weighted" : "")\n" + rules)
        }
        for area in 0..<areas {
            body += "area x\(area) \"A\(area)\" max \(Swift.max(1, areaMaxima[area] * 80 / 100))\n"
            body += subareaBlocks[area].joined()
        }
        var plan = "plan \"Bänk\"\n"
        for i in 0..<actions {
            plan += "  action a\(i) cost \(random.int(1...20))\n    set f\(i) = yes\n"
            if random.int(0...2) == 0 { plan += "    add s\(i % subareas) {i\(i), j\(i)}\n" }
        }
        return ("instrument \"Bänk\" version \"1\"\n" + facts + body, evidence, plan)
    }

    /// Parses and checks the generated texts.
    func load() -> Loaded? {
        let (instrumentText, evidenceBody, planText) = texts()
        let words = BuiltinKinds.registry.clauseWords
        let syntax = Parser.parse(SourceText(path: "bench.kompass", text: instrumentText), kindWords: words).file
        guard let instrument = InstrumentChecker.check([syntax], registry: BuiltinKinds.registry, sha256: "bench").instrument
        else { return nil }
        let header = "evidence \"Bänk\" year 2021 instrument \"Bänk\" version \"1\"\n  evaluator \"E\"\n"
        let evidenceSyntax = Parser.parse(SourceText(path: "e.kompass", text: header + evidenceBody), kindWords: words).file
        let planSyntax = Parser.parse(SourceText(path: "p.kompass", text: planText), kindWords: words).file
        guard let evidence = EvidenceChecker.check(evidenceSyntax, sha256: "bench", instrument: instrument).evidence,
            let plan = PlanChecker.check(planSyntax, sha256: "bench", instrument: instrument).plan
        else { return nil }
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        let evaluator = Evaluator(instrument: instrument)
        guard let base = try? evaluator.score(input),
            let all = try? evaluator.score(input.applying(plan.changes(of: Array(plan.actions.indices)))),
            let cost = try? plan.cost(of: Array(plan.actions.indices)),
            let half = try? cost.divided(by: Rational(2)),
            let gain = try? all.total.subtracting(base.total),
            let share = try? gain.multiplied(by: Rational(numerator: 3, denominator: 5)!),
            let target = try? base.total.adding(share)
        else { return nil }
        return Loaded(instrument: instrument, input: input, plan: plan, budget: Rational(half.floor()), target: target)
    }
}
