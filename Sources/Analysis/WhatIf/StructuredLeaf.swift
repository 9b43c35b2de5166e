/// One factor of the structured plan search: a rule's points as a function of the
/// actions that change the facts it reads, on the search's integer scale.
struct StructuredLeaf<V: SearchInteger> {
    /// How the points follow the actions.
    enum Values {
        /// Points by mask of the scope's actions (bit j: `scope[j]`).
        case table([V])
        /// Points by the number of counted items, `points[min(n, points.count - 1)]`: each
        /// action of the scope adds its own items (`weights[j]`, none shared), and the points
        /// no longer change from the last entry on.
        case count(weights: [Int], points: [V])
    }

    /// The actions it depends on (model positions), ascending.
    var scope: [Int]
    /// The accumulator its points go to; nil: straight to the total.
    var parent: Int?
    /// Its points.
    var values: Values

    /// Whether it is a count: additive over its actions, so the search keeps its count, not its actions.
    var isCount: Bool {
        if case .count = values { return true }
        return false
    }

    /// The count once `weight` more items are counted, saturated where the points stop changing.
    func counted(_ state: V, adding weight: Int) -> V {
        guard case .count(_, let points) = values else { return state }
        return V(count: Swift.min(state.countValue + weight, points.count - 1))
    }

    /// The points of a table's mask or a count.
    func points(_ state: Int) -> V {
        switch values {
        case .table(let table): return table[state]
        case .count(_, let points): return points[state]
        }
    }

    /// The most points of any state.
    var most: V {
        switch values {
        case .table(let table): return table.max() ?? .zero
        case .count(_, let points): return points.max() ?? .zero
        }
    }
}

/// A capped sum in the structured plan search: a subarea whose maximum can cut (its rules'
/// points) or an area whose maximum can cut (its subareas' points).
struct StructuredAccumulator<V: SearchInteger> {
    /// The maximum.
    var cap: V
    /// What its untouched parts give.
    var constant: V
    /// The accumulator (an area's) its capped sum goes to; nil: straight to the total.
    var parent: Int?

    /// How far the parts it adds can go before the maximum cuts (the search keeps partial
    /// sums capped there, which is exact since every part is non-negative).
    var room: V { cap < constant ? .zero : cap - constant }

    /// Its capped sum for a partial sum of its parts.
    func value(_ partial: V) -> V {
        let sum = constant + partial
        return sum < cap ? sum : cap
    }
}
