import Engine

/// What ``SearchTables`` are built from before a scale is chosen: the units the plan's
/// actions touch, the exact points of those with few actions for every combination, which
/// actions can raise the score, and every value the scale must hold.
struct SearchPreparation {
    /// A unit with its area and the actions that touch it (plan indices, ascending).
    struct Unit {
        var unit: SearchUnit
        var area: Int
        var actions: [Int]
        var ceiling: Rational
        /// The least the unit can give: zero, or less where a rule kind can give a
        /// negative value (its reach's least). With ``ceiling`` it bounds any action's gain
        /// on a unit scored on demand.
        var floor: Rational = .zero
    }

    let units: [Unit]
    /// Per unit: its exact points for every combination (bit j: `actions[j]`), when it has
    /// at most the dense limit of actions.
    let exact: [[Rational]?]
    /// Per plan action: whether some combination lets it raise some unit's points.
    let raises: [Bool]
    /// The values every table and constant takes, for the scale (and any found later, scored on demand).
    var values: [Rational]
    /// The largest scale an `Int128` search may use, leaving room for its sums.
    let limit: Scaled

    /// Tables every unit touched by at most `denseLimit` actions in full.
    init(
        instrument: Instrument, plan: Plan, denseLimit: Int, evaluator: inout IncrementalEvaluator
    ) throws(PlanSearchError) {
        let base = evaluator.base
        let baseScore = evaluator.baseScore
        let units = try Self.units(instrument, plan, baseScore)
        var exact = [[Rational]?](repeating: nil, count: units.count)
        for (u, unit) in units.enumerated() where unit.actions.count <= denseLimit {
            exact[u] = try Self.enumerate(unit, plan, base, &evaluator)
        }
        var raises = [Bool](repeating: false, count: plan.actions.count)
        for (u, unit) in units.enumerated() {
            for (bit, action) in unit.actions.enumerated() where !raises[action] {
                if let table = exact[u] { raises[action] = Self.raises(table, bit: bit) } else { raises[action] = unit.ceiling > unit.floor }
            }
        }
        var values: [Rational] = instrument.areas.map(\.max) + units.map(\.ceiling) + units.map(\.floor)
        values += baseScore.subareas.map(\.points) + baseScore.rules.map(\.points) + baseScore.areas.map(\.points)
        for table in exact { values += table ?? [] }
        var ceilingTotal = Scaled(1)
        for area in instrument.areas { ceilingTotal += Scaled(area.max.floor()) + 1 }
        self.units = units
        self.exact = exact
        self.raises = raises
        self.values = values
        limit = (Scaled(1) << 120) / ceilingTotal / Scaled(plan.actions.count + 2)
    }

