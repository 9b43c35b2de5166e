import Analysis
import Engine
import Statistics

extension RoundAnalysis {
    /// The round as a JSON document; a statistic that could not be computed is
    /// `{"unavailable": "reason"}`.
    public func json() -> JSONValue {
        let instrument = round.instrument
        var pairs = Provenance.jsonHeader(instrument, kind: "calibrate-round")
        pairs.append(("municipalities", .array(round.units.map { .object(pairs: [
            ("municipality", .string($0.municipality)), ("year", .number($0.year)),
        ]) })))
        pairs.append(("evaluators", .array(round.evaluators.map { .string($0) })))
        pairs.append(("evaluations", .array(round.records.map(Provenance.json))))
        pairs.append(("summary", .array(summary.map { .string($0) })))
        pairs.append(("subareas", .array(subareas.map(scoreJSON))))
        pairs.append(("pooled", scoreJSON(pooled)))
        pairs.append(("areas", .array(areas.map(scoreJSON))))
        pairs.append(("total", scoreJSON(total)))
        pairs.append(("findings", .array(findings.map(findingJSON))))
        pairs.append(("severity", .object(pairs: [
            ("pooledPercent", Self.outcome(severity.pooled) { self.severityJSON($0) }),
            ("totalPoints", Self.outcome(severity.total) { self.severityJSON($0) }),
            ("rules", .array(round.evaluators.indices.map { e in
                let offset = severity.rules.first { $0.rater == e }
                return .object(pairs: [
                    ("evaluator", .string(round.evaluators[e])), ("overrides", .number(severity.overrideCounts[e])),
                    ("evaluations", offset.map { .number($0.subjectCount) } ?? .number(0)),
                    ("mean", CalibrationNumber.json(offset?.mean)),
                    ("standardDeviation", CalibrationNumber.json(offset?.standardDeviation)),
                    ("standardError", CalibrationNumber.json(offset?.standardError)),
                    ("t", CalibrationNumber.json(offset?.t)),
                ])
            })),
        ])))
        pairs.append(("disagreement", .object(pairs: [
            ("comparisons", .number(ranking.comparisons)),
            ("absoluteDifference", CalibrationNumber.json(ranking.absoluteDifference)),
            ("drivers", .array(ranking.drivers.map { driver in
                .object(pairs: PairwiseCalibration.sourceJSON(driver.source, instrument: instrument, subarea: nil) + [
                    ("points", CalibrationNumber.json(driver.points)), ("share", CalibrationNumber.json(driver.share)),
                    ("discordant", .number(driver.discordant)),
                ])
            })),
        ])))
        return .object(pairs: pairs)
    }

    static func outcome<T>(_ outcome: StatisticOutcome<T>, _ body: (T) -> JSONValue) -> JSONValue {
        switch outcome {
        case .computed(let value): return body(value)
        case .unavailable(let reason): return .object(pairs: [("unavailable", .string(reason))])
        }
    }

    static func estimate(_ estimate: ICCEstimate) -> JSONValue {
        .object(pairs: [
            ("value", CalibrationNumber.json(estimate.value)), ("interval", CalibrationNumber.json(estimate.interval)),
            ("F", CalibrationNumber.json(estimate.test.statistic)), ("p", CalibrationNumber.json(estimate.test.pValue)),
        ])
    }

