/// The exact search over actions on integer-scaled points (`Int128`, or ``BigInteger`` where
/// their common scale needs more) and costs: depth first over the actions in the order given
/// (best upper gain per cost first), including before excluding.
///
/// A node's bound on the total is the smaller of two proven bounds: each touched
/// subarea's best completion from its exact table, capped per area; and the current total
/// plus the fractional knapsack of the undecided actions' upper gains (no action adds more
/// than its upper gain in any combination, so gains telescope under that bound).
struct BranchAndBound<V: SearchInteger> {
    /// A set found: total and cost on their scales, and the actions (search positions).
    struct Candidate {
        var total: V
        var cost: Scaled
        var positions: [Int]
    }

    let tables: [SearchTable<V>]
    /// Per action (search position): the tables it touches and its bit in each.
    let touches: [[(table: Int, bit: Int)]]
    let cost: [Scaled]
    let upper: [V]
    let areaMax: [V]
    /// The plan index of each search position, for the tie-break on plan order.
    let planIndex: [Int]
    let prefixUpper: [V]
    let prefixCost: [Scaled]
    /// For each depth: the undecided actions' upper gains, largest first, summed (`[0, u₁, u₁+u₂, …]`).
    let largestUpper: [[V]]
    /// For each depth: the undecided actions' plan indices, ascending.
    let undecidedPlan: [[Int]]
    var nodeLimit: Int?

    var mask: [UInt64]
    /// The masks of tables touched by more than 64 actions (empty for the others).
    var wideMask: [[UInt64]]
    var decided: [Int]
    var value: [V]
    var bound: [V]
    var areaValue: [V]
    var areaBound: [V]
    var total: V
    var boundTotal: V
    var costSoFar: Scaled = 0
    var chosen: [Int] = []
    var nodes = 0
    var stopped = false
    var best: Candidate?

    /// The search over `built`'s tables, in its search order.
    init(_ built: SearchTables<V>, nodeLimit: Int?) throws(PlanSearchError) {
        try self.init(
            tables: built.tables, touches: built.touches, cost: built.costs, upper: built.upper, areaMax: built.areaMax,
            areaConstant: built.areaConstant, fixedTotal: built.fixedTotal, planIndex: built.searched, nodeLimit: nodeLimit)
    }

    init(
        tables: [SearchTable<V>], touches: [[(table: Int, bit: Int)]], cost: [Scaled], upper: [V],
        areaMax: [V], areaConstant: [V], fixedTotal: V, planIndex: [Int], nodeLimit: Int?
    ) throws(PlanSearchError) {
        self.tables = tables
        self.touches = touches
        self.cost = cost
        self.upper = upper
        self.areaMax = areaMax
        self.planIndex = planIndex
        self.nodeLimit = nodeLimit
        var pu: [V] = [.zero]
        var pc: [Scaled] = [0]
        for k in cost.indices {
            pu.append(pu[k] + upper[k])
            pc.append(pc[k] &+ cost[k])
        }
        prefixUpper = pu
        prefixCost = pc
        largestUpper = cost.indices.map { d in
            var sums: [V] = [.zero]
            for u in upper[d...].sorted(by: >) { sums.append(sums[sums.count - 1] + u) }
            return sums
        } + [[.zero]]
        undecidedPlan = cost.indices.map { planIndex[$0...].sorted() } + [[]]
        mask = [UInt64](repeating: 0, count: tables.count)
        wideMask = tables.map { [UInt64](repeating: 0, count: $0.isWide ? ($0.bits + 63) / 64 : 0) }
        decided = [Int](repeating: 0, count: tables.count)
        value = try tables.map { table throws(PlanSearchError) in
            try table.isWide ? table.value(wide: [UInt64](repeating: 0, count: (table.bits + 63) / 64)) : table.value(0)
        }
        bound = tables.map { $0.bound(decided: 0, mask: 0) }
        areaValue = areaConstant
        areaBound = areaConstant
        for (t, table) in tables.enumerated() {
            areaValue[table.area] = areaValue[table.area] + value[t]
            areaBound[table.area] = areaBound[table.area] + bound[t]
        }
        total = fixedTotal
        boundTotal = fixedTotal
        for a in areaMax.indices {
            total = total + Swift.min(areaMax[a], areaValue[a])
            boundTotal = boundTotal + Swift.min(areaMax[a], areaBound[a])
        }
    }

