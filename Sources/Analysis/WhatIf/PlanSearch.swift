import Engine

/// Exact search for the best set of a plan's actions: the largest gain within a budget,
/// or the cheapest set reaching a target total.
///
/// The total is a sum over areas of capped sums of subarea points, and a subarea's
/// points depend only on the actions that change a fact its rules read. So each touched
/// subarea is scored, by re-scoring with the rule plugins, for every combination of its
/// actions (a table), and the search combines tables exactly: branch and bound over the
/// actions, bounded by the tables' best completions and by a fractional knapsack of each
/// action's largest gain in any combination. Where groups of interacting actions are too
/// large to enumerate, the search follows the instrument's structure instead
/// (``StructuredSearch``: rules as leaves, counted sets as counts, capped subareas and areas
/// as capped sums, dynamic programming over a tree decomposition of the interacting actions),
/// which is exact and fast on chains and trees of subareas, one crowded capped subarea and
/// many adds to one set; branch and bound runs only beyond its width limit or state limits.
/// Points are integers on a common scale: 128-bit where it leaves room for every sum, else of
/// any size (``BigInteger``), for the structured search and branch and bound alike; a unit
/// touched by more than 64 actions is scored on demand. So no plan `whatif` can score is
/// refused. The chosen set is then re-scored from scratch with the plain ``Evaluator`` and
/// must give the same total.
public struct PlanSearch {
    /// Searches over at most this many actions always run to the end (exact).
    public static let exactActionLimit = 30
    /// Beyond ``exactActionLimit`` actions, the search stops after this many nodes.
    public static let defaultNodeLimit = 20_000_000
    /// Subareas touched by more actions than this are scored on demand, not tabled in full.
    public static let defaultDenseLimit = 14

    /// The instrument.
    public let instrument: Instrument
    /// The plan.
    public let plan: Plan
    /// The evidence's input.
    public let base: EvaluationInput
    /// The evidence's total.
    public let baseTotal: Rational
    /// The actions searched, in search order (plan indices).
    public let searched: [Int]
    /// Actions left out: in no combination do they raise the score (plan indices, ascending).
    public let neverRaise: [Int]
    /// Subareas evaluated to build the tables.
    public private(set) var subareaEvaluations: Int

    /// The tables on their scale: `Int128` when the points' common scale leaves room, else ``BigInteger``.
    enum Tabled {
        case small(SearchTables<Int128>)
        case big(SearchTables<BigInteger>)

        var searched: [Int] {
            switch self {
            case .small(let built): built.searched
            case .big(let built): built.searched
            }
        }
        var neverRaise: [Int] {
            switch self {
            case .small(let built): built.neverRaise
            case .big(let built): built.neverRaise
            }
        }
        var crowded: (unit: String, actions: Int)? {
            switch self {
            case .small(let built): built.crowded
            case .big(let built): built.crowded
            }
        }
        var costScale: Scaled {
            switch self {
            case .small(let built): built.costScale
            case .big(let built): built.costScale
            }
        }
        /// A value scored on demand whose denominator the scale does not hold.
        var missing: Rational? {
            switch self {
            case .small(let built): built.tables.lazy.compactMap { $0.scorer?.missing }.first
            case .big(let built): built.tables.lazy.compactMap { $0.scorer?.missing }.first
            }
        }
    }

    /// The tables on the least common scale of `prepared`'s values: `Int128` when it leaves
    /// room for every sum, else ``BigInteger``.
    static func tabled(
        _ prepared: SearchPreparation, instrument: Instrument, plan: Plan, evaluator: IncrementalEvaluator
    ) throws(PlanSearchError) -> Tabled {
        if let scale = ScaledValue.commonDenominator(prepared.values, limit: prepared.limit) {
            return .small(try SearchTables(prepared, scale: scale, instrument: instrument, plan: plan, evaluator: evaluator))
        }
        let scale = ScaledValue.commonDenominator(prepared.values)
        return .big(try SearchTables(prepared, scale: scale, instrument: instrument, plan: plan, evaluator: evaluator))
    }

    let tabled: Tabled
    /// What the tables are built from, kept to rebuild them on a finer scale.
    let prepared: SearchPreparation
    let tableEvaluator: IncrementalEvaluator
    /// The costs (by plan index) on ``costScale``.
    let costs: [Scaled]
    let costScale: Scaled
    /// The unit touched by the most searched actions, when more than 64 do: its tables are
    /// scored on demand, and the search by independent parts does not run.
    let crowded: (unit: String, actions: Int)?
    /// Whether the points need a scale beyond 128 bits (``BigInteger``).
    var isBig: Bool {
        if case .big = tabled { return true }
        return false
    }

