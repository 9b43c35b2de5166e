/// One factor of the structured plan search: a rule's points as a function of the
/// actions that change the facts it reads, on the search's integer scale.
struct StructuredLeaf {
    /// How the points follow the actions.
    enum Values {
        /// Points by mask of the scope's actions (bit j: `scope[j]`).
        case table([Scaled])
        /// Points by the number of counted items, `points[min(n, points.count - 1)]`: each
        /// action of the scope adds its own items (`weights[j]`, none shared), and the points
        /// no longer change from the last entry on.
        case count(weights: [Int], points: [Scaled])
    }

    /// The actions it depends on (model positions), ascending.
    var scope: [Int]
    /// The accumulator its points go to; nil: straight to the total.
    var parent: Int?
    /// Its points.
    var values: Values

    /// The state with no action of the scope taken.
    var initialState: Scaled { 0 }

    /// The state once the action at `index` of the scope is taken too.
    func including(_ index: Int, in state: Scaled) -> Scaled {
        switch values {
        case .table: return state | (Scaled(1) << index)
        case .count(let weights, let points): return Swift.min(state + Scaled(weights[index]), Scaled(points.count - 1))
        }
    }

    /// The points of a state.
    func points(_ state: Scaled) -> Scaled {
        switch values {
        case .table(let table): return table[Int(state)]
        case .count(_, let points): return points[Int(state)]
        }
    }

    /// The least and the most points of any state.
    var range: (least: Scaled, most: Scaled) {
        let all: [Scaled]
        switch values {
        case .table(let table): all = table
        case .count(_, let points): all = points
        }
        return (all.min() ?? 0, all.max() ?? 0)
    }
}

/// A capped sum in the structured plan search: a subarea whose maximum can cut (its rules'
/// points) or an area whose maximum can cut (its subareas' points).
struct StructuredAccumulator {
    /// The maximum.
    var cap: Scaled
    /// What its untouched parts give.
    var constant: Scaled
    /// The accumulator (an area's) its capped sum goes to; nil: straight to the total.
    var parent: Int?
}
