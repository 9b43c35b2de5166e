import Engine

/// The structured search's view of a plan with exact values (see ``StructuredModel``). Nil
/// when the plan has another shape (a leaf with too many actions and no count structure, a
/// negative rule value).
struct StructuredShape {
    /// The plan indices of the actions (model positions).
    let actions: [Int]
    /// Their costs on ``costScale``.
    let costs: [Scaled]
    let costScale: Scaled
    var leaves: [RawLeaf] = []
    var areas: [RawArea] = []
    /// What the untouched areas give, summed by the model.
    var rootConstants: [Rational] = []

    /// The most actions a rule's table may enumerate.
    static let leafLimit = 16

    /// A leaf before scaling: a table by mask of its scope, or points by count.
    struct RawLeaf {
        var scope: [Int]
        var table: [Rational]?
        var weights: [Int]
        var counted: [Rational]
    }

    /// A capped subarea before scaling: its maximum, the points of its untouched rules, its leaves.
    struct RawSubarea {
        var cap: Rational
        var constants: [Rational] = []
        var leaves: [Int] = []
    }

    /// A touched area before scaling: its maximum, the points of its untouched subareas and of
    /// the untouched rules of its uncapped ones, its leaves outside capped subareas, its capped subareas.
    struct RawArea {
        var cap: Rational
        var constants: [Rational] = []
        var leaves: [Int] = []
        var subareas: [RawSubarea] = []
    }

    /// Every value the model adds, for its scale.
    var values: [Rational] {
        var out = rootConstants
        for area in areas {
            out += [area.cap] + area.constants
            for sub in area.subareas { out += [sub.cap] + sub.constants }
        }
        for leaf in leaves { out += leaf.table ?? leaf.counted }
        return out
    }

    /// Builds the shape over `actions` (plan indices, ascending); nil when the plan's shape does not fit.
    init?(
        instrument: Instrument, plan: Plan, actions: [Int], evaluator: inout IncrementalEvaluator
    ) throws(PlanSearchError) {
        self.actions = actions
        var costScale: Scaled = 1
        let all = try SearchPreparation.costs(plan, &costScale)
        self.costScale = costScale
        costs = actions.map { all[$0] }
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
        for (a, area) in instrument.areas.enumerated() {
            let touched = area.subareas.filter { s in
                score.subareas[s].override == nil && instrument.subareas[s].rules.contains { !scope($0).isEmpty }
            }
            guard !touched.isEmpty else {
                rootConstants.append(score.areas[a].points)
                continue
            }
            var raw = RawArea(cap: area.max)
            for s in area.subareas {
                guard touched.contains(s) else {
                    raw.constants.append(score.subareas[s].points)
                    continue
                }
                let subarea = instrument.subareas[s]
                var bests = Rational.zero
                do {
                    for rule in subarea.rules { bests = try bests.adding(instrument.rules[rule].kind.best) }
                } catch {
                    throw .overflow(error)
                }
                let capped = subarea.mode == .points && bests > subarea.max
                var sub = RawSubarea(cap: subarea.max)
                for rule in subarea.rules {
                    let ruleScope = scope(rule)
                    guard !ruleScope.isEmpty else {
                        guard score.rules[rule].points >= .zero else { return nil }
                        if capped { sub.constants.append(score.rules[rule].points) } else { raw.constants.append(score.rules[rule].points) }
                        continue
                    }
                    guard let leaf = try Self.leaf(rule, ruleScope, instrument, plan, actions, base, &evaluator) else { return nil }
                    guard (leaf.table ?? leaf.counted).allSatisfy({ $0 >= .zero }) else { return nil }
                    if capped { sub.leaves.append(leaves.count) } else { raw.leaves.append(leaves.count) }
                    leaves.append(leaf)
                }
                if capped { raw.subareas.append(sub) }
            }
            areas.append(raw)
        }
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
        return RawLeaf(scope: scope, table: table, weights: [], counted: [])
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
            scope: scope, table: nil, weights: newItems.map { Swift.min($0.count, last) },
            counted: Array(counted.prefix(last + 1)))
    }
}
