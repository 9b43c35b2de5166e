import Engine

extension RoundAnalysis {
    /// The smallest pooled severity, in percentage points of a subarea's maximum, that the
    /// summary calls an evaluator stricter or more lenient (with an interval excluding 0).
    public static let practicalSeverity = 5.0

    /// The plain-language summary (docs/STATISTICS.md §2.7): every coefficient with its 95%
    /// interval, or "insufficient data" with the reason.
    public var summary: [String] {
        let instrument = round.instrument
        var lines: [String] = []
        lines.append(
            "\(Self.count(round.units.count, "municipality", "municipalities")), "
                + "\(Self.count(round.evaluators.count, "evaluator", "evaluators")) (\(round.evaluators.joined(separator: ", "))), "
                + "\(Self.count(round.records.count, "evaluation", "evaluations")); "
                + "\(round.assessedSubareas.count) of \(instrument.subareas.count) subareas assessed.")
        lines.append(pointsSentence(total, what: "Total (max \(CalibrationNumber.text(total.maximum)))", unit: "points"))
        lines.append(pooledSentence())
        let weak = subareas.compactMap { s in s.icc.value.map { (s, $0.agreementSingle.value) } }.min { $0.1 < $1.1 }
        if let (weakest, _) = weak, subareas.count > 1 {
            lines.append(
                pointsSentence(weakest, what: "Weakest subarea: \(weakest.name(in: instrument)) (max \(CalibrationNumber.text(weakest.maximum)))", unit: "points"))
        }
        let missing = subareas.filter { $0.icc.value == nil }
        if !missing.isEmpty {
            let ids = missing.compactMap { s -> String? in
                if case .subarea(let index) = s.scope { return instrument.subareas[index].id }
                return nil
            }
            lines.append(
                "Subarea\(ids.count == 1 ? "" : "s") \(ids.joined(separator: ", ")), no ICC: "
                    + "\(missing[0].icc.reason?.statement ?? "insufficient data").")
        }
        lines += severitySentences()
        lines += driverSentences()
        return lines
    }

    func pointsSentence(_ agreement: ScoreAgreement, what: String, unit: String) -> String {
        guard let icc = agreement.icc.value else {
            return "\(what): \(agreement.icc.reason?.statement ?? "insufficient data"); \(spreadClause(agreement, unit: unit))."
        }
        let a = icc.agreementSingle
        let low = ScoreAgreement.word(a.interval.lower)
        let high = ScoreAgreement.word(a.interval.upper)
        var out = "\(what): a single evaluator's score agrees with colleagues' \(ScoreAgreement.adverb(a.value)) "
        if low == high {
            out += "(ICC(A,1) \(CalibrationNumber.text(a.value)), 95% CI \(CalibrationNumber.interval(a.interval))). "
        } else {
            out += "(ICC(A,1) \(CalibrationNumber.text(a.value))), but the 95% interval (\(CalibrationNumber.interval(a.interval))) "
            out += "runs from \(low) to \(high) agreement. "
        }
        let components = icc.varianceComponents
        out += "Two evaluators typically differ by \(CalibrationNumber.text(components.typicalDifference, digits: 1)) \(unit), "
        out += "and 95% of differences lie within ±\(CalibrationNumber.text(components.differenceLimit, digits: 1)) \(unit)."
        return out
    }

    func spreadClause(_ agreement: ScoreAgreement, unit: String) -> String {
        guard let spread = agreement.spread.value else { return "no two evaluators rated the same municipality" }
        return "observed: two evaluators differ by \(CalibrationNumber.text(spread.meanAbsoluteDifference, digits: 1)) \(unit) on average "
            + "over \(Self.count(spread.pairCount, "comparison", "comparisons"))"
    }

