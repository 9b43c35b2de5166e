import Analysis
import Engine
import Statistics

extension RoundAnalysis {
    /// The round as a JSON document; a statistic that is undefined is `null`, with a key of
    /// its name and `Reason` beside it: `{"code": "…", "text": "…"}`.
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
        var severityPairs = Self.outcome("pooledPercent", severity.pooled) { self.severityJSON($0) }
        severityPairs += Self.outcome("totalPoints", severity.total) { self.severityJSON($0) }
        severityPairs.append(("rules", .array(round.evaluators.indices.map { e in
            let offset = severity.rules.first { $0.rater == e }
            return .object(pairs: [
                ("evaluator", .string(round.evaluators[e])), ("overrides", .number(severity.overrideCounts[e])),
                ("evaluations", offset.map { .number($0.subjectCount) } ?? .number(0)),
                ("mean", CalibrationNumber.json(offset?.mean)),
                ("standardDeviation", CalibrationNumber.json(offset?.standardDeviation)),
                ("standardError", CalibrationNumber.json(offset?.standardError)),
            ] + (offset.map { UndefinedReasonWords.pairs("t", $0.t.map { CalibrationNumber.json($0) }, $0.tUndefined) }
                ?? [("t", .null)]))
        })))
        severityPairs.append(("blandAltmanTotal", .array(round.evaluators.indices.map(blandAltmanJSON))))
        pairs.append(("severity", .object(pairs: severityPairs)))
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

    /// `key: body(value)`, or `key: null` and `keyReason: {"code": …, "text": …}`.
    static func outcome<T>(_ key: String, _ outcome: StatisticOutcome<T>, _ body: (T) -> JSONValue) -> [(String, JSONValue)] {
        UndefinedReasonWords.pairs(key, outcome.value.map(body), outcome.reason)
    }

    /// `"F": …, "p": …`, or both null with `FReason` and `pReason` when the test is undefined.
    static func test(_ test: FTest, _ prefix: String = "") -> [(String, JSONValue)] {
        UndefinedReasonWords.pairs(prefix + "F", test.statistic.map { CalibrationNumber.json($0) }, test.undefined)
            + UndefinedReasonWords.pairs(prefix + "p", test.pValue.map { CalibrationNumber.json($0) }, test.undefined)
    }

    static func estimate(_ estimate: ICCEstimate) -> JSONValue {
        .object(pairs: [
            ("value", CalibrationNumber.json(estimate.value)), ("interval", CalibrationNumber.json(estimate.interval)),
        ] + test(estimate.test))
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
        pairs += Self.outcome("icc", agreement.icc) { icc in
            .object(pairs: [
                ("units", .number(icc.anova.subjectCount)),
                ("agreementSingle", Self.estimate(icc.agreementSingle)),
                ("consistencySingle", Self.estimate(icc.consistencySingle)),
                ("standardErrorOfMeasurement", CalibrationNumber.json(icc.varianceComponents.absoluteStandardError)),
                ("typicalDifference", CalibrationNumber.json(icc.varianceComponents.typicalDifference)),
                ("differenceLimit", CalibrationNumber.json(icc.varianceComponents.differenceLimit)),
            ] + Self.test(icc.raterBiasTest, "raterBias"))
        }
        pairs += Self.outcome("alphaInterval", agreement.alpha) { CalibrationNumber.json($0.alpha) }
        pairs += Self.outcome("spread", agreement.spread) { spread in
            .object(pairs: [
                ("pairs", .number(spread.pairCount)), ("meanAbsoluteDifference", CalibrationNumber.json(spread.meanAbsoluteDifference)),
                ("tolerance", CalibrationNumber.json(spread.tolerance)),
                ("shareWithinTolerance", CalibrationNumber.json(spread.shareWithinTolerance)),
            ])
        }
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
            ("pairs", .number(finding.pairs)), ("agreeingPairs", .number(finding.agreeingPairs)),
        ]
        pairs += UndefinedReasonWords.pairs(
            "percentAgreement", finding.percentAgreement.map { CalibrationNumber.json($0) },
            finding.percentAgreementUndefined)
        pairs += Self.outcome("alpha", finding.alpha) { CalibrationNumber.json($0.alpha) }
        // Absent (null, no reason) where the statistic does not apply to the finding's kind.
        let applicable: (String, StatisticOutcome<AgreementCoefficient>?) -> [(String, JSONValue)] = { key, outcome in
            outcome.map { Self.outcome(key, $0, coefficient) } ?? [(key, .null)]
        }
        pairs.append(("gwet", finding.gwet.map { outcome in
            .object(pairs: [("name", .string(finding.gwetName ?? ""))] + Self.outcome("result", outcome, coefficient))
        } ?? .null))
        pairs += applicable("unweightedAC1", finding.unweightedGwet)
        pairs += applicable("fleissKappa", finding.fleiss)
        pairs += applicable("cohenKappa", finding.cohen)
        if finding.cohen != nil {
            pairs.append(("cohenWeights", .string(finding.level == .ordinal ? "quadratic" : "identity")))
        }
        return .object(pairs: pairs)
    }

    /// One evaluator's total against the mean of the others: bias, SD, limits of agreement.
    func blandAltmanJSON(_ e: Int) -> JSONValue {
        let comparison = Self.outcome("comparison", severity.blandAltman[e]) { c in
            .object(pairs: [
                ("municipalities", .number(c.subjectCount)), ("bias", CalibrationNumber.json(c.bias)),
                ("biasInterval", CalibrationNumber.json(c.biasInterval)),
                ("standardDeviation", CalibrationNumber.json(c.standardDeviation)),
                ("lowerLimit", CalibrationNumber.json(c.lowerLimit)), ("upperLimit", CalibrationNumber.json(c.upperLimit)),
                ("limitStandardError", CalibrationNumber.json(c.limitStandardError)),
            ])
        }
        return .object(pairs: [("evaluator", .string(round.evaluators[e]))] + comparison)
    }

    func severityJSON(_ fit: SeverityFit) -> JSONValue {
        .object(pairs: [
            ("residualVariance", CalibrationNumber.json(fit.residualVariance)), ("errorDegrees", .number(fit.errorDegrees)),
            ("raterTest", .object(pairs: Self.test(fit.raterTest) + [
                ("df1", CalibrationNumber.json(fit.raterTest.numeratorDegrees)),
                ("df2", CalibrationNumber.json(fit.raterTest.denominatorDegrees)),
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
