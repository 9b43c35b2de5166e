import Statistics

/// Evaluator severity in a round (docs/STATISTICS.md §3): relative to the panel by the
/// two-way additive least-squares model (γ > 0 lenient, γ < 0 strict), pooled over the
/// assessed subareas in percent of their maximum and on the total in points; and
/// relative to the rules, as awarded minus rule score (what overrides changed); and the
/// Bland–Altman companion view of each evaluator against the mean of the others on the
/// total, with limits of agreement.
public struct RoundSeverity: Sendable {
    /// Effects in percentage points of each subarea's maximum, units (municipality, subarea).
    public let pooled: StatisticOutcome<SeverityFit>
    /// Effects in points of the total, units municipalities.
    public let total: StatisticOutcome<SeverityFit>
    /// Per evaluator (rater = evaluator index): awarded total minus the rules' total for
    /// the evaluator's own findings, over the municipalities they evaluated.
    public let rules: [JudgementOffset]
    /// The number of overrides each evaluator wrote.
    public let overrideCounts: [Int]
    /// Per evaluator (in the round's order): the evaluator's total minus the mean total of
    /// the other evaluators of the same municipality, over the municipalities shared with
    /// someone; bias, SD and limits bias ± 1.96·SD (docs/STATISTICS.md §3.3).
    public let blandAltman: [StatisticOutcome<BlandAltmanComparison>]

    init(_ round: CalibrationRound, minimumUnits: Int) {
        let instrument = round.instrument
        var rows: [[Double?]] = []
        for row in round.cells {
            for s in round.assessedSubareas {
                let max = CalibrationNumber.double(instrument.subareas[s].max)
                rows.append(row.map { index in
                    index.map { 100 * CalibrationNumber.double(round.records[$0].score.subareas[s].points) / max }
                })
            }
        }
        if let shortage = round.shortage(minimum: minimumUnits) {
            pooled = .unavailable(shortage)
        } else {
            pooled = StatisticOutcome {
                try SeverityModel.fit(try RatingMatrix(rows), minimumSubjectsPerRater: minimumUnits)
            }
        }
        let totals = round.matrix { CalibrationNumber.double($0.score.total) }
        total = StatisticOutcome { try SeverityModel.fit(totals, minimumSubjectsPerRater: minimumUnits) }
        blandAltman = round.evaluators.indices.map { e in StatisticOutcome { try BlandAltman.compare(totals, rater: e) } }
        let offsets = round.matrix { record in
            record.score.subareas.reduce(0) { $0 + CalibrationNumber.double($1.points) - CalibrationNumber.double($1.computed) }
        }
        rules = JudgementOffset.compute(offsets)
        overrideCounts = round.evaluators.indices.map { e in
            round.cells.reduce(0) { count, row in count + (row[e].map { round.records[$0].evidence.overrides.count } ?? 0) }
        }
    }
}
