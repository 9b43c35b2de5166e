import Analysis
import Engine

extension PairwiseCalibration {
    /// The comparison as a JSON document.
    public func json(consensus: ConsensusDraft? = nil, consensusPath: String? = nil) -> JSONValue {
        var pairs = Provenance.jsonHeader(instrument, kind: "calibrate")
        pairs.append(("municipality", .string(records[0].evidence.municipality)))
        pairs.append(("year", .number(records[0].evidence.year)))
        pairs.append(("evaluations", .array(records.map(Provenance.json))))
        pairs.append(("inputs", .array(inputs.map(inputJSON))))
        let subareas: [JSONValue] = instrument.subareas.indices.map { index in
            let (points, spread) = scores(ofSubarea: index)
            return .object(pairs: [
                ("id", .string(instrument.subareas[index].id)), ("max", instrument.subareas[index].max.json),
                ("scores", .array(points.map(\.json))), ("spread", spread.json),
            ])
        }
        pairs.append(("subareas", .array(subareas)))
        let (totals, spread) = self.totals
        pairs.append(("total", .object(pairs: [
            ("max", instrument.maximum.json), ("scores", .array(totals.map(\.json))), ("spread", spread.json),
        ])))
        pairs.append(("pairs", .array(self.pairs.map(pairJSON))))
        if let consensus {
            pairs.append(("consensus", .object(pairs: [
                ("path", consensusPath.map { .string($0) } ?? .null),
                ("agreed", .array(consensus.agreed.map { .string($0) })),
                ("disputed", .array(consensus.disputed.map { .string($0) })),
            ])))
        } else {
            pairs.append(("consensus", .null))
        }
        return .object(pairs: pairs)
    }

    func inputJSON(_ input: InputComparison) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        switch input.subject {
        case .fact(let fact): pairs += [("kind", "finding"), ("fact", .string(instrument.facts[fact].path))]
        case .judgement(let rule): pairs += [("kind", "judgement"), ("rule", .string(instrument.rules[rule].id))]
        case .override(let subarea): pairs += [("kind", "override"), ("subarea", .string(instrument.subareas[subarea].id))]
        }
        pairs.append(("values", .array(input.values.map { $0.map { .string($0) } ?? .null })))
        pairs.append(("agree", .bool(input.agree)))
        return .object(pairs: pairs)
    }

    func pairJSON(_ pair: PairDifference) -> JSONValue {
        let a = records[pair.first]
        let b = records[pair.second]
        let subareas: [JSONValue] = pair.subareas.filter(\.hasDifferences).map { subarea in
            .object(pairs: [
                ("id", .string(instrument.subareas[subarea.subarea].id)), ("difference", subarea.difference.json),
                ("rules", subarea.ruleDifference.json), ("override", subarea.overrideDifference.json),
                ("parts", .array(subarea.parts.map { part in
                    .object(pairs: Self.sourceJSON(part.source, instrument: instrument, subarea: subarea.subarea)
                        + [("description", .string(written(part.source, a, b, subarea: subarea.subarea))),
                           ("points", CalibrationNumber.json(part.points))])
                })),
            ])
        }
        return .object(pairs: [
            ("first", .string(a.evaluator)), ("second", .string(b.evaluator)), ("difference", pair.total.json),
            ("findings", CalibrationNumber.json(pair.findings)), ("judgements", CalibrationNumber.json(pair.judgements)),
            ("overrides", CalibrationNumber.json(pair.overrides)), ("unattributed", CalibrationNumber.json(pair.unattributed)),
            ("areaMaxima", pair.areaCapDifference.json), ("subareas", .array(subareas)),
        ])
    }

    /// A part as the rule language writes its inputs, for JSON: `dialog.former {a, b} vs {a}`,
    /// `judge 1.1.b 0.8 vs -`, `override 1.3 28 vs -`.
    func written(_ source: DifferenceSource, _ a: CalibrationRecord, _ b: CalibrationRecord, subarea: Int) -> String {
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

    /// `"kind"` and the fact, rule or subarea of a part.
    static func sourceJSON(_ source: DifferenceSource, instrument: Instrument, subarea: Int?) -> [(String, JSONValue)] {
        switch source {
        case .finding(let fact): return [("kind", "finding"), ("fact", .string(instrument.facts[fact].path))]
        case .judgement(let rule): return [("kind", "judgement"), ("rule", .string(instrument.rules[rule].id))]
        case .override:
            return [("kind", "override")] + (subarea.map { [("subarea", .string(instrument.subareas[$0].id))] } ?? [])
        case .unattributed: return [("kind", "unattributed")]
        }
    }
}
