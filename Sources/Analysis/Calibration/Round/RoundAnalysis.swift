import Engine
import Statistics

/// Everything `calibrate --round DIR` reports: agreement on points (per subarea, pooled,
/// per area and on the total), agreement on findings, evaluator severity, the sources of
/// disagreement, and a plain-language summary.
public struct RoundAnalysis: Sendable {
    /// docs/STATISTICS.md §2.6: coefficients need at least 5 municipalities.
    public static let minimumUnits = 5

    /// The round analysed.
    public let round: CalibrationRound
    /// One entry per assessed subarea, in the instrument's order.
    public let subareas: [ScoreAgreement]
    /// Every assessed subarea pooled, in percent of its maximum.
    public let pooled: ScoreAgreement
    /// One entry per area with an assessed subarea.
    public let areas: [ScoreAgreement]
    /// The total.
    public let total: ScoreAgreement
    /// Every finding and judgement recorded in the round.
    public let findings: [FindingAgreement]
    /// Severity relative to the panel and to the rules.
    public let severity: RoundSeverity
    /// What drives disagreement, ranked.
    public let ranking: DisagreementRanking

    /// Analyses a round.
    public init(_ round: CalibrationRound) throws(ArithmeticOverflow) {
        let instrument = round.instrument
        let minimum = Self.minimumUnits
        self.round = round
        subareas = round.assessedSubareas.map { s in
            ScoreAgreement(
                scope: .subarea(s), maximum: CalibrationNumber.double(instrument.subareas[s].max),
                ratings: round.matrix { CalibrationNumber.double($0.score.subareas[s].points) }, tolerance: 1,
                minimumUnits: minimum)
        }
        var pooledRows: [[Double?]] = []
        for row in round.cells {
            for s in round.assessedSubareas {
                let max = CalibrationNumber.double(instrument.subareas[s].max)
                pooledRows.append(row.map { index in
                    index.map { 100 * CalibrationNumber.double(round.records[$0].score.subareas[s].points) / max }
                })
            }
        }
        pooled = ScoreAgreement(
            scope: .pooled, maximum: 100, ratings: (try? RatingMatrix(pooledRows)) ?? .empty, tolerance: 10,
            minimumUnits: minimum, shortage: round.shortage(minimum: minimum))
        let assessedAreas = instrument.areas.indices.filter { a in
            instrument.areas[a].subareas.contains { round.assessedSubareas.contains($0) }
        }
        areas = assessedAreas.map { a in
            ScoreAgreement(
                scope: .area(a), maximum: CalibrationNumber.double(instrument.areas[a].max),
                ratings: round.matrix { CalibrationNumber.double($0.score.areas[a].points) }, tolerance: 1,
                minimumUnits: minimum)
        }
        total = ScoreAgreement(
            scope: .total, maximum: CalibrationNumber.double(instrument.maximum),
            ratings: round.matrix { CalibrationNumber.double($0.score.total) }, tolerance: 1, minimumUnits: minimum)
        findings = FindingAgreement.all(round, minimumUnits: minimum)
        severity = RoundSeverity(round, minimumUnits: minimum)
        ranking = try DisagreementRanking(round)
    }

    /// The finding agreement of a fact (the first item of a set), for the ranking.
    func agreement(of source: DifferenceSource) -> FindingAgreement? {
        switch source {
        case .finding(let fact):
            return findings.first { item in
                switch item.item {
                case .fact(let f), .setSize(let f): return f == fact
                case .setItem: return false
                case .judgement: return false
                }
            }
        case .judgement(let rule): return findings.first { $0.item == .judgement(rule: rule) }
        case .override, .unattributed: return nil
        }
    }
}