    // MARK: Deciding actions

    typealias Saved = (table: Int, mask: UInt64, value: V, bound: V)

    /// Decides action `k`, updating the tables it touches, the area sums and the totals.
    mutating func decide(_ k: Int, include: Bool) throws(PlanSearchError) -> [Saved] {
        var saved: [Saved] = []
        saved.reserveCapacity(touches[k].count)
        for (t, bit) in touches[k] {
            saved.append((t, mask[t], value[t], bound[t]))
            decided[t] += 1
            let newValue: V
            if tables[t].isWide {
                if include { wideMask[t][bit / 64] |= 1 << UInt64(bit % 64) }
                newValue = include ? try tables[t].value(wide: wideMask[t]) : value[t]
            } else {
                if include { mask[t] |= 1 << UInt64(bit) }
                newValue = include ? try tables[t].value(mask[t]) : value[t]
            }
            set(t, value: newValue, bound: tables[t].bound(decided: decided[t], mask: mask[t]))
        }
        if include {
            chosen.append(k)
            costSoFar += cost[k]
        }
        return saved
    }

    mutating func undo(_ k: Int, include: Bool, _ saved: [Saved]) {
        for (entry, touch) in zip(saved, touches[k]).reversed() {
            decided[entry.table] -= 1
            mask[entry.table] = entry.mask
            if include, tables[entry.table].isWide { wideMask[entry.table][touch.bit / 64] &= ~(1 << UInt64(touch.bit % 64)) }
            set(entry.table, value: entry.value, bound: entry.bound)
        }
        if include {
            chosen.removeLast()
            costSoFar -= cost[k]
        }
    }

    @inline(__always)
    private mutating func set(_ t: Int, value newValue: V, bound newBound: V) {
        let a = tables[t].area
        total = total - Swift.min(areaMax[a], areaValue[a])
        boundTotal = boundTotal - Swift.min(areaMax[a], areaBound[a])
        areaValue[a] = areaValue[a] + (newValue - value[t])
        areaBound[a] = areaBound[a] + (newBound - bound[t])
        value[t] = newValue
        bound[t] = newBound
        total = total + Swift.min(areaMax[a], areaValue[a])
        boundTotal = boundTotal + Swift.min(areaMax[a], areaBound[a])
    }

    // MARK: Bounds

    /// The most the undecided actions from `d` can add within `capacity` (fractional knapsack, rounded up).
    func knapsack(from d: Int, capacity: Scaled) -> V {
        var low = d
        var high = cost.count
        while low < high {
            let mid = (low + high + 1) / 2
            if prefixCost[mid] - prefixCost[d] <= capacity { low = mid } else { high = mid - 1 }
        }
        var gain = prefixUpper[low] - prefixUpper[d]
        if low < cost.count {
            let room = capacity - (prefixCost[low] - prefixCost[d])
            gain = gain + V.ceilMulDiv(upper[low], room, cost[low])
        }
        return gain
    }

    /// The least the undecided actions from `d` must cost to add `need` (fractional cover,
    /// rounded down), or nil when even all of them cannot.
    func cover(from d: Int, need: V) -> Scaled? {
        guard prefixUpper[cost.count] - prefixUpper[d] >= need else { return nil }
        var low = d + 1
        var high = cost.count
        while low < high {
            let mid = (low + high) / 2
            if prefixUpper[mid] - prefixUpper[d] >= need { high = mid } else { low = mid + 1 }
        }
        let got = prefixUpper[low - 1] - prefixUpper[d]
        return prefixCost[low - 1] - prefixCost[d] + V.floorMulDiv(cost[low - 1], need - got, upper[low - 1])
    }

