import Analysis
import Statistics

extension RoundAnalysis {
    /// The plain-language summary (docs/STATISTICS.md §2.7) in the language of `prose`:
    /// every coefficient with its 95% interval, or why there is none. The same sentences
    /// as ``RoundAnalysis/summary`` (which JSON keeps), written in either language.
    func summary(_ prose: Prose) -> [String] {
        let instrument = round.instrument
        let words = CalibrationWords.of(prose)
        var lines: [String] = []
        lines.append(
            words.roundCounts(
                prose.count(round.units.count, words.municipality),
                prose.count(round.evaluators.count, words.evaluator),
                round.evaluators.joined(separator: ", "), prose.count(round.records.count, words.evaluation),
                "\(prose.integer(round.assessedSubareas.count)) \(words.of) \(prose.integer(instrument.subareas.count))"
            ))
        lines.append(pointsSentence(total, what: words.totalWhat(prose.number(total.maximum)), prose))
        lines.append(pooledSentence(prose))
        let weak = subareas.compactMap { s in s.icc.value.map { (s, $0.agreementSingle.value) } }.min { $0.1 < $1.1 }
        if let (weakest, _) = weak, subareas.count > 1 {
            lines.append(
                pointsSentence(
                    weakest, what: words.weakestWhat(name(weakest, prose), prose.number(weakest.maximum)), prose))
        }
        let missing = subareas.filter { $0.icc.value == nil }
        if !missing.isEmpty {
            let ids = missing.compactMap { s -> String? in
                if case .subarea(let index) = s.scope { return instrument.subareas[index].id }
                return nil
            }
            lines.append(
                words.noICC(
                    ids.joined(separator: ", "), ids.count != 1, UndefinedReasonWords.statement(missing[0].icc.reason, prose)))
        }
        lines += severitySentences(prose)
        lines += driverSentences(prose)
        return lines
    }

    /// Poor below 0.5, moderate below 0.75, good below 0.9, else excellent (Koo and Li).
    static func band(_ icc: Double) -> Int {
        icc < 0.5 ? 0 : icc < 0.75 ? 1 : icc < 0.9 ? 2 : 3
    }

    func pointsSentence(_ agreement: ScoreAgreement, what: String, _ prose: Prose) -> String {
        let words = CalibrationWords.of(prose)
        guard let icc = agreement.icc.value else {
            let spread =
                agreement.spread.value.map { spread in
                    words.spreadObserved(
                        prose.points(spread.meanAbsoluteDifference, digits: 1),
                        prose.count(spread.pairCount, words.comparison))
                } ?? words.noSharedMunicipality
            return "\(what): \(UndefinedReasonWords.statement(agreement.icc.reason, prose)); \(spread)."
        }
        let a = icc.agreementSingle
        let low = Self.band(a.interval.lower)
        let high = Self.band(a.interval.upper)
        var out = words.agreesAdverb(what, words.agreementAdverbs[Self.band(a.value)])
        if low == high {
            out += words.iccExact(prose.number(a.value), "\(words.ci) \(interval(a.interval, prose))")
        } else {
            out += words.iccRange(
                prose.number(a.value), interval(a.interval, prose), words.agreement[low], words.agreement[high])
        }
        let components = icc.varianceComponents
        out += words.typicalDifference(
            prose.points(components.typicalDifference, digits: 1), prose.points(components.differenceLimit, digits: 1))
        return out
    }

    func pooledSentence(_ prose: Prose) -> String {
        let words = CalibrationWords.of(prose)
        guard let icc = pooled.icc.value else {
            return words.pooledUnavailable(UndefinedReasonWords.statement(pooled.icc.reason, prose))
        }
        let a = icc.agreementSingle
        let c = icc.consistencySingle
        var out = words.pooled(
            prose.number(a.value), "\(words.ci) \(interval(a.interval, prose))", prose.number(c.value),
            "\(words.ci) \(interval(c.interval, prose))")
        if c.value - a.value >= 0.05 { out += words.offsetNote }
        return out
    }

