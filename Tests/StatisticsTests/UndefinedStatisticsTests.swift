import Statistics
import Testing

/// Issue 15: statistics whose denominator is zero (exactly, or up to the arithmetic's
/// rounding) are undefined with a reason, never a number made of rounding noise. Each
/// case is built so that the exact answer is known: identical ratings, ratings that
/// differ by an exact offset, awarded scores reproduced exactly by the rules, awarded
/// scores that are all 1.1.
@Suite struct UndefinedStatisticsTests {
    /// Evaluators who agree exactly on `n` municipalities. The values are percentages of a
    /// 26-point maximum (100·7/26 …), as the pooled severity uses them: not exact in
    /// binary, so the unit means of three equal values are where rounding noise came from.
    static func agreeing(_ n: Int, raters: Int = 3) -> [[Double]] {
        let values: [Double] = [100 * 7 / 26, 100 * 11.5 / 26, 100 * 0.7 / 26, 100 * 19.3 / 26, 100 * 1.1 / 26]
        return (0..<n).map { [Double](repeating: values[$0], count: raters) }
    }

    /// "Evaluators who agree exactly get a severity F test of 15 (p 0.002) with 5
    /// municipalities, 36 with 4, and an infinite F printed as null with p = 0 with 3."
    @Test(arguments: [5, 4, 3])
    func severityFTestOfExactAgreementIsUndefined(_ municipalities: Int) throws {
        let fit = try SeverityModel.fit(RatingMatrix(complete: Self.agreeing(municipalities)))
        #expect(fit.raterTest.statistic == nil)
        #expect(fit.raterTest.pValue == nil)
        #expect(fit.raterTest.undefined == .noResidualVariance)
        // The degrees of freedom are still those of the design: (k − 1, N − U − (k − 1)).
        #expect(fit.raterTest.numeratorDegrees == 2)
        #expect(fit.raterTest.denominatorDegrees == Double(3 * municipalities - municipalities - 2))
        // Every effect is exactly 0 and nothing is left over.
        #expect(fit.raters.map(\.effect) == [0, 0, 0])
        #expect(fit.errorSumOfSquares == 0 && fit.residualVariance == 0)
    }

    /// The naive arithmetic the fix replaces: the mean of three copies of 100·0.7/26 is
    /// not that value in binary, so the within-unit sum of squares is not exactly 0.
    @Test func naiveMeanOfEqualValuesIsNotExact() {
        let x = 100 * 0.7 / 26
        let naive = (x + x + x) / 3
        #expect(naive != x)
        #expect(RoundingTolerance.mean([x, x, x]) == x)
    }

    /// An exact offset (B = A + 2) is a perfect additive fit: SSE is 0 up to rounding,
    /// so the F test is undefined rather than infinite.
    @Test func severityFTestOfAnExactOffsetIsUndefined() throws {
        let rows: [[Double]] = [[1.1, 3.1], [4.7, 6.7], [2.3, 4.3], [7.9, 9.9], [3.3, 5.3]]
        let fit = try SeverityModel.fit(RatingMatrix(complete: rows))
        #expect(fit.raterTest.undefined == .noResidualVariance)
        #expect(statClose(fit.raters.map(\.effect), [-1, 1], relative: 1e-12))
        // The same offset read by the ICC: consistency is perfect (1), and both F tests
        // over MSE = 0 are undefined.
        let icc = try IntraclassCorrelation.compute(RatingMatrix(complete: rows))
        #expect(icc.consistencySingle.value == 1)
        #expect(icc.consistencySingle.test.undefined == .noResidualVariance)
        #expect(icc.raterBiasTest.statistic == nil && icc.raterBiasTest.undefined == .noResidualVariance)
        // The one-way test divides by MSW > 0 (the offset is within-unit variation): defined.
        // MSR = 2·Σ(ȳ_i − ȳ)²/4 and MSW = 5·2/5 = 2, from the row means 2.1, 5.7, 3.3, 8.9, 4.3.
        let means = [2.1, 5.7, 3.3, 8.9, 4.3]
        let grand = means.reduce(0, +) / 5
        let msr = 2 * means.reduce(0) { $0 + ($1 - grand) * ($1 - grand) } / 4
        #expect(statClose(icc.oneWaySingle.test.statistic ?? .nan, msr / 2, relative: 1e-12))
    }

