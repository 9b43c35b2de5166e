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
    /// Who earns the total's change, adding up to `total` exactly.
    public var shares: [Share]

    /// A part of the total's change and what it comes from.
    public struct Share: Sendable, Equatable {
        /// What a share comes from.
        public enum Source: Sendable, Equatable {
            /// A rule: the change of the points it keeps under its subarea's maximum.
            case rule(Int)
            /// A subarea set by an override: its change, whatever its rules do.
            case override(subarea: Int)
            /// An area's maximum: what it cuts from (or gives back to) its subareas' change.
            case areaMaximum(Int)
        }

        /// What the share comes from.
        public var source: Source
        /// The points, after minus before.
        public var points: Rational
    }

    /// The differences from `before` to `after`.
    public init(from before: Score, to after: Score, instrument: Instrument) throws(ArithmeticOverflow) {
        total = try after.total.subtracting(before.total)
        areas = try Self.entries(before.areas.map(\.points), after.areas.map(\.points))
        subareas = try Self.entries(before.subareas.map(\.points), after.subareas.map(\.points))
        rules = try Self.entries(before.rules.map(\.points), after.rules.map(\.points))
        shares = try Self.shares(before, after, instrument)
    }

    /// Each rule's change of kept points (points minus its share of the cap's cut), each
    /// overridden subarea's change, and each area maximum's effect: together the total.
    static func shares(_ before: Score, _ after: Score, _ instrument: Instrument) throws(ArithmeticOverflow) -> [Share] {
        var shares: [Share] = []
        for (a, area) in instrument.areas.enumerated() {
            var subareaSum = Rational.zero
            for s in area.subareas {
                let delta = try after.subareas[s].points.subtracting(before.subareas[s].points)
                subareaSum = try subareaSum.adding(delta)
                if before.subareas[s].override != nil || after.subareas[s].override != nil {
                    if delta != .zero { shares.append(Share(source: .override(subarea: s), points: delta)) }
                    continue
                }
                for r in instrument.subareas[s].rules {
                    let kept = try after.rules[r].points.subtracting(after.rules[r].capCut)
                        .subtracting(try before.rules[r].points.subtracting(before.rules[r].capCut))
                    if kept != .zero { shares.append(Share(source: .rule(r), points: kept)) }
                }
            }
            let cut = try after.areas[a].points.subtracting(before.areas[a].points).subtracting(subareaSum)
            if cut != .zero { shares.append(Share(source: .areaMaximum(a), points: cut)) }
        }
        return shares
    }

    private static func entries(_ before: [Rational], _ after: [Rational]) throws(ArithmeticOverflow) -> [Entry] {
        var entries: [Entry] = []
        for index in before.indices where before[index] != after[index] {
            entries.append(Entry(index: index, delta: try after[index].subtracting(before[index])))
        }
        return entries
    }
}
