import Engine

/// A score set beside a published table: per subarea, area and total, the computed exact
/// value against the printed points and against the value the printed percent implies,
/// with the table's own consistency.
public struct Comparison: Sendable {
    /// One compared row.
    public struct Row: Sendable {
        /// The instrument's id (`total` for the total).
        public var id: String
        /// The instrument's title.
        public var title: String
        /// The instrument's title and aliases.
        public var names: [String]
        /// The instrument's maximum.
        public var max: Rational
        /// The computed exact value.
        public var computed: Rational
        /// The published row.
        public var published: PublishedRow
        /// `computed − printed points`.
        public var pointsDifference: Rational
        /// The value the printed percent implies, `q · max / 100`.
        public var implied: Rational?
        /// `computed − implied`.
        public var impliedDifference: Rational?
        /// The table's consistency on this row.
        public var consistency: TableConsistency.Row?

        /// The larger of the two differences, in absolute value.
        public var largestDifference: Rational {
            [pointsDifference, impliedDifference].compactMap { $0 }.map(Self.magnitude).max() ?? .zero
        }

        static func magnitude(_ x: Rational) -> Rational {
            x < .zero ? ((try? x.negated()) ?? x) : x
        }
    }

    /// The compared rows, in the instrument's order: each area, its subareas, then the total.
    public var rows: [Row]
    /// Published rows naming nothing in the instrument.
    public var unmatched: [PublishedRow]
    /// Instrument ids (areas and subareas) without a published row.
    public var unpublished: [String]
    /// Compared rows whose published name is neither the instrument's title nor an alias.
    public var renamed: [Row] {
        rows.filter { row in
            guard !row.published.isTotal, !row.published.name.isEmpty else { return false }
            return !row.names.contains { $0.lowercased() == row.published.name.lowercased() }
        }
    }
    /// The table's consistency, every row of the source.
    public var consistency: TableConsistency

    /// Compares a score with the rows of one published source.
    public init(_ scored: ScoredEvidence, published table: [PublishedRow]) throws(ArithmeticOverflow) {
        let instrument = scored.instrument
        let score = scored.score
        consistency = try TableConsistency(table)
        var byID: [String: PublishedRow] = [:]
        var unmatched: [PublishedRow] = []
        for row in table {
            if row.isTotal {
                byID["total"] = row
            } else if let id = Self.instrumentID(of: row, in: instrument), byID[id] == nil {
                byID[id] = row
            } else {
                unmatched.append(row)
            }
        }
        self.unmatched = unmatched
        var rows: [Row] = []
        var unpublished: [String] = []
        let checks = consistency.rows
        func add(_ id: String, _ names: [String], _ max: Rational, _ computed: Rational) throws(ArithmeticOverflow) {
            guard let published = byID[id] else { return unpublished.append(id) }
            let implied = try published.impliedByPercent()
            rows.append(
                Row(
                    id: id, title: names.first ?? id, names: names, max: max, computed: computed, published: published,
                    pointsDifference: try computed.subtracting(published.achieved.value),
                    implied: implied, impliedDifference: try implied.map { v throws(ArithmeticOverflow) in try computed.subtracting(v) },
                    consistency: checks.first { $0.id == published.id }))
        }
        for (a, area) in instrument.areas.enumerated() {
            try add(area.id, [area.title] + area.aliases, area.max, score.areas[a].points)
            for s in area.subareas {
                let subarea = instrument.subareas[s]
                try add(subarea.id, [subarea.title] + subarea.aliases, subarea.max, score.subareas[s].points)
            }
        }
        if byID["total"] != nil {
            try add("total", [scored.isSwedish ? "Totalt" : "Total"], instrument.maximum, score.total)
        }
        self.rows = rows
        self.unpublished = unpublished
    }

    /// The instrument's area or subarea for a published row: by id, else by title or alias.
    static func instrumentID(of row: PublishedRow, in instrument: Instrument) -> String? {
        switch instrument.ids[row.id] {
        case .area?, .subarea?: return row.id
        default: break
        }
        let name = row.name.lowercased()
        if let area = instrument.areas.first(where: { ([$0.title] + $0.aliases).contains { $0.lowercased() == name } }) {
            return area.id
        }
        return instrument.subareas.first { ([$0.title] + $0.aliases).contains { $0.lowercased() == name } }?.id
    }

    /// The rows whose computed value differs from the printed points, or from the value the
    /// printed percent implies, by more than `tolerance`.
    public func beyond(tolerance: Rational) -> [Row] {
        rows.filter { $0.largestDifference > tolerance }
    }
}