    /// Whether some completion adding `need` to the total at cost `least` or more can beat the
    /// best on the tie-breaks, when its cost cannot be below the best's.
    func tieCanWin(from d: Int, need: V, least: Scaled, best: Candidate) -> Bool {
        if least < best.cost { return true }
        if least > best.cost { return false }
        // At the best's cost: at least `m` more actions, the most gain first.
        guard let m = largestUpper[d].firstIndex(where: { $0 >= need }) else { return false }
        let count = chosen.count + m
        if count != best.positions.count { return count < best.positions.count }
        // Exactly the best's count: the earliest such set takes the m earliest undecided actions.
        let earliest = (chosen.map { planIndex[$0] } + undecidedPlan[d].prefix(m)).sorted()
        return earliest.lexicographicallyPrecedes(best.positions.map { planIndex[$0] }.sorted())
    }

    // MARK: Candidates

    /// Whether `positions` comes before `other` in plan order (the set whose actions come earliest).
    func earlier(_ positions: [Int], than other: [Int]) -> Bool {
        let a = positions.map { planIndex[$0] }.sorted()
        let b = other.map { planIndex[$0] }.sorted()
        return a.lexicographicallyPrecedes(b)
    }

    /// Records the current set if it beats the best: by total (budget only), then cost,
    /// then fewer actions, then plan order.
    mutating func consider(byTotal: Bool) {
        guard let best else {
            self.best = Candidate(total: total, cost: costSoFar, positions: chosen)
            return
        }
        if byTotal, total != best.total {
            if total > best.total { self.best = Candidate(total: total, cost: costSoFar, positions: chosen) }
            return
        }
        if costSoFar != best.cost {
            if costSoFar < best.cost { self.best = Candidate(total: total, cost: costSoFar, positions: chosen) }
            return
        }
        if chosen.count != best.positions.count {
            if chosen.count < best.positions.count { self.best = Candidate(total: total, cost: costSoFar, positions: chosen) }
            return
        }
        if earlier(chosen, than: best.positions) { self.best = Candidate(total: total, cost: costSoFar, positions: chosen) }
    }

    private mutating func tick() -> Bool {
        nodes += 1
        if let nodeLimit, nodes > nodeLimit { stopped = true }
        return !stopped
    }

    // MARK: Search

    /// The largest total within `budget`; the empty set is the first candidate.
    mutating func maximise(budget: Scaled) throws(PlanSearchError) {
        consider(byTotal: true)
        try maximise(0, budget: budget)
    }

    private mutating func maximise(_ d: Int, budget: Scaled) throws(PlanSearchError) {
        guard tick(), d < cost.count, let best else { return }
        let limit = Swift.min(boundTotal, total + knapsack(from: d, capacity: budget - costSoFar))
        guard limit >= best.total else { return }
        if limit == best.total {
            // Only a tie on the total can come from below: it must win on cost, count or plan order.
            guard total < best.total, let extra = cover(from: d, need: best.total - total),
                tieCanWin(from: d, need: best.total - total, least: costSoFar + extra, best: best)
            else { return }
        }
        if costSoFar + cost[d] <= budget {
            let saved = try decide(d, include: true)
            consider(byTotal: true)
            try maximise(d + 1, budget: budget)
            undo(d, include: true, saved)
        }
        let saved = try decide(d, include: false)
        try maximise(d + 1, budget: budget)
        undo(d, include: false, saved)
    }

    /// The cheapest set whose total reaches `target`.
    mutating func minimise(target: V) throws(PlanSearchError) {
        if total >= target { consider(byTotal: false) }
        try minimise(0, target: target)
    }

    private mutating func minimise(_ d: Int, target: V) throws(PlanSearchError) {
        guard tick(), d < cost.count, boundTotal >= target, total < target,
            let extra = cover(from: d, need: target - total)
        else { return }
        if let best, !tieCanWin(from: d, need: target - total, least: costSoFar + extra, best: best) { return }
        let saved = try decide(d, include: true)
        if total >= target { consider(byTotal: false) }
        try minimise(d + 1, target: target)
        undo(d, include: true, saved)
        let skipped = try decide(d, include: false)
        try minimise(d + 1, target: target)
        undo(d, include: false, skipped)
    }
}
