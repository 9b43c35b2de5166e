// The plan-search cases a planner's trial found (Tests/RulesTests/Fixtures/plan-cases, see its
// README): each searched as `suggest --plan --budget` runs it, timed from loading the tables to
// the re-scored answer.

import Analysis
import Engine
import Rules

/// One case: its folder, its instrument (nil: the shipped one), its evidence and the budget.
private struct PlanCase {
    var name: String
    var rules: String?
    var evidence: String
    var budget: Int64
}

private let planCases = [
    PlanCase(name: "slow-real-adds-20", rules: nil, evidence: "Examples/ale-2020/evidence.kompass", budget: 492),
    PlanCase(name: "slow-one-unit-22", rules: "rules", evidence: "evidence.kompass", budget: 400),
    PlanCase(name: "nodelimit-chain-60", rules: "rules", evidence: "evidence.kompass", budget: 179),
    PlanCase(name: "crowded-65", rules: "rules", evidence: "evidence.kompass", budget: 1388),
    PlanCase(name: "scale-primes-12", rules: "rules", evidence: "evidence.kompass", budget: 20),
    PlanCase(name: "nodelimit-real-adds-31", rules: nil, evidence: "Examples/ale-2020/evidence.kompass", budget: 813),
]

/// Runs the six cases and returns the report: time, answer and method of each.
func runPlanCaseBenchmark(quick: Bool) -> String {
    let runs = quick ? 1 : 3
    let root = String(#filePath.dropLast("Benchmarks/PlanCaseBenchmark.swift".count))
    var out = "plan-search cases (Tests/RulesTests/Fixtures/plan-cases; suggest --budget; median of \(runs) run\(runs == 1 ? "" : "s")):\n"
    for planCase in planCases {
        let folder = root + "Tests/RulesTests/Fixtures/plan-cases/" + planCase.name + "/"
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let rules = planCase.rules.map { folder + $0 } ?? root + "Rules/kommunkompassen-2019"
        let evidencePath = planCase.rules == nil ? root + planCase.evidence : folder + planCase.evidence
        guard let instrument = try? workspace.loadInstrument(directory: rules),
            let evidence = try? workspace.loadEvidence(path: evidencePath, instrument: instrument),
            let plan = try? workspace.loadPlan(path: folder + "plan.kompass", instrument: instrument)
        else {
            out += "  \(planCase.name): does not load\n"
            continue
        }
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        let (time, answer) = timedSearch(instrument, input, plan, budget: planCase.budget, runs: runs)
        out += "  \(planCase.name) (\(plan.actions.count) actions, budget \(planCase.budget)): \(time)"
        switch answer {
        case .success(let result)?:
            let ids = (result.chosen ?? []).map { plan.actions[$0].id }.joined(separator: ", ")
            out += ", total \(result.total.decimalString()) at cost \(result.cost.decimalString()), "
            out += "\(result.exact ? "optimal" : "NOT PROVEN OPTIMAL") (\(ids))\n    \(result.method)\n"
        case .failure(let error)?: out += ": refused: \(error.description)\n"
        case nil: out += "\n"
        }
    }
    return out
}

/// Generated shapes the cases do not cover: trees of interacting subareas (action i sets
/// flag i, read with its parent's flag by a capped subarea of one capped area) and weights
/// summing to 16 primes above 500 (a common scale of about 146 bits, beyond `Int128`).
func runPlanShapeBenchmark(quick: Bool) -> String {
    let runs = quick ? 1 : 3
    var out = "plan-search shapes (generated; suggest --budget; median of \(runs) run\(runs == 1 ? "" : "s")):\n"
    var shapes: [(name: String, instrument: String, plan: String, budget: Int64)] = []
    for size in [60, 200] {
        var random = PlanBenchProblem.Stream(state: 0x7EE5_0000 + UInt64(size))
        var text = "instrument \"Bänk\" version \"1\"\n"
        for i in 0..<size { text += "fact f\(i): flag \"F\(i)\"\n" }
        text += "area 1 \"Trädet\" max \(size * 3)\nsubarea 1.0 \"Roten\" max 3\n  rule 1.0.a \"Rot\" when f0 award 3\n"
        var plan = "plan \"Bänk\"\n  action a0 cost \(random.int(1...9))\n    set f0 = yes\n"
        var cost = 0
        for i in 1..<size {
            text += "subarea 1.\(i) \"Kant\" max \(random.int(2...7))\n"
            text += "  rule 1.\(i).a \"Egen\" when f\(i) award \(random.int(1...4))\n"
            text += "  rule 1.\(i).b \"Båda\" when f\(random.int(0...(i - 1))) and f\(i) award \(random.int(1...6))\n"
            let price = random.int(1...9)
            cost += price
            plan += "  action a\(i) cost \(price)\n    set f\(i) = yes\n"
        }
        shapes.append(("tree-\(size)", text, plan, Int64(cost / 2)))
    }
    let primes = [521, 523, 541, 547, 557, 563, 569, 571, 577, 587, 593, 599, 601, 607, 613, 617]
    var random = PlanBenchProblem.Stream(state: 0x9A11)
    var text = "instrument \"Bänk\" version \"1\"\nfact g: flag \"G\"\n"
    for k in primes.indices { text += "fact f\(k): flag \"F\(k)\"\n" }
    text += "area 1 \"Vägt\" max 12\n"
    var plan = "plan \"Bänk\"\n"
    for (k, p) in primes.enumerated() {
        let w = random.int(1...(p - 1))
        text += "subarea 1.\(k + 1) \"S\" max \(random.int(1...9)) weighted\n"
        text += "  rule 1.\(k + 1).a \"A\" weight \(w) when f\(k)\n  rule 1.\(k + 1).b \"B\" weight \(p - w) when g\n"
        plan += "  action a\(k) cost \(random.int(10...12))\n    set f\(k) = yes\n"
    }
    shapes.append(("primes-16", text, plan, 55))
    let assessed = (["g"] + primes.indices.map { "f\($0)" }).map { "finding \($0) = no\n" }.joined()
    let words = BuiltinKinds.registry.clauseWords
    for shape in shapes {
        let syntax = Parser.parse(SourceText(path: "bench.kompass", text: shape.instrument), kindWords: words).file
        let evidenceText = "evidence \"Bänk\" year 2021 instrument \"Bänk\" version \"1\"\n  evaluator \"E\"\n"
            + (shape.name.hasPrefix("primes") ? assessed : "")
        guard let instrument = InstrumentChecker.check([syntax], registry: BuiltinKinds.registry, sha256: "b").instrument,
            let evidence = EvidenceChecker.check(
                Parser.parse(SourceText(path: "e.kompass", text: evidenceText), kindWords: words).file, sha256: "b",
                instrument: instrument
            ).evidence,
            let plan = PlanChecker.check(
                Parser.parse(SourceText(path: "p.kompass", text: shape.plan), kindWords: words).file, sha256: "b",
                instrument: instrument
            ).plan
        else {
            out += "  \(shape.name): does not load\n"
            continue
        }
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        let (time, answer) = timedSearch(instrument, input, plan, budget: shape.budget, runs: runs)
        out += "  \(shape.name) (\(plan.actions.count) actions, budget \(shape.budget)): \(time)"
        switch answer {
        case .success(let result)?:
            out += ", total \(result.total.decimalString()) at cost \(result.cost.decimalString()), "
            out += "\(result.exact ? "optimal" : "NOT PROVEN OPTIMAL")\n    \(result.method)\n"
        case .failure(let error)?: out += ": refused: \(error.description)\n"
        case nil: out += "\n"
        }
    }
    return out
}

/// The median wall time of `runs` budget searches, as people write it, and the last answer.
func timedSearch(
    _ instrument: Instrument, _ input: EvaluationInput, _ plan: Plan, budget: Int64, runs: Int
) -> (time: String, answer: Result<PlanSearchResult, PlanSearchError>?) {
    let clock = ContinuousClock()
    var times: [Double] = []
    var answer: Result<PlanSearchResult, PlanSearchError>?
    for _ in 0..<runs {
        let duration = clock.measure {
            answer = Result { () throws(PlanSearchError) in
                try PlanSearch(instrument: instrument, base: input, plan: plan).run(.budget(Rational(budget)))
            }
        }
        let (seconds, attoseconds) = duration.components
        times.append(Double(seconds) + Double(attoseconds) / 1e18)
    }
    let median = times.sorted()[times.count / 2]
    let time = median >= 1 ? "\(Double(Int(median * 100)) / 100) s" : "\(Double(Int(median * 10_000)) / 10) ms"
    return (time, answer)
}
