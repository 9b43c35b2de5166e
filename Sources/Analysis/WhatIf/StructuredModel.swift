import Engine

/// The plan's score as the structured search sees it: the total is a sum over areas of
/// capped sums of subareas, a points subarea is a capped sum of its rules, and a rule's
/// points depend only on the actions that change a fact it reads. So each touched rule is a
/// leaf (a table over its few actions, or, for a rule that counts the items of a set that
/// many actions each add distinct items to, a function of the count), each subarea or area
/// whose maximum can cut is an accumulator, and everything else is a constant. Values are
/// exact, on one 128-bit integer scale. Nil when the plan has another shape (a leaf with
/// too many actions and no count structure, a negative rule value).
struct StructuredModel {
    /// The plan indices of the actions (model positions).
    let actions: [Int]
    /// Their costs on ``costScale``.
    let costs: [Scaled]
    let leaves: [StructuredLeaf]
    let accumulators: [StructuredAccumulator]
    /// What the untouched areas (and the untouched parts of uncapped areas) give.
    let rootConstant: Scaled
    let scale: Scaled
    let costScale: Scaled

    /// The most actions a rule's table may enumerate.
    static let leafLimit = 16

    /// A leaf before scaling.
    private struct RawLeaf {
        var scope: [Int]
        var parent: Int?
        var table: [Rational]?
        var weights: [Int]
        var counted: [Rational]
    }

    /// Builds the model over `actions` (plan indices, ascending); nil when the plan's shape does not fit.
    init?(
        instrument: Instrument, plan: Plan, actions: [Int], evaluator: inout IncrementalEvaluator
    ) throws(PlanSearchError) {
        self.actions = actions
        let base = evaluator.base
        let score = evaluator.baseScore
        var factActions = [[Int]](repeating: [], count: instrument.facts.count)
        for (position, action) in actions.enumerated() {
            for change in plan.actions[action].changes where factActions[change.fact].last != position {
                factActions[change.fact].append(position)
            }
        }
        func scope(_ rule: Int) -> [Int] {
            Set(instrument.rules[rule].kind.factsRead.flatMap { factActions[$0] }).sorted()
        }
        var leaves: [RawLeaf] = []
        var accumulators: [(cap: Rational, constant: Rational, parent: Int?)] = []
        var rootConstant = Rational.zero
        func sum(_ x: Rational, _ y: Rational) throws(PlanSearchError) -> Rational {
            do { return try x.adding(y) } catch { throw .overflow(error) }
        }
        do {
            for (a, area) in instrument.areas.enumerated() {
                let touched = area.subareas.filter { s in
                    score.subareas[s].override == nil && instrument.subareas[s].rules.contains { !scope($0).isEmpty }
                }
                guard !touched.isEmpty else {
                    rootConstant = try sum(rootConstant, score.areas[a].points)
                    continue
                }
                // The area's pieces: its constant, its leaves (parent: nil = the area), its capped subareas.
                var areaConstant = Rational.zero
                var areaMost = Rational.zero
                var pieces: [(leaf: RawLeaf, sub: Int?)] = []
                var subs: [(cap: Rational, constant: Rational)] = []
                for s in area.subareas {
                    guard touched.contains(s) else {
                        areaConstant = try sum(areaConstant, score.subareas[s].points)
                        continue
                    }
                    let subarea = instrument.subareas[s]
                    var bests = Rational.zero
                    for rule in subarea.rules { bests = try sum(bests, instrument.rules[rule].kind.best) }
                    let capped = subarea.mode == .points && bests > subarea.max
                    var constant = Rational.zero
                    var most = Rational.zero
                    for rule in subarea.rules {
                        let ruleScope = scope(rule)
                        guard !ruleScope.isEmpty else {
                            constant = try sum(constant, score.rules[rule].points)
                            continue
                        }
                        guard var leaf = try Self.leaf(rule, ruleScope, instrument, plan, actions, base, &evaluator)
                        else { return nil }
                        let values = leaf.table ?? leaf.counted
                        guard values.allSatisfy({ $0 >= .zero }) else { return nil }
                        most = try sum(most, values.max() ?? .zero)
                        leaf.parent = capped ? subs.count : nil
                        pieces.append((leaf, capped ? subs.count : nil))
                    }
                    guard constant >= .zero else { return nil }
                    if capped {
                        subs.append((subarea.max, constant))
                        areaMost = try sum(areaMost, Swift.min(subarea.max, try sum(constant, most)))
                    } else {
                        areaConstant = try sum(areaConstant, constant)
                        areaMost = try sum(areaMost, try sum(constant, most))
                    }
                }
                guard areaConstant >= .zero else { return nil }
                let areaCaps = try sum(areaConstant, areaMost) > area.max
                let areaIndex: Int? = areaCaps ? accumulators.count : nil
                if areaCaps {
                    accumulators.append((area.max, areaConstant, nil))
                } else {
                    rootConstant = try sum(rootConstant, areaConstant)
                }
                let firstSub = accumulators.count
                for sub in subs { accumulators.append((sub.cap, sub.constant, areaIndex)) }
                for (leaf, sub) in pieces {
                    var placed = leaf
                    placed.parent = sub.map { firstSub + $0 } ?? areaIndex
                    leaves.append(placed)
                }
            }
        }
        // One scale for every value the search adds.
        var values = [rootConstant] + accumulators.flatMap { [$0.cap, $0.constant] }
        for leaf in leaves { values += leaf.table ?? leaf.counted }
        var ceilingTotal = Scaled(1)
        for area in instrument.areas { ceilingTotal += Scaled(area.max.floor().magnitude) + 1 }
        let limit = (Scaled(1) << 120) / ceilingTotal / Scaled(actions.count + 2)
        guard let scale = ScaledValue.commonDenominator(values, limit: limit) else { throw .scale("the points") }
        self.scale = scale
        func scaled(_ value: Rational) throws(PlanSearchError) -> Scaled { try ScaledValue.scaled(value, scale) }
        self.rootConstant = try scaled(rootConstant)
        self.accumulators = try accumulators.map { entry throws(PlanSearchError) in
            StructuredAccumulator(cap: try scaled(entry.cap), constant: try scaled(entry.constant), parent: entry.parent)
        }
        self.leaves = try leaves.map { leaf throws(PlanSearchError) in
            if let table = leaf.table {
                return StructuredLeaf(
                    scope: leaf.scope, parent: leaf.parent,
                    values: .table(try table.map { value throws(PlanSearchError) in try scaled(value) }))
            }
            return StructuredLeaf(
                scope: leaf.scope, parent: leaf.parent,
                values: .count(
                    weights: leaf.weights, points: try leaf.counted.map { value throws(PlanSearchError) in try scaled(value) }))
        }
        var costScale: Scaled = 1
        let all = try SearchTables.costs(plan, &costScale)
        self.costScale = costScale
        costs = actions.map { all[$0] }
    }

