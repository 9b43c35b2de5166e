import Analysis

extension PairwiseCalibration {
    /// The comparison as text: inputs, scores with spreads, and each pair's difference
    /// split into its parts.
    public func renderText() -> String {
        let names = records.map(\.evaluator)
        var out = "Calibration of \(records[0].unit.label) by \(records.count) evaluators: "
        out += names.joined(separator: ", ") + "\n"
        out += "\nInputs (- not recorded)\n"
        if inputs.isEmpty {
            out += "  nothing recorded\n"
        } else {
            var table = TextTable([.left] + names.map { _ in .left } + [.left])
            table.add(["input"] + names + ["agree"])
            for input in inputs {
                table.add([input.name(in: instrument)] + input.values.map { $0 ?? "-" } + [input.agree ? "yes" : "no"])
            }
            out += table.render(indent: 2)
        }
        out += "\nScores\n"
        var scores = TextTable([.left, .right] + names.map { _ in .right } + [.right])
        scores.add(["subarea", "max"] + names + ["spread"])
        for (index, subarea) in instrument.subareas.enumerated() {
            let (points, spread) = self.scores(ofSubarea: index)
            scores.add(
                ["\(subarea.id) \(subarea.title)", subarea.max.decimalString(maxFractionDigits: 2)]
                    + points.map { $0.decimalString(maxFractionDigits: 2) } + [spread.decimalString(maxFractionDigits: 2)])
        }
        let (totals, spread) = self.totals
        scores.add(
            ["Total", instrument.maximum.decimalString(maxFractionDigits: 2)]
                + totals.map { $0.decimalString(maxFractionDigits: 2) } + [spread.decimalString(maxFractionDigits: 2)])
        out += scores.render(indent: 2)
        out += "\nDifferences (first minus second; findings and judgements split by Shapley values)\n"
        for pair in pairs { out += renderPair(pair) }
        let disputes = self.disputes
        out += "\n\(disputes.count) of \(inputs.count) inputs disputed"
        out += disputes.isEmpty ? "\n" : ": " + disputes.map { $0.name(in: instrument) }.joined(separator: ", ") + "\n"
        return out + Provenance(instrument, records: records).text
    }

    func renderPair(_ pair: PairDifference) -> String {
        let a = records[pair.first]
        let b = records[pair.second]
        var out = "\n  \(a.evaluator) - \(b.evaluator): \(CalibrationNumber.signed(pair.total)) points"
        out += " = findings \(CalibrationNumber.signed(pair.findings))"
        out += ", judgements \(CalibrationNumber.signed(pair.judgements))"
        out += ", overrides \(CalibrationNumber.signed(pair.overrides))"
        if pair.unattributed != 0 { out += ", unattributed \(CalibrationNumber.signed(pair.unattributed))" }
        if pair.areaCapDifference != .zero { out += ", area maxima \(CalibrationNumber.signed(pair.areaCapDifference))" }
        out += "\n"
        var table = TextTable([.left, .right, .left, .right])
        for subarea in pair.subareas where subarea.hasDifferences {
            for (k, part) in subarea.parts.enumerated() {
                table.add([
                    k == 0 ? instrument.subareas[subarea.subarea].id : "",
                    k == 0 ? CalibrationNumber.signed(subarea.difference) : "",
                    describe(part.source, a, b, subarea: subarea.subarea),
                    CalibrationNumber.signed(part.points),
                ])
            }
        }
        return out + (table.rows.isEmpty ? "    no differences\n" : table.render(indent: 4))
    }

    /// `dialog.former {a, b} vs {a}`, `judge 1.1.b 0.8 vs -`, `override 1.3 28 vs -`.
    func describe(_ source: DifferenceSource, _ a: CalibrationRecord, _ b: CalibrationRecord, subarea: Int) -> String {
        switch source {
        case .finding(let fact):
            let ladder = instrument.ladder(ofFact: fact)
            let first = a.input.values[fact]?.formatted(ladder: ladder) ?? "-"
            let second = b.input.values[fact]?.formatted(ladder: ladder) ?? "-"
            return "\(instrument.facts[fact].path) \(first) vs \(second)"
        case .judgement(let rule):
            let first = a.input.judgements[rule]?.decimalString() ?? "-"
            let second = b.input.judgements[rule]?.decimalString() ?? "-"
            return "judge \(instrument.rules[rule].id) \(first) vs \(second)"
        case .override:
            let first = a.input.overrides[subarea]?.value.decimalString() ?? "-"
            let second = b.input.overrides[subarea]?.value.decimalString() ?? "-"
            return "override \(instrument.subareas[subarea].id) \(first) vs \(second)"
        case .unattributed:
            return "more differing inputs than exact attribution allows"
        }
    }
}
