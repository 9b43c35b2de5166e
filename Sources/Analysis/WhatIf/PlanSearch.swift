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
/// Points and costs are 128-bit integers on a common scale; where the points' scale needs
/// more, only the structured search runs, adding them in ``BigInteger``. The chosen set is
/// then re-scored from scratch with the plain ``Evaluator`` and must give the same total.
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

    let tables: [SearchTable]
    let touches: [[(table: Int, bit: Int)]]
    let upper: [Scaled]
    let costs: [Scaled]
    let areaMax: [Scaled]
    let areaConstant: [Scaled]
    let fixedTotal: Scaled
    let scale: Scaled
    let costScale: Scaled
    /// Set when a unit is touched by more than 64 actions: only the structured search runs.
    let crowded: PlanSearchError?
    /// Set when the points need a scale beyond 128 bits: only the structured search runs (on ``BigInteger``).
    let unscaled: PlanSearchError?

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
        let built = try SearchTables(instrument: instrument, plan: plan, denseLimit: denseLimit, evaluator: &evaluator)
        searched = built.searched
        neverRaise = built.neverRaise
        tables = built.tables
        touches = built.touches
        upper = built.upper
        costs = built.costs
        areaMax = built.areaMax
        areaConstant = built.areaConstant
        fixedTotal = built.fixedTotal
        scale = built.scale
        costScale = built.costScale
        crowded = built.crowded
        unscaled = built.unscaled
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
        var gaveWay: String?
        let tabled = crowded == nil && unscaled == nil
        if method == .automatic, tabled, let search = try? branchAndBound(nodeLimit: nil), var pareto = ParetoSearch(search),
            let front = pareto.combined(search, byGain: isBudget)
        {
            switch goal {
            case .budget(let budget):
                guard budget >= .zero else { return result }
                let capacity = ScaledValue.floorScaled(budget, costScale)
                if let point = front.last(where: { $0.cost <= capacity }) {
                    answer = (point.members, try verified(point.members, search.total + point.gain, scale))
                }
            case .target(let target):
                let needed = ScaledValue.ceilScaled(target, scale)
                if let point = front.first(where: { search.total + $0.gain >= needed }) {
                    answer = (point.members, try verified(point.members, search.total + point.gain, scale))
                } else if let most = front.last {
                    result.bestReachable = try verified(most.members, search.total + most.gain, scale)
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
            if let refusal = crowded ?? unscaled { throw refusal }
            var search = try branchAndBound(nodeLimit: searched.count <= Self.exactActionLimit ? nil : nodeLimit)
            switch goal {
            case .budget(let budget):
                guard budget >= .zero else { return result }
                let capacity = ScaledValue.floorScaled(budget, costScale)
                let rootBound = Swift.min(search.boundTotal, search.total + search.knapsack(from: 0, capacity: capacity))
                try search.maximise(budget: capacity)
                if search.stopped { result.bound = ScaledValue.rational(rootBound, scale) }
            case .target(let target):
                let needed = ScaledValue.ceilScaled(target, scale)
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
            result.method = "branch and bound over \(searched.count) action\(searched.count == 1 ? "" : "s"), "
                + "\(search.nodes) nodes; " + (search.stopped ? "stopped at the node limit" : "finished, so the answer is exact")
                + left + (gaveWay.map { "; the structured search gave way: \($0)" } ?? "")
            if let best = search.best {
                let members = best.positions.map { searched[$0] }.sorted()
                answer = (members, try verified(members, best.total, scale))
            }
        }
        result.subareaEvaluations = subareaEvaluations + lazyEvaluations
        guard let answer else { return result }
        result.total = answer.total
        do { result.cost = try plan.cost(of: answer.members) } catch { throw .overflow(error) }
        result.chosen = answer.members
        return result
    }

    /// Branch and bound over the tables.
    func branchAndBound(nodeLimit: Int?) throws(PlanSearchError) -> BranchAndBound {
        try BranchAndBound(
            tables: tables, touches: touches, cost: costs, upper: upper, areaMax: areaMax, areaConstant: areaConstant,
            fixedTotal: fixedTotal, planIndex: searched, nodeLimit: nodeLimit)
    }

    var lazyEvaluations: Int { tables.reduce(0) { $0 + ($1.scorer?.evaluator.subareaEvaluations ?? 0) } }
}
