extension StructuredSearch {
    /// Where each part of the model is handled on the tree: parts are leaves (by index) and
    /// accumulators (`leaves.count + index`); only counts and accumulators keep a partial sum.
    struct Places {
        /// Per node: the tables read there.
        var tablesAt: [[Int]]
        /// Per node: the counts its action adds to (leaf, weight).
        var countsAt: [[(leaf: Int, weight: Int)]]
        /// Per node: the parts closing there, children before parents.
        var closingAt: [[Int]]
        /// Per node: the parts open in the states it hands up, ascending.
        var openAt: [[Int]]
    }

    /// The parts' places on `tree`.
    func places(on tree: TreeDecomposition) -> Places {
        let leaves = model.leaves
        let accumulators = model.accumulators
        let count = model.actions.count
        var tablesAt = [[Int]](repeating: [], count: count)
        var countsAt = [[(leaf: Int, weight: Int)]](repeating: [], count: count)
        var sites = [[Int]](repeating: [], count: leaves.count + accumulators.count)
        var close = [Int?](repeating: nil, count: leaves.count + accumulators.count)
        for (l, leaf) in leaves.enumerated() {
            switch leaf.values {
            case .table:
                guard let home = leaf.scope.min(by: { tree.step[$0] < tree.step[$1] }) else { continue }
                tablesAt[home].append(l)
                if let p = leaf.parent { sites[leaves.count + p].append(home) }
            case .count(let weights, _):
                for (index, v) in leaf.scope.enumerated() where weights[index] > 0 { countsAt[v].append((l, weights[index])) }
                sites[l] = leaf.scope
                close[l] = leaf.scope.isEmpty ? nil : tree.lowestCommonAncestor(leaf.scope)
                if let p = leaf.parent, let c = close[l] { sites[leaves.count + p].append(c) }
            }
        }
        // Subareas (with a parent) close before the areas they go to.
        let accumulatorOrder = accumulators.indices.sorted {
            (accumulators[$0].parent == nil ? 1 : 0, $0) < (accumulators[$1].parent == nil ? 1 : 0, $1)
        }
        for a in accumulatorOrder {
            let part = leaves.count + a
            guard !sites[part].isEmpty else { continue }
            let c = tree.lowestCommonAncestor(sites[part])
            close[part] = c
            if let p = accumulators[a].parent { sites[leaves.count + p].append(c) }
        }
        var closingAt = [[Int]](repeating: [], count: count)
        var open = [Set<Int>](repeating: [], count: count)
        for part in leaves.indices.filter({ leaves[$0].isCount }) + accumulatorOrder.map({ leaves.count + $0 }) {
            guard let c = close[part] else { continue }
            closingAt[c].append(part)
            for site in sites[part] {
                var node = site
                while node != c, !open[node].contains(part) {
                    open[node].insert(part)
                    guard let up = tree.parent[node] else { break }
                    node = up
                }
            }
        }
        return Places(tablesAt: tablesAt, countsAt: countsAt, closingAt: closingAt, openAt: open.map { $0.sorted() })
    }

    /// Before building anything: the most states any node can hand up, bounded by the subsets
    /// of its subtree's actions and by the separator's masks times the values each open part
    /// can take (a count's entries; an accumulator's multiples of the greatest common divisor
    /// of what flows into it, up to its room). Nil off `Int128`.
    func stateBound(_ plan: Places, on tree: TreeDecomposition) -> Double? {
        guard V.self == Int128.self else { return nil }
        let leaves = model.leaves
        let accumulators = model.accumulators
        var step = [Int128](repeating: 0, count: accumulators.count)
        func gcd(_ a: Int128, _ b: Int128) -> Int128 { ScaledValue.gcd(a, b) }
        for leaf in leaves {
            guard let p = leaf.parent else { continue }
            let values: [V]
            switch leaf.values {
            case .table(let table): values = table
            case .count(_, let points): values = points
            }
            for value in values { step[p] = gcd(step[p], value as? Int128 ?? 1) }
        }
        // Subareas before the areas they flow into: a subarea gives multiples of its own step, its constant and its cap.
        for (a, accumulator) in accumulators.enumerated() where accumulator.parent != nil {
            guard let p = accumulator.parent else { continue }
            let own = gcd(gcd(step[a], accumulator.constant as? Int128 ?? 1), accumulator.cap as? Int128 ?? 1)
            step[p] = gcd(step[p], own)
        }
        var size = [Int](repeating: 1, count: model.actions.count)
        var most = 0.0
        for v in tree.order {
            if let p = tree.parent[v] { size[p] += size[v] }
            var bound = Double(1 << Swift.min(tree.separator[v].count, 60))
            for part in plan.openAt[v] {
                if part < leaves.count, case .count(_, let points) = leaves[part].values {
                    bound *= Double(points.count)
                } else if part >= leaves.count {
                    let a = part - leaves.count
                    let room = accumulators[a].room as? Int128 ?? 0
                    bound *= step[a] > 0 ? Double(room / step[a]) + 2 : 1
                }
            }
            most = Swift.max(most, Swift.min(bound, Double(1 << Swift.min(size[v], 60))))
        }
        return most
    }