    /// `1 municipality`, `6 municipalities`.
    public static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }

    func pooledSentence() -> String {
        guard let icc = pooled.icc.value else {
            return "Across subareas (percent of maximum): \(pooled.icc.reason?.statement ?? "insufficient data")."
        }
        let a = icc.agreementSingle
        let c = icc.consistencySingle
        var out = "Across subareas (percent of maximum): absolute agreement ICC(A,1) \(CalibrationNumber.text(a.value)) "
        out += "(95% CI \(CalibrationNumber.interval(a.interval))), consistency ICC(C,1) \(CalibrationNumber.text(c.value)) "
        out += "(95% CI \(CalibrationNumber.interval(c.interval)))."
        if c.value - a.value >= 0.05 {
            out += " Evaluators agree more on which municipalities score higher than on the level: part of the "
                + "disagreement is a systematic offset between evaluators (see severity)."
        }
        return out
    }

    func severitySentences() -> [String] {
        var lines: [String] = []
        switch severity.pooled {
        case .unavailable(let reason):
            lines.append("Severity: \(reason.statement).")
        case .computed(let fit):
            var flagged = false
            for effect in fit.raters {
                let name = round.evaluators[effect.rater]
                guard effect.hasSufficientData else {
                    lines.append("\(name): insufficient data for a severity estimate (\(effect.ratedSubjects) rated units).")
                    continue
                }
                let excludesZero = effect.interval.lower > 0 || effect.interval.upper < 0
                // docs/STATISTICS.md §3.3: flag only a clear and practically relevant offset.
                guard excludesZero, abs(effect.effect) >= Self.practicalSeverity else { continue }
                flagged = true
                let direction = effect.effect < 0 ? "stricter" : "more lenient"
                lines.append(
                    "\(name) is \(direction) than the panel: \(CalibrationNumber.signed(effect.effect, digits: 1)) percentage points "
                        + "of each subarea's maximum (95% CI \(CalibrationNumber.interval(effect.interval, digits: 1)); "
                        + "≈ \(CalibrationNumber.signed(effect.effect / 5, digits: 1)) points on a 20-point subarea).")
            }
            if !flagged, let largest = fit.raters.max(by: { abs($0.effect) < abs($1.effect) }) {
                lines.append(
                    "No evaluator is clearly stricter or more lenient than the panel (an interval excluding 0 and an offset of "
                        + "at least \(CalibrationNumber.text(Self.practicalSeverity)) percentage points); largest: "
                        + "\(round.evaluators[largest.rater]) \(CalibrationNumber.signed(largest.effect, digits: 1)) "
                        + "percentage points, 95% CI \(CalibrationNumber.interval(largest.interval, digits: 1)).")
            }
        }
        let overriding = severity.rules.filter { severity.overrideCounts[$0.rater] > 0 }
        if overriding.isEmpty {
            lines.append("No evaluator overrode the rules: awarded scores equal the rules' scores for their own findings.")
        }
        for offset in overriding {
            let name = round.evaluators[offset.rater]
            let direction = offset.mean < 0 ? "less" : "more"
            var line = "\(name) awards on average \(CalibrationNumber.text(abs(offset.mean), digits: 1)) points \(direction) than the "
            line += "rules give for \(name)'s own findings ("
            if let se = offset.standardError {
                line += "SE \(CalibrationNumber.text(se, digits: 1)); "
            } else {
                line += "insufficient data for an interval; "
            }
            line += "\(severity.overrideCounts[offset.rater]) override\(severity.overrideCounts[offset.rater] == 1 ? "" : "s") "
            line += "in \(offset.subjectCount) evaluation\(offset.subjectCount == 1 ? "" : "s"))."
            lines.append(line)
        }
        return lines
    }

    func driverSentences() -> [String] {
        let instrument = round.instrument
        guard ranking.comparisons > 0 else {
            return ["Disagreement: insufficient data (no municipality was evaluated by two evaluators)."]
        }
        guard !ranking.drivers.isEmpty else {
            return ["The evaluators recorded every municipality alike: no point differences to explain."]
        }
        return ranking.drivers.prefix(3).map { driver in
            let share = CalibrationNumber.percent(driver.share)
            let counts = "\(driver.discordant) of \(Self.count(ranking.comparisons, "comparison", "comparisons"))"
            let input: String
            switch driver.source {
            case .finding(let fact):
                input = "Finding '\(instrument.facts[fact].path)'"
            case .judgement(let rule):
                input = "Judgement '\(instrument.rules[rule].id)'"
            case .override:
                return "Overrides account for \(share) of the point differences (they differed in \(counts))."
            case .unattributed:
                return "\(share) of the point differences could not be attributed to single inputs (too many differed at once)."
            }
            return "\(input) accounts for \(share) of the point differences between evaluators "
                + "(they differed on it in \(counts); \(agreementClause(driver.source)))."
        }
    }

    func agreementClause(_ source: DifferenceSource) -> String {
        guard let agreement = agreement(of: source) else { return "agreement: insufficient data" }
        if let gwet = agreement.gwet, let name = agreement.gwetName {
            switch gwet {
            case .computed(let c):
                return "\(name) \(CalibrationNumber.text(c.value)), 95% CI \(CalibrationNumber.interval(c.interval))"
            case .unavailable(let reason):
                return "\(name): \(reason.statement)"
            }
        }
        switch agreement.alpha {
        case .computed(let a):
            return "Krippendorff's α \(CalibrationNumber.text(a.alpha)) (\(agreement.level.rawValue)), no interval"
        case .unavailable(let reason):
            return "α: \(reason.statement)"
        }
    }
}
