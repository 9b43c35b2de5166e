import Engine

/// One row of a published point table: a subarea, an area or the total of one source.
public struct PublishedRow: Sendable, Equatable {
    /// Who published it, such as `Ale` or `Sverigesnitt (as published by Vallentuna, 2021)`.
    public var source: String
    /// The year of the evaluation, when given.
    public var year: Int?
    /// The instrument revision, as the table says.
    public var revision: String
    /// The id: `2.2`, `2` or `total`.
    public var id: String
    /// The name printed with it.
    public var name: String
    /// The printed points.
    public var achieved: PrintedNumber
    /// The printed maximum.
    public var max: Rational
    /// The printed percent, when given.
    public var percent: PrintedNumber?
    /// The table's note on the row.
    public var note: String
    /// The line of the CSV file the row starts on.
    public var line: Int

    /// Creates a row.
    public init(
        source: String, year: Int?, revision: String, id: String, name: String, achieved: PrintedNumber, max: Rational,
        percent: PrintedNumber?, note: String, line: Int
    ) {
        self.source = source
        self.year = year
        self.revision = revision
        self.id = id
        self.name = name
        self.achieved = achieved
        self.max = max
        self.percent = percent
        self.note = note
        self.line = line
    }

    /// Whether the row is the total of its source.
    public var isTotal: Bool { ["total", "totalt"].contains(id.lowercased()) }

    /// The id of the row it adds up into: an area for a subarea, the total for an area.
    public var parentID: String? {
        if isTotal { return nil }
        guard let dot = id.lastIndex(of: ".") else { return "total" }
        return String(id[..<dot])
    }

    /// The exact values its printed points stand for, within 0 to its maximum.
    public func pointsInterval() throws(ArithmeticOverflow) -> ExactInterval {
        try achieved.interval().intersection(.closed(.zero, max))
    }

    /// The exact values its printed percent stands for: `{x : round(100·x/max) = q}`.
    public func percentInterval() throws(ArithmeticOverflow) -> ExactInterval? {
        guard let percent else { return nil }
        return try percent.interval().scaled(by: max.divided(by: Rational(100))).intersection(.closed(.zero, max))
    }

    /// The value the printed percent implies: `q · max / 100`.
    public func impliedByPercent() throws(ArithmeticOverflow) -> Rational? {
        guard let percent else { return nil }
        return try percent.value.multiplied(by: max).divided(by: Rational(100))
    }
}
