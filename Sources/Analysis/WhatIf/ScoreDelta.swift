import Engine

/// What changed between two scores of one instrument: the total, and every area,
/// subarea and rule whose points differ, in instrument order.
public struct ScoreDelta: Sendable, Equatable {
    /// One changed area, subarea or rule: its index and the points after minus before.
    public struct Entry: Sendable, Equatable {
        /// The index in the instrument's areas, subareas or rules.
        public var index: Int
        /// After minus before.
        public var delta: Rational

        /// An entry.
        public init(index: Int, delta: Rational) {
            self.index = index
            self.delta = delta
        }
    }

    /// The total after minus before.
    public var total: Rational
    /// Areas whose points differ.
    public var areas: [Entry]
    /// Subareas whose reported points differ.
    public var subareas: [Entry]
    /// Rules whose points (before the subarea's cap) differ.
    public var rules: [Entry]

    /// The differences from `before` to `after`.
    public init(from before: Score, to after: Score) throws(ArithmeticOverflow) {
        total = try after.total.subtracting(before.total)
        areas = try Self.entries(before.areas.map(\.points), after.areas.map(\.points))
        subareas = try Self.entries(before.subareas.map(\.points), after.subareas.map(\.points))
        rules = try Self.entries(before.rules.map(\.points), after.rules.map(\.points))
    }

    private static func entries(_ before: [Rational], _ after: [Rational]) throws(ArithmeticOverflow) -> [Entry] {
        var entries: [Entry] = []
        for index in before.indices where before[index] != after[index] {
            entries.append(Entry(index: index, delta: try after[index].subtracting(before[index])))
        }
        return entries
    }
}
