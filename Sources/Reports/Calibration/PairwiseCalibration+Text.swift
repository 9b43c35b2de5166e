import Analysis
import Engine

extension PairwiseCalibration {
    /// The comparison as text in `language` (default: the instrument's): inputs, scores with
    /// spreads, and each pair's difference split into its parts; then, when a consensus
    /// draft was written, what it kept.
    public func renderText(
        language: ReportLanguage? = nil, consensus: ConsensusDraft? = nil, consensusPath: String? = nil
    ) -> String {
        let prose = Prose(language, for: instrument)
        let words = CalibrationWords.of(prose)
        let names = records.map(\.evaluator)
        var out =
            words.pairwiseTitle(
                records[0].unit.label, prose.count(records.count, words.evaluator), names.joined(separator: ", "))
            + "\n"
        out += "\n\(words.inputsHeading)\n"
        if inputs.isEmpty {
            out += "  \(words.nothingRecorded)\n"
        } else {
            var table = TextTable([.left] + names.map { _ in .left } + [.left])
            table.add([words.inputColumn] + names + [words.agreeColumn])
            for input in inputs {
                table.add(
                    [name(of: input, prose)] + values(of: input, prose).map { $0 ?? "-" } + [prose.yesNo(input.agree)])
            }
            out += table.render(indent: 2)
        }
        out += "\n\(words.scoresHeading)\n"
        var scores = TextTable([.left, .right] + names.map { _ in .right } + [.right])
        scores.add([words.subareaColumn, "max"] + names + [words.spreadColumn])
        for (index, subarea) in instrument.subareas.enumerated() {
            let (points, spread) = self.scores(ofSubarea: index)
            scores.add(
                ["\(subarea.id) \(prose.title(of: subarea))", prose.number(subarea.max)]
                    + points.map { prose.number($0) }
                    + [prose.number(spread)])
        }
        let (totals, spread) = self.totals
        scores.add(
            [words.total, prose.number(instrument.maximum)] + totals.map { prose.number($0) } + [prose.number(spread)])
        out += scores.render(indent: 2)
        out += "\n\(words.differencesHeading)\n"
        for pair in pairs { out += renderPair(pair, prose) }
        let disputes = self.disputes
        out +=
            "\n" + words.disputed(disputes.count, prose.integer(disputes.count), prose.count(inputs.count, words.input))
        out += disputes.isEmpty ? "\n" : ": " + disputes.map { name(of: $0, prose) }.joined(separator: ", ") + "\n"
        if let consensus, let consensusPath {
            out +=
                words.consensus(
                    consensusPath, prose.integer(consensus.agreed.count), prose.integer(consensus.disputed.count))
                + "\n"
        }
        return out + prose.footer(Provenance(instrument, records: records))
    }

    func renderPair(_ pair: PairDifference, _ prose: Prose) -> String {
        let words = CalibrationWords.of(prose)
        let a = records[pair.first]
        let b = records[pair.second]
        var out =
            "\n  "
            + words.pairLine(
                "\(a.evaluator) \(Prose.minus) \(b.evaluator)", prose.signedPoints(pair.total),
                prose.signed(pair.findings),
                prose.signed(pair.judgements), prose.signed(pair.overrides))
        if pair.unattributed != 0 { out += ", \(words.unattributed) \(prose.signed(pair.unattributed))" }
        if pair.areaCapDifference != .zero { out += ", \(words.areaMaxima) \(prose.signed(pair.areaCapDifference))" }
        out += "\n"
        var table = TextTable([.left, .right, .left, .right])
        for subarea in pair.subareas where subarea.hasDifferences {
            for (k, part) in subarea.parts.enumerated() {
                table.add([
                    k == 0 ? instrument.subareas[subarea.subarea].id : "",
                    k == 0 ? prose.signed(subarea.difference) : "",
                    describe(part.source, a, b, subarea: subarea.subarea, prose),
                    prose.signed(part.points),
                ])
            }
        }
        return out + (table.rows.isEmpty ? "    \(words.noDifferences)\n" : table.render(indent: 4))
    }

    /// `dialog.former {a, b} mot {a}`, `bedömning 1.1.b 0,8 mot -`, `poängändring 1.3 28 mot -`.
    func describe(
        _ source: DifferenceSource, _ a: CalibrationRecord, _ b: CalibrationRecord, subarea: Int, _ prose: Prose
    ) -> String {
        let words = CalibrationWords.of(prose)
        switch source {
        case .finding(let fact):
            let first = record(a, .fact(fact), prose) ?? "-"
            let second = record(b, .fact(fact), prose) ?? "-"
            return "\(instrument.facts[fact].path) \(first) \(words.versus) \(second)"
        case .judgement(let rule):
            let first = record(a, .judgement(rule: rule), prose) ?? "-"
            let second = record(b, .judgement(rule: rule), prose) ?? "-"
            return "\(prose.judgement(instrument.rules[rule].id)) \(first) \(words.versus) \(second)"
        case .override:
            let first = record(a, .override(subarea: subarea), prose) ?? "-"
            let second = record(b, .override(subarea: subarea), prose) ?? "-"
            return "\(words.overrideOf(instrument.subareas[subarea].id)) \(first) \(words.versus) \(second)"
        case .unattributed:
            return words.unattributedPart
        }
    }

    /// The input's name: a fact's path, `bedömning 1.1.b`, `poängändring 1.3`.
    func name(of input: InputComparison, _ prose: Prose) -> String {
        switch input.subject {
        case .fact(let fact): instrument.facts[fact].path
        case .judgement(let rule): prose.judgement(instrument.rules[rule].id)
        case .override(let subarea): CalibrationWords.of(prose).overrideOf(instrument.subareas[subarea].id)
        }
    }

    /// Each evaluator's value of the input, nil where not recorded.
    func values(of input: InputComparison, _ prose: Prose) -> [String?] {
        records.map { record($0, input.subject, prose) }
    }

    /// What one evaluation recorded for the input, in words, or nil.
    func record(_ record: CalibrationRecord, _ subject: InputComparison.Subject, _ prose: Prose) -> String? {
        switch subject {
        case .fact(let fact):
            record.input.values[fact].map { prose.value($0, fact: fact, in: instrument) }
        case .judgement(let rule):
            record.input.judgements[rule].map(prose.judgementValue)
        case .override(let subarea):
            record.input.overrides[subarea].map { prose.judgementValue($0.value) }
        }
    }
}