    /// ICC on exactly agreeing evaluators: every coefficient is 1, every F test undefined.
    @Test func iccOfExactAgreementHasUndefinedTests() throws {
        let icc = try IntraclassCorrelation.compute(RatingMatrix(complete: Self.agreeing(5)))
        for estimate in [icc.agreementSingle, icc.consistencySingle, icc.oneWaySingle] {
            #expect(estimate.value == 1)
            #expect(estimate.test.statistic == nil && estimate.test.undefined == .noResidualVariance)
        }
        #expect(icc.raterBiasTest.undefined == .noResidualVariance)
    }

    /// "When all unit means are equal, ICC is refused with the reason 'no variation'
    /// although the variation is within units": the reason names what is missing.
    @Test func iccWithEqualUnitMeansNamesTheMissingVariation() throws {
        // Unit means all 0.15 (inexact in binary: (0.1 + 0.2)/2 ≠ 0.15), ratings vary within units.
        let rows: [[Double]] = [[0.1, 0.2], [0.2, 0.1], [0.3, 0], [0, 0.3], [0.15, 0.15]]
        #expect(throws: StatisticsError.noSubjectVariation(withinSubjects: true)) {
            try IntraclassCorrelation.compute(RatingMatrix(complete: rows))
        }
        #expect(
            StatisticsError.noSubjectVariation(withinSubjects: true).undefinedReason
                == .noVariationBetweenUnits(withinUnits: true))
        // Every value identical is a different reason: no variation at all.
        #expect(throws: StatisticsError.noVariation) {
            try IntraclassCorrelation.compute(RatingMatrix(complete: Array(repeating: [2.5, 2.5], count: 5)))
        }
        #expect(UndefinedReason.noVariationBetweenUnits(withinUnits: true).description.contains("within them"))
    }

    /// "`fit` on a perfect fit prints an optimism ratio of 0.707 and flags a residual of 0
    /// as 'beyond 2 RMSE_LOO'": y = 2·x₁ + 3.5·x₂ exactly.
    @Test func perfectFitHasNoOptimismRatioAndFlagsNothing() throws {
        let x: [[Double]] = [[1, 0], [0, 1], [1, 1], [2, 1], [1, 3], [0, 2], [3, 0]]
        let y = x.map { 2 * $0[0] + 3.5 * $0[1] }
        let report = try RuleWeightFit.fit(findings: x, awarded: y, options: WeightFitOptions(bounds: .nonNegative))
        #expect(statClose(report.weights, [2, 3.5], relative: 1e-12))
        #expect(report.isPerfectFit && report.isPerfectOutOfSample)
        #expect(report.optimismRatio == nil)
        #expect(report.optimismRatioUndefined == .perfectFit)
        #expect(report.flaggedUnits.isEmpty)
        // R² and Q² are defined (the awarded scores vary) and are 1 up to rounding.
        #expect(statClose(report.inSample.rSquared ?? .nan, 1, relative: 1e-12))
        #expect(statClose(report.leaveOneOut.qSquared ?? .nan, 1, relative: 1e-12))
    }

    /// An imperfect fit keeps its ratio and its flags (D11's NNLS: 1.635910696).
    @Test func imperfectFitKeepsItsOptimismRatio() throws {
        let report = try RuleWeightFit.fit(
            findings: StatisticsReferenceData.d11Findings, awarded: StatisticsReferenceData.d11Awarded,
            options: WeightFitOptions(bounds: .nonNegative))
        #expect(!report.isPerfectFit)
        #expect(report.optimismRatioUndefined == nil)
        #expect(statClose(report.optimismRatio ?? .nan, 1.635910696, relative: 1e-8))
    }

    /// "With every awarded score 1.1 it prints R² = −8.6e32 (SST = 0 up to rounding)":
    /// SST is exactly 0, so R² and Q² are undefined.
    @Test func constantAwardedScoresHaveNoRSquared() throws {
        let y = [Double](repeating: 1.1, count: 7)
        // The naive SST is rounding noise, not 0: the mean of seven 1.1s is not 1.1.
        let mean = y.reduce(0, +) / 7
        #expect(y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } > 0)
        let x: [[Double]] = [[1, 0], [0, 1], [1, 1], [2, 0], [1, 2], [0, 2], [3, 1]]
        let report = try RuleWeightFit.fit(findings: x, awarded: y, options: WeightFitOptions(bounds: .nonNegative))
        #expect(report.inSample.rSquared == nil && report.inSample.rSquaredUndefined == .constantObservations)
        #expect(report.leaveOneOut.qSquared == nil && report.leaveOneOut.qSquaredUndefined == .constantObservations)
        let written = try RuleWeightFit.evaluate(weights: [1, 0.1], findings: x, awarded: y)
        #expect(written.rSquared == nil && written.rSquaredUndefined == .constantObservations)
    }

    /// The zero bound is relative to the data's scale: the same exact offset at a scale a
    /// million times larger is still a perfect fit, and a real deviation of 1e-6 is not.
    @Test func toleranceFollowsTheScale() throws {
        let large: [[Double]] = [[1.1e6, 3.1e6], [4.7e6, 6.7e6], [2.3e6, 4.3e6], [7.9e6, 9.9e6], [3.3e6, 5.3e6]]
        #expect(try SeverityModel.fit(RatingMatrix(complete: large)).raterTest.undefined == .noResidualVariance)
        let nearly: [[Double]] = [[1.1, 3.1], [4.7, 6.7], [2.3, 4.3], [7.9, 9.9], [3.3, 5.300001]]
        let fit = try SeverityModel.fit(RatingMatrix(complete: nearly))
        #expect(fit.raterTest.undefined == nil)
        #expect((fit.raterTest.statistic ?? 0) > 1e6)
    }

    /// Every reason has a stable code and an English sentence in the house style.
    @Test(arguments: [
        UndefinedReason.tooFewUnits(required: 5, found: 3), .tooFewMunicipalities(required: 5, found: 4),
        .tooFewRaters(required: 2, found: 1), .noVariation, .noVariationBetweenUnits(withinUnits: true),
        .noVariationBetweenUnits(withinUnits: false), .noResidualVariance, .noSpread, .noResidualDegreesOfFreedom, .perfectFit,
        .constantObservations, .disconnectedDesign(groups: 2), .dependentColumns, .infeasibleConstraint,
        .didNotConverge(iterations: 9), .tooManyDifferingInputs(count: 21, limit: 20),
    ])
    func reasonsReadAsSentences(_ reason: UndefinedReason) {
        #expect(reason.description.first.map { $0.isLowercase || $0.isNumber } == true)
        #expect(!reason.description.hasSuffix("."))
        #expect(reason.code.first?.isLowercase == true && !reason.code.contains(" "))
        #expect(reason.statement.hasPrefix(reason.isShortage ? "insufficient data: " : "undefined: "))
    }

    /// Overrides that move every evaluation by the same amount (−0.7, inexact in binary):
    /// the SD is exactly 0, so t is undefined rather than a quotient of rounding noise.
    @Test func identicalOverrideOffsetsHaveNoT() throws {
        let offsets = try RatingMatrix([[-0.7, 1.5], [-0.7, nil], [-0.7, 0.5], [-0.7, nil], [-0.7, nil], [-0.7, nil]])
        let result = JudgementOffset.compute(offsets)
        #expect(result[0].mean == -0.7 && result[0].standardDeviation == 0 && result[0].t == nil)
        #expect(result[0].tUndefined == .noSpread)
        // The second evaluator's offsets vary: 1.5 and 0.5, mean 1, SD √0.5, SE 0.5, t 2.
        #expect(result[1].tUndefined == nil)
        #expect(statClose(result[1].t ?? .nan, 2, relative: 1e-12))
    }
}
