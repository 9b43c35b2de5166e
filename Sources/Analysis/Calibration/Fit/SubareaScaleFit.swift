import Statistics

/// One subarea's rule scales fitted to awarded scores (docs/STATISTICS.md §5): awarded ≈
/// Σ_r s_r·v_r, where v_r is what rule r gives the evaluation as written (its points
/// before the subarea's cap) and s_r its scale, so a ladder's or threshold's internal
/// ratios stay fixed. Fitted non-negative (NNLS) and within [0, u_r], with
/// leave-one-municipality-out residuals.
public struct SubareaScaleFit: Sendable {
    /// One awarded score and the evaluation it belongs to.
    public struct Row: Sendable {
        /// The evaluation's position in the round's records.
        public let record: Int
        /// The awarded score.
        public let score: AwardedScore
    }

    /// The subarea's index.
    public let subarea: Int
    /// Its rules, in source order: the columns.
    public let rules: [Int]
    /// The awarded scores, in the table's order.
    public let rows: [Row]
    /// v_r per row and rule, in points.
    public let values: [[Double]]
    /// The awarded points per row.
    public let awarded: [Double]
    /// The most each rule can give, in points (in a weighted subarea, its share of the maximum).
    public let best: [Double]
    /// The upper bound u_r of each scale in the bounded fit.
    public let upper: [Double]
    /// The subarea's scores as the rules give them (capped, without overrides), judged
    /// against the awarded scores of the same rows.
    public let current: StatisticOutcome<FitMetrics>
    /// NNLS: every scale ≥ 0.
    public let nonNegative: StatisticOutcome<WeightFitReport>
    /// Every scale in [0, u_r].
    public let bounded: StatisticOutcome<WeightFitReport>
    /// Rows whose rules as written give more than the subarea's maximum (the fit does not cap).
    public let cappedRows: Int
    /// The distinct municipalities, the leave-one-out groups.
    public let municipalities: Int

    init(subarea: Int, rows: [Row], round: CalibrationRound, maxScale: Double?) {
        let instrument = round.instrument
        let declared = instrument.subareas[subarea]
        self.subarea = subarea
        self.rules = declared.rules
        self.rows = rows
        let values = rows.map { row in
            declared.rules.map { CalibrationNumber.double(round.records[row.record].score.rules[$0].points) }
        }
        self.values = values
        let awarded = rows.map(\.score.awarded)
        self.awarded = awarded
        let max = CalibrationNumber.double(declared.max)
        let totalWeight = declared.rules.reduce(0.0) { $0 + CalibrationNumber.double(instrument.rules[$1].weight) }
        let best = declared.rules.map { r in
            let value = CalibrationNumber.double(instrument.rules[r].kind.best)
            guard declared.mode == .weighted else { return value }
            return totalWeight > 0 ? value * max * CalibrationNumber.double(instrument.rules[r].weight) / totalWeight : 0
        }
        self.best = best
        // By default a rule alone should not give more than the subarea's maximum.
        self.upper = best.map { maxScale ?? ($0 > 0 ? max / $0 : 1) }
        self.cappedRows = values.filter { $0.reduce(0, +) > max * (1 + 1e-12) }.count
        var names: [String] = []
        let groups = rows.map { row -> Int in
            if let index = names.firstIndex(of: row.score.municipality) { return index }
            names.append(row.score.municipality)
            return names.count - 1
        }
        self.municipalities = names.count
        let computed = rows.map { [CalibrationNumber.double(round.records[$0.record].score.subareas[subarea].computed)] }
        current = StatisticOutcome { try RuleWeightFit.evaluate(weights: [1], findings: computed, awarded: awarded) }
        nonNegative = StatisticOutcome {
            try RuleWeightFit.fit(findings: values, awarded: awarded, options: WeightFitOptions(bounds: .nonNegative, groups: groups))
        }
        let upper = self.upper
        bounded = StatisticOutcome {
            try RuleWeightFit.fit(
                findings: values, awarded: awarded,
                options: WeightFitOptions(
                    bounds: .box(lower: [Double](repeating: 0, count: upper.count), upper: upper), groups: groups))
        }
    }
}
