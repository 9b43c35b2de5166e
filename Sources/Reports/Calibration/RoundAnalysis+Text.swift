import Analysis
import Statistics

extension RoundAnalysis {
    /// The round as text in `language` (default: the instrument's): summary, agreement on
    /// points and findings, severity, and what drives disagreement. Cells that could not be
    /// computed are explained below their table.
    public func renderText(language: ReportLanguage? = nil) -> String {
        let instrument = round.instrument
        let prose = Prose(language, for: instrument)
        let words = CalibrationWords.of(prose)
        var out = words.roundTitle(
            prose.count(round.units.count, words.municipality), prose.count(round.evaluators.count, words.evaluator))
        out += " · \(instrument.name) \(instrument.version)\n\n\(words.summaryHeading)\n"
        for line in summary(prose) { out += "  - " + line + "\n" }
        out += "\n\(words.pointsHeading)\n"
        out += pointsTable(prose)
        out += "\n\(words.findingsHeading)\n"
        out += findingsTable(prose)
        out += "\n\(words.severityHeading)\n"
        out += severityTable(prose)
        out +=
            "\n"
            + words.driversHeading(
                prose.count(ranking.comparisons, words.comparison), prose.points(ranking.absoluteDifference)) + "\n"
        out += rankingTable(prose)
        return out + prose.footer(Provenance(instrument, records: round.records))
    }

    /// A scope's name: `1.1 Strategi …`, `område 1 …`, `totalt`.
    func name(_ agreement: ScoreAgreement, _ prose: Prose) -> String {
        let words = CalibrationWords.of(prose)
        let instrument = round.instrument
        switch agreement.scope {
        case .subarea(let s): return "\(instrument.subareas[s].id) \(prose.title(of: instrument.subareas[s]))"
        case .pooled: return words.pooledScope
        case .area(let a): return words.areaScope(instrument.areas[a].id, prose.title(of: instrument.areas[a]))
        case .total: return words.totalScope
        }
    }

    /// A finding's name: its path, `path: item`, `path (antal poster)`, `bedömning 1.1.b`.
    func name(_ finding: FindingAgreement, _ prose: Prose) -> String {
        let instrument = round.instrument
        switch finding.item {
        case .fact(let fact): return instrument.facts[fact].path
        case .setItem(let fact, let item): return "\(instrument.facts[fact].path): \(item)"
        case .setSize(let fact): return "\(instrument.facts[fact].path) (\(CalibrationWords.of(prose).numberOfItems))"
        case .judgement(let rule): return prose.judgement(instrument.rules[rule].id)
        }
    }

    func pointsTable(_ prose: Prose) -> String {
        let words = CalibrationWords.of(prose)
        var table = TextTable([.left, .right, .right, .left, .left, .right, .right])
        table.add(words.pointsColumns)
        var notes = TableNotes(prose)
        for agreement in subareas + [pooled] + areas + [total] {
            let name = name(agreement, prose)
            let icc = agreement.icc.value
            table.add([
                name, prose.number(agreement.maximum), prose.integer(agreement.pairedUnits),
                icc.map { estimate($0.agreementSingle.value, $0.agreementSingle.interval, prose) }
                    ?? notes.mark(agreement.icc.reason, name),
                icc.map { estimate($0.consistencySingle.value, $0.consistencySingle.interval, prose) }
                    ?? UndefinedReasonWords.cell(agreement.icc.reason, prose),
                agreement.alpha.value.map { prose.number($0.alpha) } ?? notes.mark(agreement.alpha.reason, name),
                agreement.spread.value.map { prose.number($0.meanAbsoluteDifference) } ?? prose.notAvailable,
            ])
        }
        return table.render(indent: 2) + notes.render()
    }

    func findingsTable(_ prose: Prose) -> String {
        let words = CalibrationWords.of(prose)
        guard !findings.isEmpty else { return "  \(words.noFindings)\n" }
        let twoEvaluators = round.evaluators.count == 2
        var table = TextTable(
            [.left, .left, .right, .right, .right, .left, .left, .right] + (twoEvaluators ? [.right] : []))
        table.add(words.findingsColumns + (twoEvaluators ? [words.cohenColumn] : []))
        var notes = TableNotes(prose)
        for finding in findings {
            let name = name(finding, prose)
            let coefficient: (StatisticOutcome<AgreementCoefficient>?) -> String = { outcome in
                guard let outcome else { return "-" }
                return outcome.value.map { self.estimate($0.value, $0.interval, prose) } ?? notes.mark(outcome.reason, name)
            }
            let ordinal = finding.level == .ordinal
            var row = [
                name, words.level(finding.level.rawValue), prose.integer(finding.pairedUnits),
                finding.percentAgreement.map(prose.share) ?? notes.mark(finding.percentAgreementUndefined, name),
                finding.alpha.value.map { prose.number($0.alpha) } ?? notes.mark(finding.alpha.reason, name),
                coefficient(ordinal ? finding.unweightedGwet : finding.gwet),
                ordinal ? coefficient(finding.gwet) : "-",
                finding.fleiss.map { $0.value.map { prose.number($0.value) } ?? notes.mark($0.reason, name) } ?? "-",
            ]
            if twoEvaluators {
                row.append(finding.cohen.map { $0.value.map { prose.number($0.value) } ?? notes.mark($0.reason, name) } ?? "-")
            }
            table.add(row)
        }
        return table.render(indent: 2) + notes.render()
    }

