/// A tree decomposition of the graph whose vertices are a plan's actions and whose edges
/// join the actions of one rule's table (so every table's actions lie in one bag), built by
/// eliminating the action of the fewest remaining neighbours first (min-degree, ties to the
/// lower `rank`) and joining each eliminated action's neighbours (fill-in).
///
/// Node v of the tree is action v; its bag is v and its ``separator``, the neighbours it had
/// when eliminated, which all lie in the bag of its ``parent``, the first of them eliminated.
/// An action eliminated without neighbours (the last of a connected part) hangs below the
/// next action eliminated, so the tree is one tree and parts with nothing in common are
/// chained rather than joined.
struct TreeDecomposition {
    /// The actions in elimination order (children before parents; the last is the root).
    let order: [Int]
    /// Each action's position in ``order``.
    let step: [Int]
    /// Each action's bag without itself, ascending.
    let separator: [[Int]]
    /// Each action's parent node; nil for the root.
    let parent: [Int?]
    /// The largest bag's size less one; 0 when no table joins two actions.
    let width: Int

    /// The decomposition; nil as soon as a bag would exceed `widthLimit + 1` actions.
    init?(count: Int, cliques: [[Int]], rank: [Int], widthLimit: Int) {
        var adjacent = [Set<Int>](repeating: [], count: count)
        for clique in cliques {
            for u in clique { for w in clique where w != u { adjacent[u].insert(w) } }
        }
        var eliminated = [Bool](repeating: false, count: count)
        var order: [Int] = []
        var step = [Int](repeating: 0, count: count)
        var separator = [[Int]](repeating: [], count: count)
        var width = 0
        for position in 0..<count {
            var best: Int?
            for v in 0..<count where !eliminated[v] {
                guard let b = best else {
                    best = v
                    continue
                }
                if (adjacent[v].count, rank[v]) < (adjacent[b].count, rank[b]) { best = v }
            }
            guard let v = best else { break }
            let neighbours = adjacent[v].sorted()
            guard neighbours.count <= widthLimit else { return nil }
            width = Swift.max(width, neighbours.count)
            for u in neighbours {
                adjacent[u].remove(v)
                for w in neighbours where w != u { adjacent[u].insert(w) }
            }
            eliminated[v] = true
            order.append(v)
            step[v] = position
            separator[v] = neighbours
        }
        var parent = [Int?](repeating: nil, count: count)
        for (position, v) in order.enumerated() {
            if let first = separator[v].min(by: { step[$0] < step[$1] }) {
                parent[v] = first
            } else if position + 1 < order.count {
                parent[v] = order[position + 1]
            }
        }
        self.order = order
        self.step = step
        self.separator = separator
        self.parent = parent
        self.width = width
    }

    /// The lowest node whose subtree holds every node of `nodes` (not empty).
    func lowestCommonAncestor(_ nodes: [Int]) -> Int {
        var common = nodes[0]
        for node in nodes.dropFirst() {
            var other = node
            while common != other {
                if step[common] < step[other] {
                    guard let up = parent[common] else { break }
                    common = up
                } else {
                    guard let up = parent[other] else { break }
                    other = up
                }
            }
        }
        return common
    }
}