    func scoreJSON(_ agreement: ScoreAgreement) -> JSONValue {
        var pairs: [(String, JSONValue)]
        switch agreement.scope {
        case .subarea(let s): pairs = [("scope", "subarea"), ("id", .string(round.instrument.subareas[s].id))]
        case .pooled: pairs = [("scope", "pooled"), ("scale", "percent of maximum")]
        case .area(let a): pairs = [("scope", "area"), ("id", .string(round.instrument.areas[a].id))]
        case .total: pairs = [("scope", "total")]
        }
        pairs += [("max", CalibrationNumber.json(agreement.maximum)), ("pairedUnits", .number(agreement.pairedUnits))]
        pairs.append(("icc", Self.outcome(agreement.icc) { icc in
            .object(pairs: [
                ("units", .number(icc.anova.subjectCount)),
                ("agreementSingle", Self.estimate(icc.agreementSingle)),
                ("consistencySingle", Self.estimate(icc.consistencySingle)),
                ("standardErrorOfMeasurement", CalibrationNumber.json(icc.varianceComponents.absoluteStandardError)),
                ("typicalDifference", CalibrationNumber.json(icc.varianceComponents.typicalDifference)),
                ("differenceLimit", CalibrationNumber.json(icc.varianceComponents.differenceLimit)),
            ])
        }))
        pairs.append(("alphaInterval", Self.outcome(agreement.alpha) { CalibrationNumber.json($0.alpha) }))
        pairs.append(("spread", Self.outcome(agreement.spread) { spread in
            .object(pairs: [
                ("pairs", .number(spread.pairCount)), ("meanAbsoluteDifference", CalibrationNumber.json(spread.meanAbsoluteDifference)),
                ("tolerance", CalibrationNumber.json(spread.tolerance)),
                ("shareWithinTolerance", CalibrationNumber.json(spread.shareWithinTolerance)),
            ])
        }))
        return .object(pairs: pairs)
    }

    func findingJSON(_ finding: FindingAgreement) -> JSONValue {
        let instrument = round.instrument
        var pairs: [(String, JSONValue)]
        switch finding.item {
        case .fact(let fact): pairs = [("kind", "finding"), ("fact", .string(instrument.facts[fact].path))]
        case .setItem(let fact, let item):
            pairs = [("kind", "setItem"), ("fact", .string(instrument.facts[fact].path)), ("item", .string(item))]
        case .setSize(let fact): pairs = [("kind", "setSize"), ("fact", .string(instrument.facts[fact].path))]
        case .judgement(let rule): pairs = [("kind", "judgement"), ("rule", .string(instrument.rules[rule].id))]
        }
        let coefficient: (AgreementCoefficient) -> JSONValue = { c in
            .object(pairs: [
                ("value", CalibrationNumber.json(c.value)), ("interval", CalibrationNumber.json(c.interval)),
                ("observedAgreement", CalibrationNumber.json(c.observedAgreement)),
                ("chanceAgreement", CalibrationNumber.json(c.chanceAgreement)),
            ])
        }
        pairs += [
            ("level", .string(finding.level.rawValue)), ("pairedUnits", .number(finding.pairedUnits)),
            ("pairs", .number(finding.pairs)), ("percentAgreement", CalibrationNumber.json(finding.percentAgreement)),
            ("alpha", Self.outcome(finding.alpha) { CalibrationNumber.json($0.alpha) }),
            ("gwet", finding.gwet.map { outcome in
                .object(pairs: [("name", .string(finding.gwetName ?? "")), ("result", Self.outcome(outcome, coefficient))])
            } ?? .null),
            ("fleissKappa", finding.fleiss.map { Self.outcome($0, coefficient) } ?? .null),
        ]
        return .object(pairs: pairs)
    }

    func severityJSON(_ fit: SeverityFit) -> JSONValue {
        .object(pairs: [
            ("residualVariance", CalibrationNumber.json(fit.residualVariance)), ("errorDegrees", .number(fit.errorDegrees)),
            ("raterTest", .object(pairs: [
                ("F", CalibrationNumber.json(fit.raterTest.statistic)),
                ("df1", CalibrationNumber.json(fit.raterTest.numeratorDegrees)),
                ("df2", CalibrationNumber.json(fit.raterTest.denominatorDegrees)),
                ("p", CalibrationNumber.json(fit.raterTest.pValue)),
            ])),
            ("evaluators", .array(fit.raters.map { effect in
                .object(pairs: [
                    ("evaluator", .string(round.evaluators[effect.rater])), ("effect", CalibrationNumber.json(effect.effect)),
                    ("standardError", CalibrationNumber.json(effect.standardError)),
                    ("interval", CalibrationNumber.json(effect.interval)), ("shrunkEffect", CalibrationNumber.json(effect.shrunkEffect)),
                    ("noiseIndex", CalibrationNumber.json(effect.noiseIndex)), ("ratedUnits", .number(effect.ratedSubjects)),
                    ("sufficientData", .bool(effect.hasSufficientData)),
                ])
            })),
        ])
    }
}