    /// The front of every set of actions, within `capacity` when given (a budget); nil when the
    /// decomposition is too wide or the states grow beyond ``stateLimit`` or the sets weighed
    /// beyond ``pointLimit`` (``gaveWay`` says which).
    mutating func run(capacity: Scaled?, byGain: Bool) -> [Point]? {
        guard let tree else { return nil }
        let origin = Point(cost: 0, gain: .zero, members: nil)
        guard !tree.order.isEmpty else { return [origin] }
        let plan = places(on: tree)
        if limited, let bound = stateBound(plan, on: tree), bound > Double(Self.stateLimit * Self.estimateMargin) {
            gaveWay = .estimate(limit: Self.stateLimit * Self.estimateMargin)
            return nil
        }
        let leaves = model.leaves
        let accumulators = model.accumulators
        var children = [[Int]](repeating: [], count: model.actions.count)
        for v in tree.order { if let p = tree.parent[v] { children[p].append(v) } }
        var messages = [[Key: [Point]]](repeating: [:], count: model.actions.count)
        for v in tree.order {
            let bag = [v] + tree.separator[v]
            var bitOf: [Int: Int] = [:]
            for (bit, u) in bag.enumerated() { bitOf[u] = bit }
            let working = Set(children[v].flatMap { plan.openAt[$0] } + plan.openAt[v] + plan.closingAt[v]).sorted()
            var slotOf: [Int: Int] = [:]
            for (slot, part) in working.enumerated() { slotOf[part] = slot }
            // The room of each slot: a count's last entry, an accumulator's room under its maximum.
            let room = working.map { part -> V in
                if part < leaves.count, case .count(_, let points) = leaves[part].values { return V(count: points.count - 1) }
                return part < leaves.count ? .zero : accumulators[part - leaves.count].room
            }
            func add(_ value: V, to slot: Int, _ sums: inout [V]) {
                let sum = sums[slot] + value
                sums[slot] = sum < room[slot] ? sum : room[slot]
            }
            // Each child's states by the bag's actions they fix, their sums in the working slots.
            var grouped: [[UInt64: [(sums: [V], front: [Point])]]] = []
            var fixed: [UInt64] = []
            for c in children[v] {
                var byMask: [UInt64: [(sums: [V], front: [Point])]] = [:]
                let bits = tree.separator[c].map { bitOf[$0] ?? 0 }
                let slots = plan.openAt[c].map { slotOf[$0] ?? 0 }
                for (key, front) in messages[c] {
                    var mask: UInt64 = 0
                    for (i, bit) in bits.enumerated() where key.mask & (1 << UInt64(i)) != 0 { mask |= 1 << UInt64(bit) }
                    var sums = [V](repeating: .zero, count: working.count)
                    for (i, slot) in slots.enumerated() { sums[slot] = key.sums[i] }
                    byMask[mask, default: []].append((sums, front))
                }
                messages[c] = [:]
                grouped.append(byMask)
                fixed.append(bits.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) })
            }
            let outSlots = plan.openAt[v].map { slotOf[$0] ?? 0 }
            var outgoing: [Key: [Point]] = [:]
            var count = 0
            for assignment in 0..<(UInt64(1) << UInt64(bag.count)) {
                // Join the children's states that agree with the assignment.
                var current: [[V]: [Point]] = [[V](repeating: .zero, count: working.count): [origin]]
                var first = true
                for (c, byMask) in grouped.enumerated() {
                    let entries = byMask[assignment & fixed[c]] ?? []
                    if first {
                        current = [:]
                        for entry in entries { current[entry.sums] = entry.front }
                        first = false
                        continue
                    }
                    var joined: [[V]: [Point]] = [:]
                    for (sums, front) in current {
                        for entry in entries {
                            var both = sums
                            for slot in both.indices where entry.sums[slot] != .zero { add(entry.sums[slot], to: slot, &both) }
                            var points: [Point] = []
                            for x in front {
                                for y in entry.front {
                                    let cost = x.cost + y.cost
                                    if let capacity, cost > capacity { continue }
                                    points.append(Point(cost: cost, gain: x.gain + y.gain, members: MemberList.joined(x.members, y.members)))
                                }
                            }
                            count += points.count
                            joined[both, default: []] += points
                        }
                    }
                    current = joined.mapValues { SearchFront.front($0, byGain: byGain) }
                    if current.isEmpty { break }
                }
                // This node's action, its tables and the parts closing here.
                let taken = assignment & 1 != 0
                for (sums, front) in current {
                    var state = sums
                    var delta = V.zero
                    if taken { for (leaf, weight) in plan.countsAt[v] { state[slotOf[leaf] ?? 0] = leaves[leaf].counted(state[slotOf[leaf] ?? 0], adding: weight) } }
                    for l in plan.tablesAt[v] {
                        var mask = 0
                        for (index, u) in leaves[l].scope.enumerated() where assignment & (1 << UInt64(bitOf[u] ?? 0)) != 0 { mask |= 1 << index }
                        let value = leaves[l].points(mask)
                        if let p = leaves[l].parent { add(value, to: slotOf[leaves.count + p] ?? 0, &state) } else { delta = delta + value }
                    }
                    for part in plan.closingAt[v] {
                        let slot = slotOf[part] ?? 0
                        let value: V
                        let parent: Int?
                        if part < leaves.count {
                            value = leaves[part].points(state[slot].countValue)
                            parent = leaves[part].parent
                        } else {
                            value = accumulators[part - leaves.count].value(state[slot])
                            parent = accumulators[part - leaves.count].parent
                        }
                        state[slot] = .zero
                        if let parent { add(value, to: slotOf[leaves.count + parent] ?? 0, &state) } else { delta = delta + value }
                    }
                    let key = Key(mask: assignment >> 1, sums: outSlots.map { state[$0] })
                    var points: [Point] = []
                    points.reserveCapacity(front.count)
                    for point in front {
                        var moved = point
                        if taken {
                            moved.cost += model.costs[v]
                            if let capacity, moved.cost > capacity { continue }
                            moved.members = MemberList(model.actions[v], point.members)
                        }
                        moved.gain = moved.gain + delta
                        points.append(moved)
                    }
                    guard !points.isEmpty else { continue }
                    count += points.count
                    outgoing[key, default: []] += points
                }
                // States and sets only grow while a node is built: give way as soon as either passes its limit.
                if limited, outgoing.count > Self.stateLimit || weighed + count > Self.pointLimit {
                    gaveWay = weighed + count > Self.pointLimit ? .sets(limit: Self.pointLimit) : .states(limit: Self.stateLimit)
                    return nil
                }
            }
            weighed += count
            guard !limited || (weighed <= Self.pointLimit && outgoing.count <= Self.stateLimit) else {
                gaveWay = weighed > Self.pointLimit ? .sets(limit: Self.pointLimit) : .states(limit: Self.stateLimit)
                return nil
            }
            messages[v] = outgoing.mapValues { SearchFront.front($0, byGain: byGain) }
            largestStates = Swift.max(largestStates, messages[v].count)
        }
        return messages[tree.order[tree.order.count - 1]].first?.value ?? []
    }
}
