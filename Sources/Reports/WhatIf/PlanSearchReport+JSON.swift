import Analysis
import Engine

extension PlanSearchReport {
    /// The answer as JSON: the goal, the answer with its method and exactness, and the comparison.
    public func json() -> JSONValue {
        let plan = comparison.plan!
        var pairs = WhatIfJSON.header(instrument: comparison.instrument, evidence: comparison.evidence, plan: plan)
        switch result.goal {
        case .budget(let budget): pairs.append(("goal", .object(pairs: [("kind", .string("budget")), ("budget", budget.json)])))
        case .target(let target): pairs.append(("goal", .object(pairs: [("kind", .string("target")), ("target", target.json)])))
        }
        let ids: (([Int]) -> JSONValue) = { list in .array(list.map { .string(plan.actions[$0].id) }) }
        pairs.append(("answer", .object(pairs: [
            ("found", .bool(result.chosen != nil)),
            ("chosen", result.chosen.map(ids) ?? .null),
            ("cost", result.cost.json), ("baseTotal", result.baseTotal.json), ("total", result.total.json),
            ("gain", result.gain.json), ("bestReachable", result.bestReachable?.json ?? .null),
            ("exact", .bool(result.exact)), ("method", .string(result.method)), ("nodes", .number(String(result.nodes))),
            ("bound", result.bound?.json ?? .null), ("gap", result.gap?.json ?? .null),
            ("verified", .string("the chosen set re-scored with the plain evaluator")),
            ("ties", .string("lower cost, then fewer actions, then the actions earliest in the plan")),
            ("neverRaise", ids(result.neverRaise)), ("uncosted", ids(result.uncosted)),
        ])))
        let whatIf = comparison.json()
        for key in ["total", "areas", "effects"] { if let value = whatIf[key] { pairs.append((key, value)) } }
        return .object(pairs: pairs)
    }
}