    func severityTable(_ prose: Prose) -> String {
        let words = CalibrationWords.of(prose)
        var table = TextTable([.left, .left, .left, .left, .right])
        table.add(words.severityColumns)
        var notes = TableNotes(prose)
        for (e, name) in round.evaluators.enumerated() {
            let offset = severity.rules.first { $0.rater == e }
            table.add([
                name,
                effect(severity.pooled, e, &notes, words.pooledNoteRow, prose),
                effect(severity.total, e, &notes, words.totalNoteRow, prose),
                offset.map { o in prose.signed(o.mean) + (o.standardError.map { " (\(prose.number($0)))" } ?? "") }
                    ?? prose.notAvailable,
                prose.integer(severity.overrideCounts[e]),
            ])
        }
        var out = table.render(indent: 2) + notes.render()
        if let fit = severity.pooled.value {
            let test = fit.raterTest
            let sd = prose.number(fit.residualVariance.squareRoot())
            let (df1, df2) = (prose.number(test.numeratorDegrees), prose.number(test.denominatorDegrees))
            if let f = test.statistic, let p = test.pValue {
                out += "  " + words.pooledModel(sd, prose.number(f), df1, df2, pValue(p, prose)) + "\n"
            } else {
                out += "  " + words.pooledModelUndefined(sd, df1, df2, UndefinedReasonWords.statement(test.undefined, prose))
                    + "\n"
            }
        }
        return out + "\n" + blandAltmanTable(prose)
    }

    /// Each evaluator's total against the mean total of the others on the same
    /// municipalities: bias with its 95% interval, SD and limits of agreement.
    func blandAltmanTable(_ prose: Prose) -> String {
        let words = CalibrationWords.of(prose)
        let out = words.blandAltmanHeading + "\n"
        var table = TextTable([.left, .right, .left, .right, .left])
        table.add(words.blandAltmanColumns)
        var notes = TableNotes(prose)
        for (e, name) in round.evaluators.enumerated() {
            guard let comparison = severity.blandAltman[e].value else {
                let mark = notes.mark(severity.blandAltman[e].reason, name)
                table.add([name, "-", mark, mark, mark])
                continue
            }
            table.add([
                name, prose.integer(comparison.subjectCount),
                "\(prose.signed(comparison.bias, digits: 1)) (\(interval(comparison.biasInterval, prose, digits: 1)))",
                prose.number(comparison.standardDeviation, digits: 1),
                "\(prose.signed(comparison.lowerLimit, digits: 1)) \(words.to) \(prose.signed(comparison.upperLimit, digits: 1))",
            ])
        }
        return out + table.render(indent: 2) + notes.render()
    }

    func rankingTable(_ prose: Prose) -> String {
        let words = CalibrationWords.of(prose)
        guard !ranking.drivers.isEmpty else { return "  \(words.noPointDifferences)\n" }
        var table = TextTable([.right, .left, .right, .right, .left])
        table.add(words.driversColumns)
        for (rank, driver) in ranking.drivers.enumerated() {
            table.add([
                prose.integer(rank + 1), source(driver.source, prose), prose.share(driver.share),
                prose.number(driver.points),
                "\(prose.integer(driver.discordant)) \(words.of) \(prose.integer(ranking.comparisons))",
            ])
        }
        return table.render(indent: 2)
    }

    /// What a share of the differences is attributed to: a fact's path, `bedömning 1.1.b`,
    /// `poängändringar`, `ofördelat (…)`.
    func source(_ source: DifferenceSource, _ prose: Prose) -> String {
        let words = CalibrationWords.of(prose)
        switch source {
        case .finding(let fact): return round.instrument.facts[fact].path
        case .judgement(let rule): return prose.judgement(round.instrument.rules[rule].id)
        case .override: return words.overridesSource
        case .unattributed: return words.unattributedSource
        }
    }

    /// `0,62 (0,15 till 0,91)`.
    func estimate(_ value: Double, _ interval: ConfidenceInterval, _ prose: Prose) -> String {
        "\(prose.number(value)) (\(self.interval(interval, prose)))"
    }

    /// `0,15 till 0,91` / `0.15 to 0.91`.
    func interval(_ interval: ConfidenceInterval, _ prose: Prose, digits: Int = 2) -> String {
        "\(prose.number(interval.lower, digits: digits)) \(CalibrationWords.of(prose).to) "
            + prose.number(interval.upper, digits: digits)
    }

    func effect(
        _ fit: StatisticOutcome<SeverityFit>, _ e: Int, _ notes: inout TableNotes, _ label: String, _ prose: Prose
    ) -> String {
        guard let fit = fit.value else { return notes.mark(fit.reason, label) }
        let effect = fit.raters[e]
        let text = "\(prose.signed(effect.effect, digits: 1)) (\(interval(effect.interval, prose, digits: 1)))"
        return effect.hasSufficientData ? text : text + " " + CalibrationWords.of(prose).insufficientData
    }

    /// A p-value with at most two decimals: `< 0,01` below 0.01.
    func pValue(_ p: Double, _ prose: Prose) -> String {
        p < 0.01 ? "< " + prose.number(0.01) : prose.number(p)
    }
}