    func severitySentences(_ prose: Prose) -> [String] {
        let words = CalibrationWords.of(prose)
        var lines: [String] = []
        switch severity.pooled {
        case .unavailable(let reason):
            lines.append(words.severityUnavailable(UndefinedReasonWords.statement(reason, prose)))
        case .computed(let fit):
            var flagged = false
            for effect in fit.raters {
                let name = round.evaluators[effect.rater]
                guard effect.hasSufficientData else {
                    lines.append(words.severityInsufficient(name, prose.count(effect.ratedSubjects, words.ratedUnit)))
                    continue
                }
                let excludesZero = effect.interval.lower > 0 || effect.interval.upper < 0
                // docs/STATISTICS.md §3.3: flag only a clear and practically relevant offset.
                guard excludesZero, abs(effect.effect) >= Self.practicalSeverity else { continue }
                flagged = true
                lines.append(
                    words.severityFlagged(
                        name, effect.effect < 0, prose.signed(effect.effect, digits: 1),
                        "\(words.ci) \(interval(effect.interval, prose, digits: 1))",
                        prose.counted(prose.signed(effect.effect / 5, digits: 1), prose.words.point)))
            }
            if !flagged, let largest = fit.raters.max(by: { abs($0.effect) < abs($1.effect) }) {
                lines.append(
                    words.severityNone(
                        prose.number(Self.practicalSeverity), round.evaluators[largest.rater],
                        prose.signed(largest.effect, digits: 1),
                        "\(words.ci) \(interval(largest.interval, prose, digits: 1))"))
            }
        }
        let overriding = severity.rules.filter { severity.overrideCounts[$0.rater] > 0 }
        if overriding.isEmpty { lines.append(words.noOverrides) }
        for offset in overriding {
            let count = severity.overrideCounts[offset.rater]
            lines.append(
                words.awardsOffset(
                    round.evaluators[offset.rater], prose.points(abs(offset.mean), digits: 1), offset.mean < 0,
                    offset.standardError.map { prose.number($0, digits: 1) }, prose.count(count, words.override),
                    prose.count(offset.subjectCount, words.evaluation)))
        }
        return lines
    }

    func driverSentences(_ prose: Prose) -> [String] {
        let words = CalibrationWords.of(prose)
        let instrument = round.instrument
        guard ranking.comparisons > 0 else { return [words.noComparisons] }
        guard !ranking.drivers.isEmpty else { return [words.noDrivers] }
        return ranking.drivers.prefix(3).map { driver in
            let share = prose.share(driver.share)
            let counts =
                "\(prose.integer(driver.discordant)) \(words.of) \(prose.count(ranking.comparisons, words.comparison))"
            switch driver.source {
            case .finding(let fact):
                return words.findingDriver(
                    instrument.facts[fact].path, share, counts, agreementClause(driver.source, prose))
            case .judgement(let rule):
                return words.judgementDriver(
                    instrument.rules[rule].id, share, counts, agreementClause(driver.source, prose))
            case .override:
                return words.overridesDriver(share, counts)
            case .unattributed:
                return words.unattributedDriver(share)
            }
        }
    }

    func agreementClause(_ source: DifferenceSource, _ prose: Prose) -> String {
        let words = CalibrationWords.of(prose)
        guard let agreement = findingAgreement(of: source) else { return words.agreementUnavailable }
        if let gwet = agreement.gwet, let name = agreement.gwetName {
            switch gwet {
            case .computed(let c):
                return "\(name) \(prose.number(c.value)), \(words.ci) \(interval(c.interval, prose))"
            case .unavailable(let reason):
                return "\(name): \(UndefinedReasonWords.statement(reason, prose))"
            }
        }
        switch agreement.alpha {
        case .computed(let a):
            return words.alphaOnly(prose.number(a.alpha), words.level(agreement.level.rawValue))
        case .unavailable(let reason):
            return "α: \(UndefinedReasonWords.statement(reason, prose))"
        }
    }

    /// The finding agreement of a fact (the first item of a set), for the ranking.
    func findingAgreement(of source: DifferenceSource) -> FindingAgreement? {
        switch source {
        case .finding(let fact):
            return findings.first { item in
                switch item.item {
                case .fact(let f), .setSize(let f): return f == fact
                case .setItem, .judgement: return false
                }
            }
        case .judgement(let rule): return findings.first { $0.item == .judgement(rule: rule) }
        case .override, .unattributed: return nil
        }
    }
}
