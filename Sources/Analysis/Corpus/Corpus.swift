import Engine

/// Many evaluations scored by one instrument: per area, subarea and total the
/// distribution of the scores and each evaluation's rank and percentile, and the
/// municipalities evaluated more than once as series.
public struct Corpus: Sendable {
    /// The evaluations, in the order given (a folder's files by name).
    public var evaluations: [ScoredEvidence]
    /// Every area, its subareas, then the total, as the published point table lists them.
    public var rows: [CorpusRow]
    /// The municipalities evaluated more than once.
    public var series: [MunicipalitySeries]

    /// The corpus of scored evaluations (all by the same instrument); nil for none.
    public init?(_ evaluations: [ScoredEvidence]) throws(ArithmeticOverflow) {
        guard let first = evaluations.first else { return nil }
        let scores = evaluations.map(\.score)
        var rows: [CorpusRow] = []
        for target in ScoreTarget.all(of: first.instrument) {
            guard let row = try CorpusRow(target, scores: scores) else { return nil }
            rows.append(row)
        }
        self.evaluations = evaluations
        self.rows = rows
        self.series = try MunicipalitySeries.all(evaluations)
    }

    /// The instrument every evaluation was scored by.
    public var instrument: Instrument { evaluations[0].instrument }

    /// The row of an area or subarea id, or `total`.
    public func row(_ id: String) -> CorpusRow? {
        rows.first { $0.target.id == id }
    }

    /// The total's row.
    public var total: CorpusRow { rows[rows.count - 1] }

    /// The areas' rows, in instrument order.
    public var areaRows: [CorpusRow] { rows.filter { $0.target.level == .area } }

    /// The distinct municipalities, in order of first appearance.
    public var municipalities: [String] {
        evaluations.map(\.evidence.municipality).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    /// The evaluations' indices from the highest total to the lowest; equal totals in
    /// corpus order.
    public var ranking: [Int] {
        let totals = total.values
        return evaluations.indices.sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }
    }

    /// The corpus mean of each area, in instrument order: a reference profile's values.
    public var areaMeans: [(area: String, value: Rational)] {
        areaRows.map { ($0.target.id, $0.distribution.mean) }
    }
}
