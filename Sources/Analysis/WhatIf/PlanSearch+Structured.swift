import Engine

extension PlanSearch {
    /// What the structured search (``StructuredSearch``) answers: the chosen set with its
    /// re-scored total, or none (an unreachable target, a negative budget). Nil when the plan's
    /// shape does not fit, or the search gave way (its reason in `reason`).
    struct StructuredAnswer {
        var answer: (members: [Int], total: Rational)?
    }

    /// The answer of the dynamic program along the plan's structure, with the method, the sets
    /// weighed and (for an unreachable target) the most reachable total written into `result`;
    /// nil when the plan's shape does not fit or the search gives way, with the reason in `reason`.
    /// Points are added in `Int128` when their common scale leaves room, else in ``BigInteger``.
    func structuredAnswer(
        _ goal: PlanGoal, _ result: inout PlanSearchResult, _ left: String, reason: inout PlanSearchGiveWay?
    ) throws(PlanSearchError) -> StructuredAnswer? {
        var evaluator: IncrementalEvaluator
        do { evaluator = try IncrementalEvaluator(instrument: instrument, base: base) } catch { throw .overflow(error) }
        let shape = try StructuredShape(instrument: instrument, plan: plan, actions: searched.sorted(), evaluator: &evaluator)
        result.subareaEvaluations += evaluator.subareaEvaluations
        guard let shape else {
            reason = .shape(limit: StructuredShape.leafLimit)
            return nil
        }
        let values = shape.values
        let scale = ScaledValue.commonDenominator(values)
        var most: Int64 = 1
        for value in values { most = Swift.max(most, Swift.min(Int64(clamping: value.floor().magnitude), Int64.max - 1) + 1) }
        let parts = shape.leaves.count + shape.areas.reduce(0) { $0 + 1 + $1.subareas.count } + shape.actions.count + 2
        let bits = scale.bitWidth + (64 - most.leadingZeroBitCount) + (Int.bitWidth - parts.leadingZeroBitCount)
        if bits <= 125, let small = scale.int128 {
            return try structuredAnswer(StructuredModel(shape, scale: small), goal, &result, left, &reason)
        }
        return try structuredAnswer(StructuredModel(shape, scale: scale), goal, &result, left, &reason)
    }

    private func structuredAnswer<V>(
        _ model: StructuredModel<V>, _ goal: PlanGoal, _ result: inout PlanSearchResult, _ left: String,
        _ reason: inout PlanSearchGiveWay?
    ) throws(PlanSearchError) -> StructuredAnswer? {
        var search = StructuredSearch(model, limited: crowded == nil && !isBig)
        var capacity: Scaled?
        var isBudget = false
        if case .budget(let budget) = goal {
            guard budget >= .zero else { return StructuredAnswer(answer: nil) }
            capacity = ScaledValue.floorScaled(budget, model.costScale)
            isBudget = true
        }
        guard let front = search.run(capacity: capacity, byGain: isBudget) else {
            reason = search.gaveWay
            return nil
        }
        result.nodes = search.weighed
        let n = model.actions.count
        let width = search.tree?.width ?? 0
        result.treeWidth = width
        if V.self == BigInteger.self { result.scaleBits = model.scale.big.bitWidth }
        result.method = "exact by dynamic programming along the structure: \(n) action\(n == 1 ? "" : "s") "
            + "in an order that keeps few parts open, at most \(search.largestStates) state\(search.largestStates == 1 ? "" : "s") "
            + "after one action; \(search.weighed) sets weighed; a tree decomposition of the interaction graph of width \(width)"
            + (V.self == BigInteger.self ? ", points on a common scale of \(model.scale.big.bitWidth) bits" : "") + left
        func checked(_ point: SearchFront.Point<V>) throws(PlanSearchError) -> (members: [Int], total: Rational) {
            let members = MemberList.sorted(point.members)
            return (members, try verified(members, model.rootConstant + point.gain, model.scale))
        }
        switch goal {
        case .budget:
            guard let best = front.last else { return StructuredAnswer(answer: nil) }
            return StructuredAnswer(answer: try checked(best))
        case .target(let target):
            let needed = V.ceilScaled(target, model.scale) - model.rootConstant
            if let point = front.first(where: { $0.gain >= needed }) { return StructuredAnswer(answer: try checked(point)) }
            // The most reachable total, unless the plain evaluator cannot add it up in 64 bits.
            if let most = front.last {
                do { result.bestReachable = try checked(most).total } catch .overflow(_) { result.bestReachable = nil }
            }
            return StructuredAnswer(answer: nil)
        }
    }

    /// The total of a set re-scored from scratch with the plain evaluator, checked against the search's.
    func verified<V: SearchInteger>(_ members: [Int], _ predicted: V, _ scale: V) throws(PlanSearchError) -> Rational {
        let rescored: Rational
        do {
            rescored = try Evaluator(instrument: instrument).score(base.applying(plan.changes(of: members))).total
        } catch {
            throw .overflow(error)
        }
        guard ScaledValue.equals(predicted, scale, rescored) else {
            throw .verification(predicted: ScaledValue.rational(predicted, over: scale) ?? .zero, rescored: rescored)
        }
        return rescored
    }
}
