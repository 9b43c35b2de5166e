import Engine

/// The plan's score as the structured search sees it: the total is a sum over areas of
/// capped sums of subareas, a points subarea is a capped sum of its rules, and a rule's
/// points depend only on the actions that change a fact it reads. So each touched rule is a
/// leaf (a table over its few actions, or, for a rule that counts the items of a set that
/// many actions each add distinct items to, a function of the count), each subarea or area
/// whose maximum can cut is an accumulator, and everything else is a constant.
///
/// ``StructuredShape`` holds the exact values; ``scaled(_:)`` puts them on one integer scale
/// (the least common multiple of their denominators, of any size), in `Int128` or, beyond
/// 128 bits, in ``BigInteger``.
struct StructuredModel<V: SearchInteger> {
    /// The plan indices of the actions (model positions).
    let actions: [Int]
    /// Their costs on ``costScale``.
    let costs: [Scaled]
    let leaves: [StructuredLeaf<V>]
    let accumulators: [StructuredAccumulator<V>]
    /// What the untouched areas (and the untouched parts of uncapped areas) give.
    let rootConstant: V
    let scale: V
    let costScale: Scaled

    /// The model of `shape` on `scale`, a multiple of every denominator in it. An area whose
    /// maximum cannot cut (its constant and the most of its parts stay under it) is no accumulator.
    init(_ shape: StructuredShape, scale: V) {
        func scaled(_ values: [Rational]) -> V { values.reduce(V.zero) { $0 + V.scaling($1, by: scale) } }
        actions = shape.actions
        costs = shape.costs
        costScale = shape.costScale
        self.scale = scale
        let leafValues = shape.leaves.map { leaf -> StructuredLeaf<V>.Values in
            if let table = leaf.table { return .table(table.map { V.scaling($0, by: scale) }) }
            return .count(weights: leaf.weights, points: leaf.counted.map { V.scaling($0, by: scale) })
        }
        var root = scaled(shape.rootConstants)
        var accumulators: [StructuredAccumulator<V>] = []
        var parentOf = [Int?](repeating: nil, count: shape.leaves.count)
        for area in shape.areas {
            func most(_ leaves: [Int]) -> V {
                leaves.reduce(V.zero) { $0 + StructuredLeaf(scope: [], parent: nil, values: leafValues[$1]).most }
            }
            let subs = area.subareas.map { sub in
                StructuredAccumulator(cap: V.scaling(sub.cap, by: scale), constant: scaled(sub.constants), parent: nil)
            }
            let constant = scaled(area.constants)
            var reach = constant + most(area.leaves)
            for (sub, raw) in zip(subs, area.subareas) { reach = reach + sub.value(most(raw.leaves)) }
            let cap = V.scaling(area.cap, by: scale)
            var areaIndex: Int?
            if cap < reach {
                areaIndex = accumulators.count
                accumulators.append(StructuredAccumulator(cap: cap, constant: constant, parent: nil))
            } else {
                root = root + constant
            }
            for leaf in area.leaves { parentOf[leaf] = areaIndex }
            for (sub, raw) in zip(subs, area.subareas) {
                var placed = sub
                placed.parent = areaIndex
                for leaf in raw.leaves { parentOf[leaf] = accumulators.count }
                accumulators.append(placed)
            }
        }
        rootConstant = root
        self.accumulators = accumulators
        leaves = shape.leaves.indices.map { StructuredLeaf(scope: shape.leaves[$0].scope, parent: parentOf[$0], values: leafValues[$0]) }
    }
}
