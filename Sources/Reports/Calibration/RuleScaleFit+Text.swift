import Analysis
import Engine
import Statistics

extension RuleScaleFit {
    /// The fits as text: per subarea the scales with their leave-one-out ranges, the
    /// accuracy of the rules as written and of both fits, the largest leave-one-out
    /// residuals, and the warnings.
    public func renderText() -> String {
        let instrument = round.instrument
        let rows = subareas.reduce(0) { $0 + $1.rows.count }
        var out = "Rule scales fitted to awarded scores: \(rows) awarded scores in \(subareas.count) subarea"
        out += subareas.count == 1 ? "" : "s"
        out += " · \(instrument.name) \(instrument.version)\n"
        out += "(a scale multiplies what a rule gives as written: 1 keeps it, a ladder's internal ratios stay fixed; "
        out += "validated by leaving one municipality out at a time)\n"
        if subareas.isEmpty { out += "\nno awarded scores\n" }
        for fit in subareas { out += "\n" + render(fit) }
        var provenance = Provenance(instrument, records: round.records)
        provenance.files.append(Provenance.File(role: "awarded", path: awardedPath, sha256: nil))
        return out + provenance.text
    }

    func render(_ fit: SubareaScaleFit) -> String {
        let instrument = round.instrument
        let subarea = instrument.subareas[fit.subarea]
        var out = "\(subarea.id) \(subarea.title) (max \(subarea.max.decimalString(maxFractionDigits: 2))): "
        out += "\(fit.rows.count) awarded scores, \(fit.municipalities) municipalities\n"
        var scales = TextTable([.left, .right, .left, .left])
        scales.add(["rule", "best", "NNLS scale (LOO range)", "bounded scale (LOO range)"])
        for (k, r) in fit.rules.enumerated() {
            scales.add([
                instrument.rules[r].id, CalibrationNumber.text(fit.best[k]),
                Self.scale(fit.nonNegative.value, k), Self.scale(fit.bounded.value, k) + " of [0, \(CalibrationNumber.text(fit.upper[k]))]",
            ])
        }
        out += scales.render(indent: 2)
        var metrics = TextTable([.left, .right, .right, .right, .right])
        metrics.add(["fit", "RMSE", "RMSE_LOO", "optimism", "Q2"])
        if let current = fit.current.value {
            metrics.add(["rules as written", CalibrationNumber.text(current.rootMeanSquaredError), "-", "-", "-"])
        }
        for (name, outcome) in [("NNLS", fit.nonNegative), ("bounded", fit.bounded)] {
            guard let report = outcome.value else { continue }
            metrics.add([
                name, CalibrationNumber.text(report.inSample.rootMeanSquaredError),
                CalibrationNumber.text(report.leaveOneOut.rootMeanSquaredError),
                report.optimismRatio.map { CalibrationNumber.text($0) } ?? "n/a",
                report.leaveOneOut.qSquared.map { CalibrationNumber.text($0) } ?? "n/a",
            ])
        }
        out += "\n" + metrics.render(indent: 2)
        out += "  verdict: \(fit.verdict)\n"
        if let report = fit.nonNegative.value, !report.flaggedUnits.isEmpty {
            out += "  left-out residuals beyond 2 RMSE_LOO (NNLS):"
            out += report.flaggedUnits.map { i in
                let score = fit.rows[i].score
                return " \(score.municipality) \(score.year) \(score.evaluator) \(CalibrationNumber.signed(report.leaveOneOutResiduals[i]))"
            }.joined(separator: ",") + "\n"
        }
        let warnings = fit.warnings(in: instrument)
        if !warnings.isEmpty {
            out += "  warnings:\n"
            for warning in warnings { out += "    - \(warning)\n" }
        }
        return out
    }

    /// `1.52 (1.38 to 1.64)`, or "n/a".
    static func scale(_ report: WeightFitReport?, _ k: Int) -> String {
        guard let report else { return "n/a" }
        let range = report.weightRanges[k]
        return "\(CalibrationNumber.text(report.weights[k])) (\(CalibrationNumber.text(range.lowerBound)) to "
            + "\(CalibrationNumber.text(range.upperBound)))"
    }
}
