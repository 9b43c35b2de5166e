import Analysis
import Engine
import Statistics

extension RuleScaleFit {
    /// The fits as a JSON document; an undefined statistic is `null` with a `…Reason` key
    /// beside it (`{"code": …, "text": …}`).
    public func json() -> JSONValue {
        var pairs = Provenance.jsonHeader(round.instrument, kind: "fit")
        pairs.append(("awarded", .string(awardedPath)))
        pairs.append(("evaluations", .array(round.records.map(Provenance.json))))
        pairs.append(("subareas", .array(subareas.map(json))))
        return .object(pairs: pairs)
    }

    func json(_ fit: SubareaScaleFit) -> JSONValue {
        let instrument = round.instrument
        let report: (WeightFitReport) -> JSONValue = { report in
            var pairs: [(String, JSONValue)] = [
                ("scales", .array(report.weights.map { CalibrationNumber.json($0) })),
                ("leaveOneOutRanges", .array(report.weightRanges.map { range in
                    .object(pairs: [("min", CalibrationNumber.json(range.lowerBound)), ("max", CalibrationNumber.json(range.upperBound))])
                })),
                ("rmse", CalibrationNumber.json(report.inSample.rootMeanSquaredError)),
                ("mae", CalibrationNumber.json(report.inSample.meanAbsoluteError)),
            ]
            pairs += UndefinedReasonWords.pairs(
                "rSquared", report.inSample.rSquared.map { CalibrationNumber.json($0) }, report.inSample.rSquaredUndefined)
            pairs += [
                ("rmseLeaveOneOut", CalibrationNumber.json(report.leaveOneOut.rootMeanSquaredError)),
                ("maeLeaveOneOut", CalibrationNumber.json(report.leaveOneOut.meanAbsoluteError)),
                ("press", CalibrationNumber.json(report.leaveOneOut.press)),
            ]
            pairs += UndefinedReasonWords.pairs(
                "qSquared", report.leaveOneOut.qSquared.map { CalibrationNumber.json($0) },
                report.leaveOneOut.qSquaredUndefined)
            pairs += UndefinedReasonWords.pairs(
                "optimismRatio", report.optimismRatio.map { CalibrationNumber.json($0) }, report.optimismRatioUndefined)
            pairs += [
                ("fitted", .array(report.fitted.map { CalibrationNumber.json($0) })),
                ("residuals", .array(report.residuals.map { CalibrationNumber.json($0) })),
                ("leaveOneOutResiduals", .array(report.leaveOneOutResiduals.map { CalibrationNumber.json($0) })),
                ("rank", .number(report.design.rank)),
                ("conditionNumber", CalibrationNumber.json(report.design.conditionNumber)),
            ]
            return .object(pairs: pairs)
        }
        var pairs: [(String, JSONValue)] = [
            ("id", .string(instrument.subareas[fit.subarea].id)), ("max", instrument.subareas[fit.subarea].max.json),
            ("rules", .array(fit.rules.enumerated().map { k, r in
                .object(pairs: [
                    ("id", .string(instrument.rules[r].id)), ("best", CalibrationNumber.json(fit.best[k])),
                    ("upper", CalibrationNumber.json(fit.upper[k])),
                ])
            })),
            ("rows", .array(fit.rows.enumerated().map { i, row in
                .object(pairs: [
                    ("municipality", .string(row.score.municipality)), ("year", .number(row.score.year)),
                    ("evaluator", .string(row.score.evaluator)), ("line", .number(row.score.line)),
                    ("awarded", CalibrationNumber.json(row.score.awarded)),
                    ("ruleValues", .array(fit.values[i].map { CalibrationNumber.json($0) })),
                ])
            })),
            ("municipalities", .number(fit.municipalities)), ("cappedRows", .number(fit.cappedRows)),
        ]
        pairs += RoundAnalysis.outcome("current", fit.current) { metrics in
            let rSquared = UndefinedReasonWords.pairs(
                "rSquared", metrics.rSquared.map { CalibrationNumber.json($0) }, metrics.rSquaredUndefined)
            return .object(
                pairs: [
                    ("rmse", CalibrationNumber.json(metrics.rootMeanSquaredError)),
                    ("mae", CalibrationNumber.json(metrics.meanAbsoluteError)),
                ] + rSquared)
        }
        pairs += RoundAnalysis.outcome("nonNegative", fit.nonNegative, report)
        pairs += RoundAnalysis.outcome("bounded", fit.bounded, report)
        pairs.append(("verdict", .string(fit.verdict)))
        pairs.append(("warnings", .array(fit.warnings(in: instrument).map { .string($0) })))
        return .object(pairs: pairs)
    }
}
