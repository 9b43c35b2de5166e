import Statistics

/// The exact plan search by independent parts: actions that share no table (a subarea or
/// a rule) do not interact, except through an area whose maximum can cut. So each group of
/// actions sharing tables is enumerated in full; the groups of an area that can cut are
/// combined on their raw sums and then capped; and all parts are combined on their Pareto
/// fronts (a set of a part is kept unless another beats it for every completion, ties
/// broken as the answer is). Exact whenever every group is small enough to enumerate.
struct ParetoSearch {
    /// A set of actions: its gain over the evidence and cost on their scales, and its actions (plan indices, ascending).
    struct Point {
        var gain: Scaled
        var cost: Scaled
        var members: [Int]
    }

    /// Independent pieces of the plan.
    enum Part {
        /// Groups of actions that touch only this area, whose maximum can cut.
        case capped(area: Int, groups: [[Int]])
        /// Actions whose gain adds up without a cap between them and the rest, or that
        /// couple areas that can cut (then enumerated together).
        case group([Int])
    }

    /// The most actions one group may have to be enumerated.
    static let groupLimit = 18
    /// The most points a front may hold before the search gives way to branch and bound.
    static let frontLimit = 400_000

    let parts: [Part]
    var points = 0
    var largestFront = 0

    /// The number of groups enumerated and the largest.
    var groupSizes: [Int] {
        parts.flatMap { part -> [Int] in
            switch part {
            case .capped(_, let groups): groups.map(\.count)
            case .group(let actions): [actions.count]
            }
        }
    }

    /// Splits the actions (search positions) into parts; nil when a group is too large or
    /// touches a table scored on demand.
    init?(_ search: BranchAndBound<Scaled>) {
        let tables = search.tables
        var reach = search.areaValue
        for (t, table) in tables.enumerated() { reach[table.area] += (table.dense?.max() ?? table.ceiling) - search.value[t] }
        let mayCap = search.areaMax.indices.map { reach[$0] > search.areaMax[$0] }
        let groups = Self.components(search.cost.count) { k in search.touches[k].map { -1 - $0.table } }
        // Groups meeting in an area that can cut form one cluster.
        let areasOf = groups.map { group in
            Set(group.flatMap { k in search.touches[k].map { tables[$0.table].area } }).filter { mayCap[$0] }.sorted()
        }
        let clusters = Self.components(groups.count) { g in areasOf[g] }
        var parts: [Part] = []
        for cluster in clusters {
            let areas = Set(cluster.flatMap { areasOf[$0] })
            let confined = areas.count == 1 && cluster.allSatisfy { g in
                groups[g].allSatisfy { k in search.touches[k].allSatisfy { tables[$0.table].area == areas.first! } }
            }
            if confined {
                parts.append(.capped(area: areas.first!, groups: cluster.map { groups[$0] }))
            } else {
                parts.append(.group(cluster.flatMap { groups[$0] }.sorted()))
            }
        }
        for part in parts {
            let sets: [[Int]]
            switch part {
            case .capped(_, let groups): sets = groups
            case .group(let actions): sets = [actions]
            }
            for actions in sets {
                guard actions.count <= Self.groupLimit else { return nil }
                for k in actions { for (t, _) in search.touches[k] where tables[t].dense == nil { return nil } }
            }
        }
        self.parts = parts.sorted { Self.first($0) < Self.first($1) }
    }

    private static func first(_ part: Part) -> Int {
        switch part {
        case .capped(_, let groups): groups.map { $0[0] }.min() ?? 0
        case .group(let actions): actions.first ?? 0
        }
    }

    /// Connected components of `count` items linked by shared keys, each sorted, in order of their first item.
    static func components(_ count: Int, keys: (Int) -> [Int]) -> [[Int]] {
        var sets = DisjointSets(count: count)
        var owner: [Int: Int] = [:]
        for item in 0..<count {
            for key in keys(item) {
                if let other = owner[key] { sets.union(item, other) } else { owner[key] = item }
            }
        }
        return sets.components()
    }