    /// Builds the tables for a plan's actions on the evidence's input; a subarea touched by
    /// more than `denseLimit` actions is scored on demand during the search instead.
    public init(
        instrument: Instrument, base: EvaluationInput, plan: Plan, denseLimit: Int = PlanSearch.defaultDenseLimit
    ) throws(PlanSearchError) {
        self.instrument = instrument
        self.plan = plan
        self.base = base
        var evaluator: IncrementalEvaluator
        do { evaluator = try IncrementalEvaluator(instrument: instrument, base: base) } catch { throw .overflow(error) }
        baseTotal = evaluator.baseScore.total
        let prepared = try SearchPreparation(instrument: instrument, plan: plan, denseLimit: denseLimit, evaluator: &evaluator)
        let tabled = try Self.tabled(prepared, instrument: instrument, plan: plan, evaluator: evaluator)
        (searched, neverRaise, crowded, costScale) = (tabled.searched, tabled.neverRaise, tabled.crowded, tabled.costScale)
        self.tabled = tabled
        self.prepared = prepared
        tableEvaluator = evaluator
        var planCostScale: Scaled = 1
        costs = try SearchPreparation.costs(plan, &planCostScale)
        subareaEvaluations = evaluator.subareaEvaluations
    }

    /// Runs the search. When the interacting groups of actions are small, each is
    /// enumerated and the groups are combined on Pareto fronts; otherwise (or with
    /// `.structured`) the dynamic program along the structure runs, over a tree decomposition
    /// of the interaction graph, when the plan's shape fits, the decomposition is narrow and
    /// its states stay few; otherwise (or with `.branchAndBound`) branch and bound runs, to
    /// the end over at most ``exactActionLimit`` actions, else for at most `nodeLimit` nodes,
    /// reporting the gap to its bound, and its method says why the structured search gave way.
    /// Either way the chosen set is re-scored with the plain evaluator.
    public func run(
        _ goal: PlanGoal, nodeLimit: Int = PlanSearch.defaultNodeLimit, method: PlanSearchMethod = .automatic
    ) throws(PlanSearchError) -> PlanSearchResult {
        var result = PlanSearchResult(
            goal: goal, chosen: nil, baseTotal: baseTotal, total: baseTotal, cost: .zero, exact: true,
            method: "", nodes: 0, bound: nil, bestReachable: nil, searched: searched.sorted(), neverRaise: neverRaise,
            uncosted: plan.actions.indices.filter { plan.actions[$0].cost == nil },
            subareaEvaluations: subareaEvaluations + lazyEvaluations)
        let left = neverRaise.isEmpty ? "" : "; \(neverRaise.count) never raise the score and are left out"
        var answer: (members: [Int], total: Rational)?
        var isBudget = false
        if case .budget = goal { isBudget = true }
        var gaveWay: PlanSearchGiveWay?
        if method == .automatic, crowded == nil, case .small(let built) = tabled,
            let search = try? BranchAndBound(built, nodeLimit: nil), var pareto = ParetoSearch(search),
            let front = pareto.combined(search, byGain: isBudget)
        {
            switch goal {
            case .budget(let budget):
                guard budget >= .zero else { return result }
                let capacity = ScaledValue.floorScaled(budget, costScale)
                if let point = front.last(where: { $0.cost <= capacity }) {
                    answer = (point.members, try verified(point.members, search.total + point.gain, built.scale))
                }
            case .target(let target):
                let needed = ScaledValue.ceilScaled(target, built.scale)
                if let point = front.first(where: { search.total + $0.gain >= needed }) {
                    answer = (point.members, try verified(point.members, search.total + point.gain, built.scale))
                } else if let most = front.last {
                    result.bestReachable = try verified(most.members, search.total + most.gain, built.scale)
                }
            }
            let sizes = pareto.groupSizes
            result.nodes = pareto.points
            result.method = "exact by independent parts: \(sizes.count) group\(sizes.count == 1 ? "" : "s") "
                + "of interacting actions (the largest \(sizes.max() ?? 0)), each enumerated in full and combined on "
                + "Pareto fronts of cost and gain (at most \(pareto.largestFront) sets); \(pareto.points) sets weighed" + left
        } else if method != .branchAndBound, let structured = try structuredAnswer(goal, &result, left, reason: &gaveWay) {
            answer = structured.answer
        } else {
            // A value scored on demand may need a finer scale: the tables are rebuilt with it (a
            // few times at most, each adding a denominator) and the search runs again.
            var tabled = self.tabled
            var prepared = self.prepared
            var found: (members: [Int], total: Rational)??
            while true {
                do {
                    switch tabled {
                    case .small(let built): found = try branchAndBound(built, goal, nodeLimit, &result, left, gaveWay)
                    case .big(let built): found = try branchAndBound(built, goal, nodeLimit, &result, left, gaveWay)
                    }
                    break
                } catch .scale(let what) {
                    guard let missing = tabled.missing, !prepared.values.contains(missing) else { throw .scale(what) }
                    prepared.values.append(missing)
                    tabled = try Self.tabled(prepared, instrument: instrument, plan: plan, evaluator: tableEvaluator)
                }
            }
            guard let found else { return result }
            answer = found
        }
        result.subareaEvaluations = subareaEvaluations + lazyEvaluations
        guard let answer else { return result }
        result.total = answer.total
        do { result.cost = try plan.cost(of: answer.members) } catch { throw .overflow(error) }
        result.chosen = answer.members
        return result
    }