    /// The leaf of a touched rule: a count when every action of its scope only adds its own
    /// new items to the one assessed set the rule counts, else a table over at most ``leafLimit``
    /// actions; nil when neither fits.
    private static func leaf(
        _ rule: Int, _ scope: [Int], _ instrument: Instrument, _ plan: Plan, _ actions: [Int], _ base: EvaluationInput,
        _ evaluator: inout IncrementalEvaluator
    ) throws(PlanSearchError) -> RawLeaf? {
        if let counted = try countLeaf(rule, scope, instrument, plan, actions, base, &evaluator) { return counted }
        guard scope.count <= leafLimit else { return nil }
        var table: [Rational] = []
        table.reserveCapacity(1 << scope.count)
        for mask in 0..<(1 << scope.count) {
            var input = base
            for (bit, position) in scope.enumerated() where mask & (1 << bit) != 0 {
                input.apply(plan.actions[actions[position]].changes)
            }
            table.append(try evaluator.points(of: .rule(rule), input))
        }
        return RawLeaf(scope: scope, parent: nil, table: table, weights: [], counted: [])
    }

    /// A count leaf, when the rule's lowered form reads nothing but the number of (listed)
    /// items of one assessed set fact, and each action of the scope only adds items to it,
    /// the new counted items of no two actions overlapping.
    private static func countLeaf(
        _ rule: Int, _ scope: [Int], _ instrument: Instrument, _ plan: Plan, _ actions: [Int], _ base: EvaluationInput,
        _ evaluator: inout IncrementalEvaluator
    ) throws(PlanSearchError) -> RawLeaf? {
        let kind = instrument.rules[rule].kind
        guard scope.count > 2, kind.factsRead.count == 1, !kind.readsJudgement, let primitive = kind.lower() else { return nil }
        let input: PrimitiveInput
        switch primitive {
        case .steps(let read, _), .perUnit(let read, _, _), .linear(let read, _, _, _): input = read
        default: return nil
        }
        let fact = input.fact
        guard case .set(let have)? = base.values[fact] else { return nil }
        var listed: Set<String>?
        if case .countOf(_, let items) = input { listed = Set(FactValue.normalizedItems(items)) }
        var seen = Set(have)
        var newItems: [[String]] = []
        for position in scope {
            var added: [String] = []
            for change in plan.actions[actions[position]].changes where change.fact == fact {
                guard change.isAdd, case .set(let items) = change.value else { return nil }
                added += items
            }
            var fresh: [String] = []
            for item in FactValue.normalizedItems(added) where !have.contains(item) {
                guard !seen.contains(item) else { return nil }  // shared by two actions: no count
                seen.insert(item)
                if listed?.contains(item) ?? true { fresh.append(item) }
            }
            newItems.append(fresh)
        }
        // The points for each count of new items, by evaluating the rule on the first n of them.
        let all = newItems.flatMap { $0 }.sorted()
        var counted: [Rational] = []
        for n in 0...all.count {
            var changed = base
            changed.values[fact] = .set(FactValue.normalizedItems(have + all.prefix(n)))
            counted.append(try evaluator.points(of: .rule(rule), changed))
        }
        // Saturate: the points no longer change from the first count on which they stay put.
        var last = counted.count - 1
        while last > 0, counted[last - 1] == counted[last] { last -= 1 }
        return RawLeaf(
            scope: scope, parent: nil, table: nil, weights: newItems.map { Swift.min($0.count, last) },
            counted: Array(counted.prefix(last + 1)))
    }
}
