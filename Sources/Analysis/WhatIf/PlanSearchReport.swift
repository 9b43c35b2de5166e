import Engine

/// A plan search's answer with the scenario of the chosen actions, for output.
public struct PlanSearchReport: Sendable {
    /// The search's answer.
    public var result: PlanSearchResult
    /// The evidence with the chosen actions (none when no set reaches the target).
    public var comparison: WhatIfReport

    /// Searches the plan for the goal and compares the evidence with the chosen set.
    public init(instrument: Instrument, evidence: Evidence, plan: Plan, goal: PlanGoal) throws(PlanSearchError) {
        let base = EvaluationInput(evidence: evidence, instrument: instrument)
        result = try PlanSearch(instrument: instrument, base: base, plan: plan).run(goal)
        do {
            comparison = try WhatIfReport(
                instrument: instrument, evidence: evidence, plan: plan, actions: result.chosen ?? [], extra: [])
        } catch {
            throw .overflow(error)
        }
    }
}