    /// Branch and bound over `built`'s tables: to the end over at most ``exactActionLimit``
    /// actions, else for at most `nodeLimit` nodes. The answer (nil: none), or nil for a
    /// negative budget (nothing to report).
    private func branchAndBound<V: SearchInteger>(
        _ built: SearchTables<V>, _ goal: PlanGoal, _ nodeLimit: Int, _ result: inout PlanSearchResult, _ left: String,
        _ gaveWay: PlanSearchGiveWay?
    ) throws(PlanSearchError) -> (members: [Int], total: Rational)?? {
        var search = try BranchAndBound(built, nodeLimit: searched.count <= Self.exactActionLimit ? nil : nodeLimit)
        let scale = built.scale
        switch goal {
        case .budget(let budget):
            guard budget >= .zero else { return nil }
            let capacity = ScaledValue.floorScaled(budget, costScale)
            let rootBound = Swift.min(search.boundTotal, search.total + search.knapsack(from: 0, capacity: capacity))
            try search.maximise(budget: capacity)
            if search.stopped { result.bound = ScaledValue.rational(rootBound, over: scale) }
        case .target(let target):
            let needed = V.ceilScaled(target, scale)
            let rootCover = search.total >= needed ? 0 : search.cover(from: 0, need: needed - search.total)
            try search.minimise(target: needed)
            if search.stopped, let rootCover { result.bound = ScaledValue.rational(rootCover, costScale) }
            if search.best == nil && !search.stopped {
                let all = ScaledValue.rational(costs.reduce(0, +), costScale) ?? .zero
                result.bestReachable = try run(.budget(all), method: .branchAndBound).total
            }
        }
        result.exact = !search.stopped
        result.nodes = search.nodes
        result.treeWidth = nil
        result.gaveWay = gaveWay
        result.scaleBits = V.self == BigInteger.self ? scale.big.bitWidth : nil
        result.method = "branch and bound over \(searched.count) action\(searched.count == 1 ? "" : "s"), "
            + "\(search.nodes) nodes; " + (search.stopped ? "stopped at the node limit" : "finished, so the answer is exact")
            + left + (gaveWay.map { "; the structured search gave way: \($0)" } ?? "")
            + (V.self == BigInteger.self ? "; points on a common scale of \(scale.big.bitWidth) bits" : "")
            + (crowded.map { "; \($0.unit) is touched by \($0.actions) actions and scored on demand" } ?? "")
        guard let best = search.best else { return .some(nil) }
        let members = best.positions.map { searched[$0] }.sorted()
        return .some((members, try verified(members, best.total, scale)))
    }

    var lazyEvaluations: Int {
        switch tabled {
        case .small(let built): built.tables.reduce(0) { $0 + ($1.scorer?.evaluator.subareaEvaluations ?? 0) }
        case .big(let built): built.tables.reduce(0) { $0 + ($1.scorer?.evaluator.subareaEvaluations ?? 0) }
        }
    }
}
