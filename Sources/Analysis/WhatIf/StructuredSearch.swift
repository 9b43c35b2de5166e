/// The exact plan search along the plan's structure: dynamic programming over a tree
/// decomposition of the interaction graph (``TreeDecomposition``: actions joined where one
/// rule's table reads both), so chains and trees of interacting subareas cost little more
/// than their width allows.
///
/// Each node (an action) hands its parent, per state, the front of the sets decided in its
/// subtree (``SearchFront``): a state is what the rest of the search needs to know of them,
/// the actions taken in the node's separator and the partial sums of the parts still open,
/// counts of counted sets and capped sums of subareas and areas that also have parts
/// outside the subtree. Sums and counts add up exactly where subtrees join, capped where
/// the maximum cuts (every part is non-negative). A rule's table is read at the node where
/// the first of its actions is eliminated (all of them are in its bag); a part closes, its
/// value going to its accumulator or the total, at the lowest node that holds all of its
/// parts. Sets in one state have the same completions, so each state keeps its front only.
struct StructuredSearch<V: SearchInteger> {
    /// The most sets weighed in all before the search gives way (to branch and bound, which
    /// is fast where the structure is not: many open parts mean many states).
    static var pointLimit: Int { 1_000_000 }
    /// The most states after one action before the search gives way.
    static var stateLimit: Int { 2_048 }
    /// The search gives way before building anything when its bound on the states after one
    /// action (``stateBound(_:on:)``, an overestimate) passes ``stateLimit`` this many times.
    static var estimateMargin: Int { 16 }
    /// The widest tree decomposition searched (bags of at most this many actions plus one),
    /// and the widest where nothing else can run.
    static var widthLimit: Int { 12 }
    static var unlimitedWidthLimit: Int { 20 }

    typealias Point = SearchFront.Point<V>

    /// A state: the actions taken among a node's separator (bit i: `separator[i]`) and the partial sums of its open parts.
    struct Key: Hashable {
        var mask: UInt64
        var sums: [V]
    }

    let model: StructuredModel<V>
    /// The decomposition; nil when its width exceeds ``widthLimit``.
    let tree: TreeDecomposition?
    /// The largest number of states after one action, and the sets weighed.
    var largestStates = 0
    var weighed = 0
    /// Why the search gave way, when it did.
    var gaveWay: PlanSearchGiveWay?
    /// Whether the search gives way beyond ``pointLimit`` and ``stateLimit``; not where
    /// nothing else can run (no 128-bit scale, a unit of more than 64 actions).
    let limited: Bool

    init(_ model: StructuredModel<V>, limited: Bool = true) {
        self.model = model
        self.limited = limited
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
        let path = Self.order(count: model.actions.count, edges: edges)
        var rank = [Int](repeating: 0, count: path.count)
        for (position, v) in path.enumerated() { rank[v] = position }
        let cliques = model.leaves.filter { !$0.isCount && $0.scope.count > 1 }.map(\.scope)
        let widthLimit = limited ? Self.widthLimit : Self.unlimitedWidthLimit
        tree = TreeDecomposition(count: model.actions.count, cliques: cliques, rank: rank, widthLimit: widthLimit)
        if tree == nil {
            gaveWay = .width(limit: widthLimit)
        }
    }

    /// A greedy order, the tie-break of the elimination: next the action that opens the fewest
    /// parts net of those it closes, then the one in the open part with the fewest undecided
    /// actions, then the lowest position.
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
            guard let v = best?.v else { break }
            placed[v] = true
            order.append(v)
            for e in edgesOf[v] { remaining[e] -= 1 }
        }
        return order
    }
}
