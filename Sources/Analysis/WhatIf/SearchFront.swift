/// The actions of a partial set, newest first, shared between the sets that extend it.
final class MemberList {
    let action: Int
    let next: MemberList?
    let count: Int

    init(_ action: Int, _ next: MemberList?) {
        self.action = action
        self.next = next
        self.count = (next?.count ?? 0) + 1
    }

    /// The actions, ascending.
    static func sorted(_ list: MemberList?) -> [Int] {
        var out: [Int] = []
        var node = list
        while let current = node {
            out.append(current.action)
            node = current.next
        }
        return out.sorted()
    }
}

/// Sets of actions on the search's scales, and the fronts that keep only the sets no other
/// set of the same state beats for every completion, under the tie rules of the answer.
enum SearchFront {
    /// A set: its cost, the points its closed parts give, and its actions (plan indices).
    struct Point {
        var cost: Scaled
        var gain: Scaled
        var members: MemberList?

        var count: Int { members?.count ?? 0 }
    }

    /// Whether `x` comes before `y` in the order a front is built in: by cost, then (for a
    /// budget, `byGain`) the larger gain, then fewer actions, then the set whose actions come
    /// earliest in the plan, then the larger gain.
    static func precedes(_ x: Point, _ y: Point, byGain: Bool) -> Bool {
        if x.cost != y.cost { return x.cost < y.cost }
        if byGain, x.gain != y.gain { return x.gain > y.gain }
        if x.count != y.count { return x.count < y.count }
        if x.members !== y.members {
            let a = MemberList.sorted(x.members)
            let b = MemberList.sorted(y.members)
            if a != b { return a.lexicographicallyPrecedes(b) }
        }
        return x.gain > y.gain
    }

    /// The front of `points`: in ``precedes(_:_:byGain:)`` order, each point kept only when
    /// its gain exceeds every point before it (a point before it costs no more and wins the ties).
    static func front(_ points: [Point], byGain: Bool) -> [Point] {
        let sorted = points.sorted { precedes($0, $1, byGain: byGain) }
        var kept: [Point] = []
        for point in sorted where kept.isEmpty || point.gain > kept[kept.count - 1].gain { kept.append(point) }
        return kept
    }
}
