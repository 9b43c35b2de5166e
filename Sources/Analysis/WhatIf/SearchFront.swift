/// The actions of a partial set, shared between the sets that extend it: an action before
/// a list, or (where two parts of a tree decomposition join) two lists of different actions.
final class MemberList {
    let action: Int
    let next: MemberList?
    let other: MemberList?
    let count: Int

    init(_ action: Int, _ next: MemberList?) {
        self.action = action
        self.next = next
        self.other = nil
        self.count = (next?.count ?? 0) + 1
    }

    private init(joining first: MemberList, _ second: MemberList) {
        action = -1
        next = first
        other = second
        count = first.count + second.count
    }

    /// The actions of two lists with no action in common.
    static func joined(_ first: MemberList?, _ second: MemberList?) -> MemberList? {
        guard let first else { return second }
        guard let second else { return first }
        return MemberList(joining: first, second)
    }

    /// The actions, ascending.
    static func sorted(_ list: MemberList?) -> [Int] {
        var out: [Int] = []
        var pending: [MemberList] = list.map { [$0] } ?? []
        while var node = pending.popLast() {
            while true {
                if let other = node.other { pending.append(other) } else { out.append(node.action) }
                guard let next = node.next else { break }
                node = next
            }
        }
        return out.sorted()
    }
}

/// Sets of actions on the search's scales, and the fronts that keep only the sets no other
/// set of the same state beats for every completion, under the tie rules of the answer.
enum SearchFront {
    /// A set: its cost, the points its closed parts give, and its actions (plan indices).
    struct Point<V: SearchInteger> {
        var cost: Scaled
        var gain: V
        var members: MemberList?

        var count: Int { members?.count ?? 0 }
    }

    /// Whether `x` comes before `y` in the order a front is built in: by cost, then (for a
    /// budget, `byGain`) the larger gain, then fewer actions, then the set whose actions come
    /// earliest in the plan, then the larger gain.
    static func precedes<V>(_ x: Point<V>, _ y: Point<V>, byGain: Bool) -> Bool {
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
    static func front<V>(_ points: [Point<V>], byGain: Bool) -> [Point<V>] {
        let sorted = points.sorted { precedes($0, $1, byGain: byGain) }
        var kept: [Point<V>] = []
        for point in sorted where kept.isEmpty || point.gain > kept[kept.count - 1].gain { kept.append(point) }
        return kept
    }
}
