/// The exact plan search along the plan's structure: dynamic programming over the actions
/// in an order that keeps few parts open at a time (a path decomposition of the graph whose
/// edges are the leaves and the capped sums).
///
/// After each action the sets decided so far are grouped by state: for every open leaf the
/// actions of its scope taken (a mask) or its saturated count, and for every open
/// accumulator its partial sum capped at its maximum. Sets in one state have the same
/// completions, so only the front of each state is kept (``SearchFront``). A leaf adds its
/// points to its parent when its last action is decided; an accumulator adds its capped
/// sum when its last leaf closes. At the end one state is left, whose front holds the answer.
struct StructuredSearch {
    /// The most sets weighed in all before the search gives way (to branch and bound, which
    /// is fast where the structure is not: many open parts mean many states).
    static let pointLimit = 1_000_000
    /// The most states after one action before the search gives way.
    static let stateLimit = 2_048

    let model: StructuredModel
    /// The actions in the order decided (model positions).
    let order: [Int]
    /// The largest number of states after one action, and the sets weighed.
    private(set) var largestStates = 0
    private(set) var weighed = 0

    init(_ model: StructuredModel) {
        self.model = model
        var edges = model.leaves.map(\.scope)
        var below = [Set<Int>](repeating: [], count: model.accumulators.count)
        for leaf in model.leaves {
            var parent = leaf.parent
            while let p = parent {
                below[p].formUnion(leaf.scope)
                parent = model.accumulators[p].parent
            }
        }
        edges += below.map { $0.sorted() }
        order = Self.order(count: model.actions.count, edges: edges)
    }

    /// A greedy order: next the action that opens the fewest parts net of those it closes,
    /// then the one in the open part with the fewest undecided actions, then the lowest position.
    static func order(count: Int, edges: [[Int]]) -> [Int] {
        var edgesOf = [[Int]](repeating: [], count: count)
        for (e, scope) in edges.enumerated() { for v in scope { edgesOf[v].append(e) } }
        var remaining = edges.map(\.count)
        var placed = [Bool](repeating: false, count: count)
        var order: [Int] = []
        for _ in 0..<count {
            var best: (score: Int, tie: Int, v: Int)?
            for v in 0..<count where !placed[v] {
                var score = 0
                var tie = Int.max
                for e in edgesOf[v] {
                    if remaining[e] == edges[e].count { score += 1 } else { tie = Swift.min(tie, remaining[e]) }
                    if remaining[e] == 1 { score -= 1 }
                }
                if let b = best, (b.score, b.tie, b.v) <= (score, tie, v) { continue }
                best = (score, tie, v)
            }
            let v = best!.v
            placed[v] = true
            order.append(v)
            for e in edgesOf[v] { remaining[e] -= 1 }
        }
        return order
    }

    /// The front of every set of actions, within `capacity` when given (a budget); nil when the
    /// states grow beyond ``stateLimit`` or the sets weighed beyond ``pointLimit``.
    mutating func run(capacity: Scaled?, byGain: Bool) -> [SearchFront.Point]? {
        let leaves = model.leaves
        let accumulators = model.accumulators
        var step = [Int](repeating: 0, count: model.actions.count)
        for (t, v) in order.enumerated() { step[v] = t }
        // When each part opens and closes, and which leaves each action enters (with its bit).
        var opens = [[Int]](repeating: [], count: order.count + 1)  // part ids: leaf l, accumulator leaves.count + a
        var closes = [[Int]](repeating: [], count: order.count + 1)
        var entering = [[(leaf: Int, index: Int)]](repeating: [], count: model.actions.count)
        var first = [Int](repeating: Int.max, count: accumulators.count)
        var last = [Int](repeating: -1, count: accumulators.count)
        for (l, leaf) in leaves.enumerated() {
            let steps = leaf.scope.map { step[$0] }
            opens[steps.min()!].append(l)
            closes[steps.max()!].append(l)
            for (index, v) in leaf.scope.enumerated() { entering[v].append((l, index)) }
            var parent = leaf.parent
            while let p = parent {
                first[p] = Swift.min(first[p], steps.min()!)
                last[p] = Swift.max(last[p], steps.max()!)
                parent = accumulators[p].parent
            }
        }
        // Subarea accumulators (with a parent) close before area accumulators.
        for a in accumulators.indices.sorted(by: { (accumulators[$0].parent == nil ? 1 : 0, $0) < (accumulators[$1].parent == nil ? 1 : 0, $1) })
        where last[a] >= 0 {
            opens[first[a]].insert(leaves.count + a, at: 0)
            closes[last[a]].append(leaves.count + a)
        }
        var open: [Int] = []
        var states: [[Scaled]: [SearchFront.Point]] = [[]: [SearchFront.Point(cost: 0, gain: 0, members: nil)]]
        for (t, v) in order.enumerated() {
            // Open the parts whose first action this is.
            var initial: [Scaled] = []
            for part in opens[t] {
                open.append(part)
                initial.append(part < leaves.count ? leaves[part].initialState : Swift.min(accumulators[part - leaves.count].cap, accumulators[part - leaves.count].constant))
            }
            let slots = entering[v].map { entry in (slot: open.firstIndex(of: entry.leaf)!, leaf: entry.leaf, index: entry.index) }
            // Which slots close, and where their points go.
            let closing = closes[t]
            var slotOf = [Int: Int]()
            for (slot, part) in open.enumerated() { slotOf[part] = slot }
            let closingSlots = closing.map { slotOf[$0]! }
            let keep = open.indices.filter { !closingSlots.contains($0) }
            var candidates: [[Scaled]: [SearchFront.Point]] = [:]
            var count = 0
            for (key, front) in states {
                let opened = key + initial
                var taken = opened
                for (slot, leaf, index) in slots { taken[slot] = leaves[leaf].including(index, in: taken[slot]) }
                for include in [false, true] {
                    var state = include ? taken : opened
                    var delta: Scaled = 0
                    for part in closing {
                        let slot = slotOf[part]!
                        let value: Scaled
                        let parent: Int?
                        if part < leaves.count {
                            value = leaves[part].points(state[slot])
                            parent = leaves[part].parent
                        } else {
                            value = state[slot]
                            parent = accumulators[part - leaves.count].parent
                        }
                        if let parent {
                            let target = slotOf[leaves.count + parent]!
                            state[target] = Swift.min(accumulators[parent].cap, state[target] + value)
                        } else {
                            delta += value
                        }
                    }
                    let next = keep.map { state[$0] }
                    var points: [SearchFront.Point] = []
                    points.reserveCapacity(front.count)
                    for point in front {
                        var moved = point
                        if include {
                            moved.cost += model.costs[v]
                            if let capacity, moved.cost > capacity { continue }
                            moved.members = MemberList(model.actions[v], point.members)
                        }
                        moved.gain += delta
                        points.append(moved)
                    }
                    guard !points.isEmpty else { continue }
                    count += points.count
                    candidates[next, default: []] += points
                }
            }
            weighed += count
            guard weighed <= Self.pointLimit, candidates.count <= Self.stateLimit else { return nil }
            open = keep.map { open[$0] }
            states = candidates.mapValues { SearchFront.front($0, byGain: byGain) }
            largestStates = Swift.max(largestStates, states.count)
        }
        return states[[]] ?? []
    }
}
