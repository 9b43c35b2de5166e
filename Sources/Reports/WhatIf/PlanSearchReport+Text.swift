import Analysis
import Engine

extension PlanSearchReport {
    var goalText: String {
        switch result.goal {
        case .budget(let budget): "the largest gain whose cost fits the budget \(budget.decimalString())"
        case .target(let target): "the cheapest set whose total reaches \(target.decimalString())"
        }
    }

    /// The answer as text: goal, method and exactness, the chosen actions, then the comparison.
    public func renderText() -> String {
        let instrument = comparison.instrument
        let plan = comparison.plan!
        var out = "Plan search: \(comparison.evidence.municipality) \(comparison.evidence.year) · "
        out += "\(instrument.name) \(instrument.version)\n"
        out += "plan \"\(plan.name)\" (\(plan.path)): \(plan.actions.count) actions\n"
        out += "goal: \(goalText)\n"
        out += "method: \(result.method)\n"
        if !result.exact, let bound = result.bound, let gap = result.gap {
            switch result.goal {
            case .budget: out += "not proven optimal: no affordable set totals more than \(bound.decimalString()) (gap \(gap.decimalString()))\n"
            case .target: out += "not proven optimal: no reaching set costs less than \(bound.decimalString()) (gap \(gap.decimalString()))\n"
            }
        }
        out += "ties: the lower cost, then fewer actions, then the actions earliest in the plan\n"
        guard let chosen = result.chosen else {
            out += "\nanswer: no set of the plan's actions reaches the target"
            if let reachable = result.bestReachable {
                out += "; the most any set reaches is \(reachable.decimalString()) (shown \(reachable.roundedHalfAwayFromZero()))"
            }
            return out + "\n" + notes(plan) + Provenance(instrument: instrument, evidence: comparison.evidence, plan: plan).text
        }
        out += "\nanswer: \(chosen.count) action\(chosen.count == 1 ? "" : "s"), cost \(result.cost.decimalString())"
        if case .budget(let budget) = result.goal { out += " of \(budget.decimalString())" }
        out += ", gain \(WhatIfText.signed(result.gain, digits: 6)): total \(result.baseTotal.decimalString()) → "
        out += "\(result.total.decimalString()) (shown \(result.baseTotal.roundedHalfAwayFromZero()) → "
        out += "\(result.total.roundedHalfAwayFromZero())), re-scored with the plain evaluator\n"
        out += "chosen: " + (chosen.isEmpty ? "none" : chosen.map { plan.actions[$0].id }.joined(separator: ", ")) + "\n"
        out += notes(plan) + "\n" + comparison.totalLine() + "\n\n" + comparison.renderTable() + "\n" + comparison.renderEffects()
        return out + Provenance(instrument: instrument, evidence: comparison.evidence, plan: plan).text
    }

    private func notes(_ plan: Plan) -> String {
        var out = ""
        if !result.neverRaise.isEmpty {
            out += "left out, since in no combination they raise the score: "
            out += result.neverRaise.map { plan.actions[$0].id }.joined(separator: ", ") + "\n"
        }
        if !result.uncosted.isEmpty {
            out += "without a cost (counted as 0): " + result.uncosted.map { plan.actions[$0].id }.joined(separator: ", ") + "\n"
        }
        return out
    }
}
