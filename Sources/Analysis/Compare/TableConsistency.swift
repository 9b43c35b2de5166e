import Engine

/// The consistency of a published table, by intervals of exact values (DESIGN.md,
/// "Display"): a row is consistent when some exact value rounds to its printed points
/// and to its printed percent; a row with rows below it (an area's subareas, the total's
/// areas, whose maxima add up to its own) also when values inside their intervals can
/// sum to one that rounds to its points and percent. Areas are rounded from exact sums,
/// so printed subarea points need not add up to the printed area points.
public struct TableConsistency: Sendable {
    /// What is wrong with a row.
    public enum Problem: Sendable, Equatable {
        /// No exact value rounds both to the printed points and to the printed percent.
        case pointsAndPercentDisagree
        /// The rows below cannot sum to a value the row's own numbers allow.
        case partsCannotSum
    }

    /// The check of one row.
    public struct Row: Sendable, Equatable {
        /// The row's id.
        public var id: String
        /// The table's note on the row.
        public var note: String
        /// The values its printed points allow, within 0 to its maximum.
        public var points: ExactInterval
        /// The values its printed percent allows, when it has one.
        public var percent: ExactInterval?
        /// The ids of the rows summed into it (empty when none are, or some are missing).
        public var parts: [String]
        /// The values the parts can sum to (capped at the maximum), when they are summed.
        public var partsSum: ExactInterval?
        /// The values the row can stand for, as its parent's sum uses them: its points,
        /// percent and parts' sum together; for a row with a problem, any value its points
        /// or its percent allows.
        public var feasible: ExactInterval
        /// What is wrong, if anything.
        public var problem: Problem?
    }

    /// Each row's check, in the table's order.
    public var rows: [Row]

    /// The rows with a problem.
    public var problems: [Row] { rows.filter { $0.problem != nil } }

    /// Checks the rows of one source.
    public init(_ table: [PublishedRow]) throws(ArithmeticOverflow) {
        var checked: [String: Row] = [:]
        // Deeper ids first, so every row's parts are checked before it.
        let order = table.indices.sorted { Self.depth(table[$0]) > Self.depth(table[$1]) }
        for index in order {
            let row = table[index]
            checked[row.id] = try Self.check(row, parts: table.filter { $0.parentID == row.id }, checked: checked)
        }
        rows = table.compactMap { checked[$0.id] }
    }

    static func depth(_ row: PublishedRow) -> Int {
        row.isTotal ? 0 : row.id.count { $0 == "." } + 1
    }

    static func check(_ row: PublishedRow, parts: [PublishedRow], checked: [String: Row]) throws(ArithmeticOverflow) -> Row {
        let points = try row.pointsInterval()
        let percent = try row.percentInterval()
        let own = percent.map { points.intersection($0) } ?? points
        var partsSum: ExactInterval?
        var partIDs: [String] = []
        var partsMax = Rational.zero
        for part in parts { partsMax = try partsMax.adding(part.max) }
        if !parts.isEmpty, partsMax == row.max {
            var sum = ExactInterval.closed(.zero, .zero)
            for part in parts {
                guard let feasible = checked[part.id]?.feasible else { continue }
                sum = try sum.adding(feasible)
            }
            partsSum = sum.capped(at: row.max)
            partIDs = parts.map(\.id)
        }
        let problem: Problem?
        let feasible: ExactInterval
        if own.isEmpty {
            problem = .pointsAndPercentDisagree
            feasible = percent.map { points.hull($0) } ?? points
        } else if let partsSum, own.intersection(partsSum).isEmpty {
            problem = .partsCannotSum
            feasible = own
        } else {
            problem = nil
            feasible = partsSum.map { own.intersection($0) } ?? own
        }
        return Row(
            id: row.id, note: row.note, points: points, percent: percent, parts: partIDs, partsSum: partsSum, feasible: feasible,
            problem: problem)
    }
}
