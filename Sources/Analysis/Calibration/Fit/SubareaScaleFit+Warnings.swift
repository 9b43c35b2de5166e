import Engine

extension SubareaScaleFit {
    /// What limits the fit (docs/STATISTICS.md §5.4): scales that cannot be identified, too
    /// few evaluations per scale, an optimistic in-sample fit, scales at a bound or
    /// unstable across the leave-one-out refits, and rows the fit does not cap.
    public func warnings(in instrument: Instrument) -> [String] {
        let ids = rules.map { instrument.rules[$0].id }
        var out: [String] = []
        guard let fit = nonNegative.value else {
            return [nonNegative.reason?.statement ?? "not computed"]
        }
        let design = fit.design
        for r in design.unobservedRules {
            out.append("rule \(ids[r]) never scores in these evaluations: its scale cannot be identified")
        }
        for pair in design.aliasedPairs where !design.unobservedRules.contains(pair.first) {
            out.append("rules \(ids[pair.first]) and \(ids[pair.second]) always score together: their scales cannot be told apart")
        }
        if design.rank < rules.count, design.aliasedPairs.isEmpty, design.unobservedRules.isEmpty {
            out.append("the rules' values are linearly dependent (rank \(design.rank) of \(rules.count)): some scales cannot be identified")
        } else if design.conditionNumber.isFinite, design.conditionNumber > 1000 {
            out.append(
                "the rules' values are nearly dependent (condition number \(CalibrationNumber.text(design.conditionNumber, digits: 0))): "
                    + "the scales are unstable")
        }
        if rows.count < 10 * rules.count {
            out.append(
                "\(rows.count) evaluations for \(rules.count) scales (fewer than 10 per scale): treat the scales as indicative")
        }
        if let ratio = fit.optimismRatio, ratio > 1.3 {
            out.append(
                "the in-sample fit flatters: left-out municipalities are predicted \(CalibrationNumber.text(ratio)) times worse "
                    + "(RMSE_LOO/RMSE)")
        }
        for (k, scale) in fit.weights.enumerated() where scale == 0 && !design.unobservedRules.contains(k) {
            out.append("rule \(ids[k]) gets scale 0: once the other rules are known, it does not explain the awarded scores")
        }
        if let bounded = bounded.value {
            for (k, scale) in bounded.weights.enumerated() where scale >= upper[k] * (1 - 1e-9) && upper[k] > 0 {
                out.append("rule \(ids[k]) reaches its upper bound \(CalibrationNumber.text(upper[k])) in the bounded fit")
            }
        }
        for (k, range) in fit.weightRanges.enumerated() where range.upperBound - range.lowerBound > 0.5 {
            out.append(
                "rule \(ids[k])'s scale ranges from \(CalibrationNumber.text(range.lowerBound)) to "
                    + "\(CalibrationNumber.text(range.upperBound)) when one municipality is left out")
        }
        if cappedRows > 0 {
            out.append(
                "\(cappedRows) evaluation\(cappedRows == 1 ? "" : "s") exceed\(cappedRows == 1 ? "s" : "") the subarea's maximum "
                    + "under the rules as written; the fit does not cap")
        }
        return out
    }

    /// Whether the fitted (NNLS) scales predict left-out municipalities clearly better
    /// (by a fifth or more) than the rules as written.
    public var verdict: String {
        guard let current = current.value, let fit = nonNegative.value else { return "insufficient data" }
        let fitted = fit.leaveOneOut.rootMeanSquaredError
        let written = current.rootMeanSquaredError
        if written == 0 { return "the rules as written reproduce every awarded score" }
        if fitted < 0.8 * written {
            return "the fitted scales predict left-out municipalities clearly better (RMSE_LOO \(CalibrationNumber.text(fitted)) "
                + "against \(CalibrationNumber.text(written)) points for the rules as written)"
        }
        return "no clear gain over the rules as written (RMSE_LOO \(CalibrationNumber.text(fitted)) against "
            + "\(CalibrationNumber.text(written)) points)"
    }
}