    /// The units the plan's actions touch, in instrument order: a subarea whose maximum
    /// cannot cut (weighted, or its rules' best values fit under it) and that has no override
    /// is split into its rules.
    static func units(_ instrument: Instrument, _ plan: Plan, _ score: Score) throws(PlanSearchError) -> [Unit] {
        var factActions = [[Int]](repeating: [], count: instrument.facts.count)
        for (index, action) in plan.actions.enumerated() {
            for change in action.changes where factActions[change.fact].last != index { factActions[change.fact].append(index) }
        }
        let catalog = FactCatalog(facts: instrument.facts, ladders: instrument.ladders)
        /// A rule's least value, or zero (what it gives unassessed) when that is less.
        func least(_ rule: Int) -> Rational {
            Swift.min(.zero, instrument.rules[rule].kind.reach(catalog).least)
        }
        func actions(_ rules: [Int]) -> [Int] {
            Set(rules.flatMap { instrument.rules[$0].kind.factsRead.flatMap { factActions[$0] } }).sorted()
        }
        var units: [Unit] = []
        for (s, subarea) in instrument.subareas.enumerated() {
            let touching = actions(subarea.rules)
            guard !touching.isEmpty else { continue }
            var weights = Rational.zero
            var bests = Rational.zero
            do {
                for rule in subarea.rules {
                    weights = try weights.adding(instrument.rules[rule].weight)
                    bests = try bests.adding(instrument.rules[rule].kind.best)
                }
            } catch {
                throw .overflow(error)
            }
            let splits = score.subareas[s].override == nil && (subarea.mode == .weighted || bests <= subarea.max)
            guard splits else {
                var floor = Rational.zero
                do {
                    let weighted = subarea.mode == .weighted && weights > .zero
                    for rule in subarea.rules {
                        let weight = weighted ? instrument.rules[rule].weight : .one
                        floor = try floor.adding(weight.multiplied(by: least(rule)))
                    }
                    if weighted { floor = try subarea.max.multiplied(by: floor).divided(by: weights) }
                } catch {
                    throw .overflow(error)
                }
                units.append(Unit(unit: .subarea(s), area: subarea.area, actions: touching, ceiling: subarea.max, floor: floor))
                continue
            }
            for rule in subarea.rules {
                let touching = actions([rule])
                guard !touching.isEmpty else { continue }
                let best = instrument.rules[rule].kind.best
                var ceiling = best
                var floor = least(rule)
                if subarea.mode == .weighted, weights > .zero {
                    do {
                        let factor = try subarea.max.multiplied(by: instrument.rules[rule].weight).divided(by: weights)
                        ceiling = try factor.multiplied(by: best)
                        floor = try factor.multiplied(by: floor)
                    } catch {
                        throw .overflow(error)
                    }
                }
                units.append(Unit(unit: .rule(rule), area: subarea.area, actions: touching, ceiling: ceiling, floor: floor))
            }
        }
        return units
    }

    /// The costs on one integer scale (an action without a cost costs 0).
    static func costs(_ plan: Plan, _ costScale: inout Scaled) throws(PlanSearchError) -> [Scaled] {
        let values = plan.actions.map { $0.cost ?? .zero }
        guard let scale = ScaledValue.commonDenominator(values, limit: Scaled(1) << 80) else { throw .scale("the costs") }
        costScale = scale
        var costs: [Scaled] = []
        var sum: Scaled = 0
        for value in values {
            let product = try ScaledValue.scaled(value, scale)
            let (next, overflow) = sum.addingReportingOverflow(product)
            guard !overflow, next < Scaled.max / 4 else { throw .scale("the costs (their sum is too large)") }
            sum = next
            costs.append(product)
        }
        return costs
    }

    /// The points of a unit for every combination of its actions (bit j: `actions[j]`).
    static func enumerate(
        _ unit: Unit, _ plan: Plan, _ base: EvaluationInput, _ evaluator: inout IncrementalEvaluator
    ) throws(PlanSearchError) -> [Rational] {
        var points: [Rational] = []
        points.reserveCapacity(1 << unit.actions.count)
        for mask in 0..<(1 << unit.actions.count) {
            var input = base
            for (bit, action) in unit.actions.enumerated() where mask & (1 << bit) != 0 { input.apply(plan.actions[action].changes) }
            points.append(try evaluator.points(of: unit.unit, input))
        }
        return points
    }

    /// Whether adding the action of `bit` raises the points in some combination of the others.
    static func raises(_ points: [Rational], bit: Int) -> Bool {
        points.indices.contains { mask in mask & (1 << bit) == 0 && points[mask | (1 << bit)] > points[mask] }
    }

    /// The most adding the action of `bit` raises the points, over all combinations of the others.
    static func largestGain<V: SearchInteger>(_ points: [V], bit: Int) -> V {
        var best = V.zero
        for mask in points.indices where mask & (1 << bit) == 0 { best = Swift.max(best, points[mask | (1 << bit)] - points[mask]) }
        return best
    }

    static func name(_ unit: SearchUnit, _ instrument: Instrument) -> String {
        switch unit {
        case .subarea(let s): "subarea \(instrument.subareas[s].id)"
        case .rule(let r): "rule \(instrument.rules[r].id)"
        }
    }
}
