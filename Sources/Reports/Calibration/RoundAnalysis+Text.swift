import Analysis
import Statistics

extension RoundAnalysis {
    /// The round as text: summary, agreement on points and findings, severity, and what
    /// drives disagreement. "n/a" cells are explained below their table.
    public func renderText() -> String {
        let instrument = round.instrument
        var out = "Calibration round: \(Self.count(round.units.count, "municipality", "municipalities")), "
        out += "\(Self.count(round.evaluators.count, "evaluator", "evaluators")) · "
        out += "\(instrument.name) \(instrument.version)\n\nSummary\n"
        for line in summary { out += "  - " + line + "\n" }
        out += "\nAgreement on points (95% intervals; units rated by two or more evaluators)\n"
        out += pointsTable()
        out += "\nAgreement on findings (unassessed findings are missing values)\n"
        out += findingsTable()
        out += "\nSeverity (two-way additive model: below 0 stricter, above 0 more lenient than the panel; "
        out += "awarded - rules: what overrides changed)\n"
        out += severityTable()
        out += "\nWhat drives disagreement (Shapley split of every subarea difference in "
        out += "\(Self.count(ranking.comparisons, "comparison", "comparisons")); "
        out += "\(CalibrationNumber.text(ranking.absoluteDifference)) points of absolute difference)\n"
        out += rankingTable()
        return out + Provenance(instrument, records: round.records).text
    }

    func pointsTable() -> String {
        var table = TextTable([.left, .right, .right, .left, .left, .right, .right])
        table.add(["scope", "max", "units", "ICC(A,1)", "ICC(C,1)", "alpha", "mean |diff|"])
        var notes = TableNotes()
        for agreement in subareas + [pooled] + areas + [total] {
            let name = agreement.name(in: round.instrument)
            let icc = agreement.icc.value
            table.add([
                name, CalibrationNumber.text(agreement.maximum), String(agreement.pairedUnits),
                icc.map { Self.estimate($0.agreementSingle.value, $0.agreementSingle.interval) } ?? notes.mark(agreement.icc.reason, name),
                icc.map { Self.estimate($0.consistencySingle.value, $0.consistencySingle.interval) } ?? "n/a",
                agreement.alpha.value.map { CalibrationNumber.text($0.alpha) } ?? notes.mark(agreement.alpha.reason, name),
                agreement.spread.value.map { CalibrationNumber.text($0.meanAbsoluteDifference) } ?? "n/a",
            ])
        }
        return table.render(indent: 2) + notes.render()
    }

    func findingsTable() -> String {
        guard !findings.isEmpty else { return "  no findings recorded\n" }
        var table = TextTable([.left, .left, .right, .right, .right, .left, .right])
        table.add(["finding", "level", "units", "agree", "alpha", "AC1/AC2 (95% CI)", "Fleiss kappa"])
        var notes = TableNotes()
        for finding in findings {
            let name = finding.name(in: round.instrument)
            var gwet = "-"
            if let outcome = finding.gwet, let label = finding.gwetName {
                gwet = outcome.value.map { "\(label) " + Self.estimate($0.value, $0.interval) } ?? notes.mark(outcome.reason, name)
            }
            table.add([
                name, finding.level.rawValue, String(finding.pairedUnits),
                finding.percentAgreement.map(CalibrationNumber.percent) ?? "n/a",
                finding.alpha.value.map { CalibrationNumber.text($0.alpha) } ?? notes.mark(finding.alpha.reason, name),
                gwet,
                finding.fleiss.map { $0.value.map { CalibrationNumber.text($0.value) } ?? "n/a" } ?? "-",
            ])
        }
        return table.render(indent: 2) + notes.render()
    }

    func severityTable() -> String {
        var table = TextTable([.left, .left, .left, .left, .right])
        table.add(["evaluator", "pooled, % of max (95% CI)", "total, points (95% CI)", "awarded - rules (SE)", "overrides"])
        var notes = TableNotes()
        for (e, name) in round.evaluators.enumerated() {
            let offset = severity.rules.first { $0.rater == e }
            table.add([
                name,
                Self.effect(severity.pooled, e, &notes, "pooled"),
                Self.effect(severity.total, e, &notes, "total"),
                offset.map { o in
                    CalibrationNumber.signed(o.mean) + (o.standardError.map { " (\(CalibrationNumber.text($0)))" } ?? "")
                } ?? "n/a",
                String(severity.overrideCounts[e]),
            ])
        }
        var out = table.render(indent: 2) + notes.render()
        if let fit = severity.pooled.value {
            out += "  pooled model: residual SD \(CalibrationNumber.text(fit.residualVariance.squareRoot())) percentage points, "
            out += "evaluator F \(CalibrationNumber.text(fit.raterTest.statistic)) on (\(CalibrationNumber.text(fit.raterTest.numeratorDegrees)), "
            out += "\(CalibrationNumber.text(fit.raterTest.denominatorDegrees))) df, p \(Self.pValue(fit.raterTest.pValue))\n"
        }
        return out
    }

    func rankingTable() -> String {
        guard !ranking.drivers.isEmpty else { return "  no point differences\n" }
        var table = TextTable([.right, .left, .right, .right, .left])
        table.add(["rank", "source", "share", "points", "differed in"])
        for (rank, driver) in ranking.drivers.enumerated() {
            table.add([
                String(rank + 1), DisagreementRanking.name(driver.source, in: round.instrument),
                CalibrationNumber.percent(driver.share), CalibrationNumber.text(driver.points),
                "\(driver.discordant) of \(ranking.comparisons)",
            ])
        }
        return table.render(indent: 2)
    }

    /// `0.62 (0.15 to 0.91)`.
    static func estimate(_ value: Double, _ interval: ConfidenceInterval) -> String {
        "\(CalibrationNumber.text(value)) (\(CalibrationNumber.interval(interval)))"
    }

    static func effect(_ fit: StatisticOutcome<SeverityFit>, _ e: Int, _ notes: inout TableNotes, _ label: String) -> String {
        guard let fit = fit.value else { return notes.mark(fit.reason, label) }
        let effect = fit.raters[e]
        let text = "\(CalibrationNumber.signed(effect.effect, digits: 1)) (\(CalibrationNumber.interval(effect.interval, digits: 1)))"
        return effect.hasSufficientData ? text : text + " insufficient data"
    }

    /// A p-value: "< 0.0001" below that, else 4 decimals at most.
    static func pValue(_ p: Double) -> String {
        p < 0.0001 ? "< 0.0001" : CalibrationNumber.text(p, digits: 4)
    }
}
