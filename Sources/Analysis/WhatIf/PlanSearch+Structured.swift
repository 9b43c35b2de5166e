import Engine

extension PlanSearch {
    /// The answer of the dynamic program along the plan's structure (``StructuredSearch``),
    /// its total on the model's scale, with the method, the sets weighed and (for an
    /// unreachable target) the most reachable total written into `result`; nil when the
    /// plan's shape does not fit or its states grow too many.
    func structuredAnswer(
        _ goal: PlanGoal, _ result: inout PlanSearchResult, _ left: String
    ) throws(PlanSearchError) -> (answer: (members: [Int], total: Scaled)?, scale: Scaled)? {
        var evaluator: IncrementalEvaluator
        do { evaluator = try IncrementalEvaluator(instrument: instrument, base: base) } catch { throw .overflow(error) }
        let built: StructuredModel?
        do {
            built = try StructuredModel(instrument: instrument, plan: plan, actions: searched.sorted(), evaluator: &evaluator)
        } catch .scale(_) {
            built = nil
        }
        result.subareaEvaluations += evaluator.subareaEvaluations
        guard let model = built else { return nil }
        var search = StructuredSearch(model)
        var capacity: Scaled?
        var isBudget = false
        if case .budget(let budget) = goal {
            guard budget >= .zero else { return (nil, model.scale) }
            capacity = ScaledValue.floorScaled(budget, model.costScale)
            isBudget = true
        }
        guard let front = search.run(capacity: capacity, byGain: isBudget) else { return nil }
        result.nodes = search.weighed
        let n = model.actions.count
        result.method = "exact by dynamic programming along the structure: \(n) action\(n == 1 ? "" : "s") "
            + "in an order that keeps few parts open, at most \(search.largestStates) state\(search.largestStates == 1 ? "" : "s") "
            + "after one action; \(search.weighed) sets weighed" + left
        var answer: (members: [Int], total: Scaled)?
        switch goal {
        case .budget:
            if let best = front.last { answer = (MemberList.sorted(best.members), model.rootConstant + best.gain) }
        case .target(let target):
            let needed = ScaledValue.ceilScaled(target, model.scale) - model.rootConstant
            if let point = front.first(where: { $0.gain >= needed }) {
                answer = (MemberList.sorted(point.members), model.rootConstant + point.gain)
            } else if let most = front.last {
                result.bestReachable = try verified(MemberList.sorted(most.members), model.rootConstant + most.gain, model.scale)
            }
        }
        return (answer, model.scale)
    }
}
