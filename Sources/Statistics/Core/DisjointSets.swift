/// Union–find over the items `0..<count`, with path halving; the one implementation of
/// connected components (rater pairing graphs, independent groups of plan actions).
public struct DisjointSets: Sendable {
    private var parent: [Int]

    /// Every item in a set of its own.
    public init(count: Int) {
        parent = Array(0..<count)
    }

    /// The representative of the item's set.
    public mutating func root(_ item: Int) -> Int {
        var x = item
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins the sets of two items.
    public mutating func union(_ a: Int, _ b: Int) {
        let rootA = root(a)
        let rootB = root(b)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }

    /// The sets, each sorted, in order of their first item.
    public mutating func components() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for item in parent.indices { byRoot[root(item), default: []].append(item) }
        return byRoot.values.sorted { $0[0] < $1[0] }
    }
}
