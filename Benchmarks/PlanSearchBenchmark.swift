// The exact plan search (`suggest --plan --budget` and `--target`): time for plans of 20,
// 25 and 30 actions of two generated families, "mixed" (actions interact through subarea
// and area caps, `and` conditions, facts read in two subareas and sets several actions add
// to) and "correlated" (one area whose cap cuts, costs about ten times the gains: a hard
// knapsack for bounds). Every problem comes from a fixed seed, so each run searches the same.

import Analysis
import Engine
import Rules

/// Runs the plan-search benchmark and returns its report: per family and size the time to
/// build the tables and to answer a budget and a target, as `suggest` runs them and by
/// branch and bound alone.
func runPlanSearchBenchmark(quick: Bool) -> String {
    let runs = quick ? 1 : 3
    var out = "plan search (suggest --plan --budget / --target; exact; median of \(runs) run\(runs == 1 ? "" : "s")):\n"
    out += "  actions  rules  tables    budget: as used  by B&B alone (nodes)    target: as used  by B&B alone (nodes)\n"
    var notes = ""
    for kind in [PlanBenchProblem.Kind.mixed, .correlated] {
        out += "  \(kind):\n"
        for size in [20, 25, 30] {
            let problem = PlanBenchProblem(kind: kind, actions: size, seed: 0x5EED_0000 + UInt64(size))
            let (line, note) = planBenchMeasure(problem, runs: runs)
            out += line
            notes += note
        }
    }
    out += notes
    out += "  (budget: half the plan's cost; target: the base total plus 60% of what all actions add; 'tables' scores\n"
    out += "   each touched subarea or rule for every combination of its actions; 'as used' is what suggest runs;\n"
    out += "   every answer is re-scored with the plain evaluator inside the timed search)\n"
    return out + runPlanCaseBenchmark(quick: quick) + runPlanShapeBenchmark(quick: quick)
}

/// One row of the report and its note, for one generated problem.
private func planBenchMeasure(_ problem: PlanBenchProblem, runs: Int) -> (String, String) {
    let size = problem.actions
    guard let loaded = problem.load() else { return ("  \(size): the generated problem does not load\n", "") }
    let clock = ContinuousClock()
    var times = [[Double]](repeating: [], count: 5)
    var results: [PlanSearchResult?] = [nil, nil, nil, nil]
    for _ in 0..<runs {
        var search: PlanSearch?
        times[0].append(planBenchSeconds(clock.measure {
            search = try? PlanSearch(instrument: loaded.instrument, base: loaded.input, plan: loaded.plan)
        }))
        guard let search else { break }
        let jobs: [(PlanGoal, PlanSearchMethod)] = [
            (.budget(loaded.budget), .automatic), (.budget(loaded.budget), .branchAndBound),
            (.target(loaded.target), .automatic), (.target(loaded.target), .branchAndBound),
        ]
        for (j, job) in jobs.enumerated() {
            times[j + 1].append(planBenchSeconds(clock.measure { results[j] = try? search.run(job.0, method: job.1) }))
        }
    }
    guard let budget = results[0], let budgetBB = results[1], let target = results[2], let targetBB = results[3] else {
        return ("  \(size): the search failed\n", "")
    }
    var line = "  " + planBenchPad("\(size)", 7) + planBenchPad("\(loaded.instrument.rules.count)", 7)
    line += planBenchPad(planBenchTime(planBenchMedian(times[0])), 10)
    line += planBenchPad(planBenchTime(planBenchMedian(times[1])), 17)
    line += planBenchPad(planBenchTime(planBenchMedian(times[2])) + " (\(budgetBB.nodes))", 24)
    line += planBenchPad(planBenchTime(planBenchMedian(times[3])), 17)
    line += planBenchTime(planBenchMedian(times[4])) + " (\(targetBB.nodes))\n"
    let agree = budget.chosen == budgetBB.chosen && target.chosen == targetBB.chosen
    let exact = budget.exact && target.exact && budgetBB.exact && targetBB.exact
    var note = "  \(problem.kind), \(size) actions: budget \(loaded.budget.decimalString()) gives "
    note += "+\(budget.gain.decimalString(maxFractionDigits: 2)) with \(budget.chosen?.count ?? 0) actions, "
    note += "cost \(budget.cost.decimalString()); target \(loaded.target.decimalString(maxFractionDigits: 2)) costs "
    note += "\(target.cost.decimalString()); \(exact ? "all exact" : "NOT ALL EXACT")"
    note += agree ? ", both methods choose the same sets\n" : ", THE METHODS DISAGREE\n"
    note += "    as used: \(budget.method)\n"
    return (line, note)
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
    /// The shape of a generated problem.
    enum Kind: CustomStringConvertible {
        /// Interactions of every sort.
        case mixed
        /// A strongly correlated knapsack under one area cap.
        case correlated

        var description: String { self == .mixed ? "mixed" : "correlated" }
    }

    let kind: Kind
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
        kind == .mixed ? mixed() : correlated()
    }

    /// Gains of 1 to 10, costs ten times the gain plus 0 to 2, three actions per subarea,
    /// one area whose maximum is 70% of all gains.
    func correlated() -> (instrument: String, evidence: String, plan: String) {
        var random = Stream(state: seed)
        var facts = ""
        var evidence = ""
        var subareas = ""
        var plan = "plan \"Bänk\"\n"
        var sum = 0
        for s in 0..<((actions + 2) / 3) {
            subareas += "subarea x.\(s) \"S\(s)\" max 100\n"
            for j in 0..<3 where 3 * s + j < actions {
                let k = 3 * s + j
                let gain = random.int(1...10)
                sum += gain
                facts += "fact f\(k): flag \"F\(k)\"\n"
                evidence += "finding f\(k) = no\n"
                subareas += "  rule x.\(s).r\(j) \"R\" when f\(k) award \(gain)\n"
                plan += "  action a\(k) cost \(10 * gain + random.int(0...2))\n    set f\(k) = yes\n"
            }
        }
        let instrument = "instrument \"Bänk\" version \"1\"\n" + facts + "area x \"A\" max \(sum * 7 / 10)\n" + subareas
        return (instrument, evidence, plan)
    }

    /// Interactions of every sort (see ``Kind/mixed``).
    func mixed() -> (instrument: String, evidence: String, plan: String) {
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