    /// Every set of a group with its gain and cost: the raw change of its tables, or with
    /// `capped` the change of each area's capped sum.
    mutating func enumerate(_ group: [Int], _ search: BranchAndBound<Scaled>, capped: Bool) -> [Point] {
        var tablesOf: [Int] = []
        for k in group { for (t, _) in search.touches[k] where !tablesOf.contains(t) { tablesOf.append(t) } }
        var areas: [Int] = []
        for t in tablesOf where !areas.contains(search.tables[t].area) { areas.append(search.tables[t].area) }
        var found: [Point] = []
        found.reserveCapacity(1 << group.count)
        var masks = [UInt64](repeating: 0, count: search.tables.count)
        for mask in 0..<(1 << group.count) {
            for t in tablesOf { masks[t] = 0 }
            var cost: Scaled = 0
            var members: [Int] = []
            for (bit, k) in group.enumerated() where mask & (1 << bit) != 0 {
                cost += search.cost[k]
                members.append(search.planIndex[k])
                for (t, b) in search.touches[k] { masks[t] |= 1 << UInt64(b) }
            }
            var gain: Scaled = 0
            for a in areas {
                var raw: Scaled = 0
                for t in tablesOf where search.tables[t].area == a { raw += search.tables[t].dense![Int(masks[t])] - search.value[t] }
                gain += capped ? Swift.min(search.areaMax[a], search.areaValue[a] + raw) - Swift.min(search.areaMax[a], search.areaValue[a]) : raw
            }
            found.append(Point(gain: gain, cost: cost, members: members.sorted()))
        }
        points += found.count
        return found
    }

    /// The points no other point beats for every completion: for a budget (`byGain`), cost no
    /// more and gain no less; otherwise gain no less and (cost, count, plan order) no later.
    static func front(_ points: [Point], byGain: Bool) -> [Point] {
        let sorted = points.sorted { x, y in
            if x.cost != y.cost { return x.cost < y.cost }
            if byGain, x.gain != y.gain { return x.gain > y.gain }
            if x.members.count != y.members.count { return x.members.count < y.members.count }
            if x.members != y.members { return x.members.lexicographicallyPrecedes(y.members) }
            return x.gain > y.gain
        }
        var kept: [Point] = []
        for point in sorted where kept.isEmpty || point.gain > kept[kept.count - 1].gain { kept.append(point) }
        return kept
    }

    /// The front of every sum of a point of `left` and one of `right`; nil beyond ``frontLimit``.
    mutating func merge(_ left: [Point], _ right: [Point], byGain: Bool) -> [Point]? {
        guard left.count * right.count <= Self.frontLimit * 4 else { return nil }
        var sums: [Point] = []
        sums.reserveCapacity(left.count * right.count)
        for l in left {
            for r in right { sums.append(Point(gain: l.gain + r.gain, cost: l.cost + r.cost, members: (l.members + r.members).sorted())) }
        }
        points += sums.count
        let front = Self.front(sums, byGain: byGain)
        largestFront = Swift.max(largestFront, front.count)
        return front.count <= Self.frontLimit ? front : nil
    }

    /// Combines all parts' fronts; nil when a front grows beyond ``frontLimit``.
    mutating func combined(_ search: BranchAndBound<Scaled>, byGain: Bool) -> [Point]? {
        var front = [Point(gain: 0, cost: 0, members: [])]
        for part in parts {
            let options: [Point]
            switch part {
            case .group(let actions):
                // Capped per area: exact here, since an area that can cut is touched by this part alone.
                options = Self.front(enumerate(actions, search, capped: true), byGain: byGain)
            case .capped(let area, let groups):
                // Raw sums are combined with the order of a target (any raw gain may matter once capped), then capped.
                var raw = [Point(gain: 0, cost: 0, members: [])]
                for group in groups {
                    guard let merged = merge(raw, Self.front(enumerate(group, search, capped: false), byGain: false), byGain: false)
                    else { return nil }
                    raw = merged
                }
                let base = Swift.min(search.areaMax[area], search.areaValue[area])
                options = Self.front(raw.map { point in
                    Point(gain: Swift.min(search.areaMax[area], search.areaValue[area] + point.gain) - base, cost: point.cost,
                          members: point.members)
                }, byGain: byGain)
            }
            guard let merged = merge(front, options, byGain: byGain) else { return nil }
            front = merged
        }
        return front
    }
}
