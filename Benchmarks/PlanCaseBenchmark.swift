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
        let clock = ContinuousClock()
        var times: [Double] = []
        var answer: Result<PlanSearchResult, PlanSearchError>?
        for _ in 0..<runs {
            let duration = clock.measure {
                answer = Result { () throws(PlanSearchError) in
                    try PlanSearch(instrument: instrument, base: input, plan: plan).run(.budget(Rational(planCase.budget)))
                }
            }
            let (seconds, attoseconds) = duration.components
            times.append(Double(seconds) + Double(attoseconds) / 1e18)
        }
        let median = times.sorted()[times.count / 2]
        let time = median >= 1 ? "\(Double(Int(median * 100)) / 100) s" : "\(Double(Int(median * 10_000)) / 10) ms"
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
