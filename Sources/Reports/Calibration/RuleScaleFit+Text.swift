import Analysis
import Engine
import Statistics

extension RuleScaleFit {
    /// The fits as text in `language` (default: the instrument's): per subarea the scales
    /// with their leave-one-out ranges, the accuracy of the rules as written and of both
    /// fits, the largest leave-one-out residuals, and the warnings.
    public func renderText(language: ReportLanguage? = nil) -> String {
        let instrument = round.instrument
        let prose = Prose(language, for: instrument)
        let words = FitWords.of(prose)
        let rows = subareas.reduce(0) { $0 + $1.rows.count }
        var out = words.title(prose.count(rows, words.awardedScore), prose.count(subareas.count, words.subarea))
        out += " · \(instrument.name) \(instrument.version)\n\(words.explanation)\n"
        if subareas.isEmpty { out += "\n\(words.noAwarded)\n" }
        for fit in subareas { out += "\n" + render(fit, prose) }
        var provenance = Provenance(instrument, records: round.records)
        provenance.files.append(Provenance.File(role: "awarded", path: awardedPath, sha256: nil))
        return out + prose.footer(provenance)
    }

    func render(_ fit: SubareaScaleFit, _ prose: Prose) -> String {
        let words = FitWords.of(prose)
        let instrument = round.instrument
        let subarea = instrument.subareas[fit.subarea]
        var out =
            words.subareaLine(
                "\(subarea.id) \(prose.title(of: subarea))", prose.number(subarea.max),
                prose.count(fit.rows.count, words.awardedScore),
                prose.count(fit.municipalities, words.municipality)) + "\n"
        var scales = TextTable([.left, .right, .left, .left])
        scales.add(words.scaleColumns)
        for (k, r) in fit.rules.enumerated() {
            scales.add([
                instrument.rules[r].id, prose.number(fit.best[k]), scale(fit.nonNegative.value, k, prose),
                scale(fit.bounded.value, k, prose) + " " + words.boundedOf(prose.number(fit.upper[k])),
            ])
        }
        out += scales.render(indent: 2)
        var metrics = TextTable([.left, .right, .right, .right, .right])
        metrics.add(words.metricsColumns)
        var notes = TableNotes(prose)
        if let current = fit.current.value {
            metrics.add([words.asWritten, prose.number(current.rootMeanSquaredError), "-", "-", "-"])
        }
        for (name, outcome) in [(words.nonNegative, fit.nonNegative), (words.bounded, fit.bounded)] {
            guard let report = outcome.value else { continue }
            metrics.add([
                name, prose.number(report.inSample.rootMeanSquaredError),
                prose.number(report.leaveOneOut.rootMeanSquaredError),
                report.optimismRatio.map { prose.number($0) } ?? notes.mark(report.optimismRatioUndefined, name),
                report.leaveOneOut.qSquared.map { prose.number($0) }
                    ?? notes.mark(report.leaveOneOut.qSquaredUndefined, name),
            ])
        }
        out += "\n" + metrics.render(indent: 2) + notes.render()
        out += "  \(words.verdict): \(verdict(fit, prose))\n"
        if let report = fit.nonNegative.value, !report.flaggedUnits.isEmpty {
            out += "  " + words.flaggedResiduals
            out +=
                report.flaggedUnits.map { i in
                    let score = fit.rows[i].score
                    return
                        " \(score.municipality) \(score.year) \(score.evaluator) \(prose.signed(report.leaveOneOutResiduals[i]))"
                }.joined(separator: ",") + "\n"
        }
        let warnings = warnings(fit, prose)
        if !warnings.isEmpty {
            out += "  \(words.warnings):\n"
            for warning in warnings { out += "    - \(warning)\n" }
        }
        return out
    }

    /// `1,52 (1,38 till 1,64)`, or `saknas` / `n/a`.
    func scale(_ report: WeightFitReport?, _ k: Int, _ prose: Prose) -> String {
        guard let report else { return prose.notAvailable }
        let range = report.weightRanges[k]
        return "\(prose.number(report.weights[k])) (\(prose.number(range.lowerBound)) \(FitWords.of(prose).to) "
            + "\(prose.number(range.upperBound)))"
    }

    /// Whether the fitted (NNLS) scales predict left-out municipalities clearly better (by a
    /// fifth or more) than the rules as written, as ``SubareaScaleFit/verdict`` decides it.
    func verdict(_ fit: SubareaScaleFit, _ prose: Prose) -> String {
        let words = FitWords.of(prose)
        guard let current = fit.current.value, let nonNegative = fit.nonNegative.value else {
            return words.insufficientData
        }
        let fitted = nonNegative.leaveOneOut.rootMeanSquaredError
        let written = current.rootMeanSquaredError
        if written == 0 { return words.reproduces }
        if fitted < 0.8 * written { return words.clearlyBetter(prose.number(fitted), prose.points(written)) }
        return words.noClearGain(prose.number(fitted), prose.points(written))
    }

    /// What limits the fit (docs/STATISTICS.md §5.4), as ``SubareaScaleFit/warnings(in:)``
    /// finds it, in the language of `prose`.
    func warnings(_ fit: SubareaScaleFit, _ prose: Prose) -> [String] {
        let words = FitWords.of(prose)
        let ids = fit.rules.map { round.instrument.rules[$0].id }
        guard let nonNegative = fit.nonNegative.value else {
            return [UndefinedReasonWords.statement(fit.nonNegative.reason, prose)]
        }
        var out: [String] = []
        let design = nonNegative.design
        for r in design.unobservedRules { out.append(words.neverScores(ids[r])) }
        for pair in design.aliasedPairs where !design.unobservedRules.contains(pair.first) {
            out.append(words.alwaysTogether(ids[pair.first], ids[pair.second]))
        }
        if design.rank < fit.rules.count, design.aliasedPairs.isEmpty, design.unobservedRules.isEmpty {
            out.append(words.dependent(prose.integer(design.rank), prose.integer(fit.rules.count)))
        } else if design.conditionNumber.isFinite, design.conditionNumber > 1000 {
            out.append(words.nearlyDependent(prose.number(design.conditionNumber, digits: 0)))
        }
        if fit.rows.count < 10 * fit.rules.count {
            out.append(
                words.fewEvaluations(
                    prose.count(fit.rows.count, words.evaluation), prose.count(fit.rules.count, words.scale)))
        }
        if let ratio = nonNegative.optimismRatio, ratio > 1.3 { out.append(words.flatters(prose.number(ratio))) }
        for (k, scale) in nonNegative.weights.enumerated() where scale == 0 && !design.unobservedRules.contains(k) {
            out.append(words.zeroScale(ids[k]))
        }
        if let bounded = fit.bounded.value {
            for (k, scale) in bounded.weights.enumerated() where scale >= fit.upper[k] * (1 - 1e-9) && fit.upper[k] > 0
            {
                out.append(words.atUpperBound(ids[k], prose.number(fit.upper[k])))
            }
        }
        for (k, range) in nonNegative.weightRanges.enumerated() where range.upperBound - range.lowerBound > 0.5 {
            out.append(words.unstable(ids[k], prose.number(range.lowerBound), prose.number(range.upperBound)))
        }
        if fit.cappedRows > 0 {
            out.append(words.exceedsMaximum(prose.count(fit.cappedRows, words.evaluation), fit.cappedRows == 1))
        }
        return out
    }
}
