/// Intraclass correlations for points given by several evaluators to the same subjects.
public enum IntraclassCorrelation {
    /// docs/STATISTICS.md §2.6: suppress coefficients when fewer than 5 units have ratings.
    public static let recommendedMinimumSubjects = 5

    /// The six ICC forms with F tests, confidence intervals and variance components.
    ///
    /// Subjects with a missing rating are dropped (listwise, as pingouin does) and listed
    /// in `excludedSubjects`; for sparse designs use `oneWayUnbalanced` or
    /// `KrippendorffAlpha` instead.
    ///
    /// - Parameters:
    ///   - ratings: subjects × raters.
    ///   - confidenceLevel: coverage of the intervals (0.95 in the reference values).
    ///   - minimumSubjects: fewer complete subjects than this (and never fewer than 2) is
    ///     an error.
    /// - Throws: `tooFewRaters`, `tooFewSubjects`, `noVariation` (all values equal) or
    ///   `noSubjectVariation` (all subject means equal, up to rounding; it says whether
    ///   the ratings vary within subjects). F tests whose error mean square is 0 are
    ///   undefined (``FTest/undefined``), not infinite.
    public static func compute(
        _ ratings: RatingMatrix, confidenceLevel: Double = 0.95, minimumSubjects: Int = recommendedMinimumSubjects
    ) throws -> ICCResult {
        let level = try StatisticsSupport.validatedLevel(confidenceLevel)
        guard ratings.raterCount >= 2 else {
            throw StatisticsError.tooFewRaters(required: 2, found: ratings.raterCount)
        }
        let kept = ratings.completeSubjectIndices
        let required = max(2, minimumSubjects)
        guard kept.count >= required else {
            throw StatisticsError.tooFewSubjects(required: required, found: kept.count)
        }
        let values = kept.map { i in ratings.rows[i].map { $0 ?? 0 } }
        let anova = TwoWayANOVA(values)
        guard anova.totalSumOfSquares > 0 else { throw StatisticsError.noVariation }
        guard anova.subjectSumOfSquares > 0 else {
            throw StatisticsError.noSubjectVariation(withinSubjects: anova.withinSumOfSquares > 0)
        }
        let complete = Set(kept)
        return try assemble(
            anova, level: level, excluded: ratings.rows.indices.filter { !complete.contains($0) })
    }

    private static func assemble(_ anova: TwoWayANOVA, level: Double, excluded: [Int]) throws -> ICCResult {
        let n = Double(anova.subjectCount)
        let k = Double(anova.raterCount)
        let msr = anova.subjectMeanSquare
        let msc = anova.raterMeanSquare
        let mse = anova.errorMeanSquare
        let msw = anova.withinMeanSquare
        let dfR = n - 1
        let dfE = anova.errorDegrees
        let dfW = anova.withinDegrees
        let oneWayTest = try FTest.ratio(msr, msw, numeratorDegrees: dfR, denominatorDegrees: dfW)
        let twoWayTest = try FTest.ratio(msr, mse, numeratorDegrees: dfR, denominatorDegrees: dfE)

        let icc1 = (msr - msw) / (msr + (k - 1) * msw)
        let iccA1 = (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n)
        let iccC1 = (msr - mse) / (msr + (k - 1) * mse)
        let icc1k = (msr - msw) / msr
        let iccAk = (msr - mse) / (msr + (msc - mse) / n)
        let iccCk = (msr - mse) / msr

        let intervals = try Intervals(anova: anova, agreement: iccA1, level: level)
        func estimate(_ value: Double, _ test: FTest, _ bounds: (Double, Double)) -> ICCEstimate {
            ICCEstimate(
                value: StatisticsSupport.snappedToOne(value), test: test,
                interval: ConfidenceInterval(lower: bounds.0, upper: bounds.1, level: level))
        }
        let rater = max(0, (msc - mse) / n)
        let sem = (rater + mse).squareRoot()
        return ICCResult(
            anova: anova,
            oneWaySingle: estimate(icc1, oneWayTest, intervals.oneWaySingle),
            agreementSingle: estimate(iccA1, twoWayTest, intervals.agreementSingle),
            consistencySingle: estimate(iccC1, twoWayTest, intervals.consistencySingle),
            oneWayAverage: estimate(icc1k, oneWayTest, intervals.oneWayAverage),
            agreementAverage: estimate(iccAk, twoWayTest, intervals.agreementAverage),
            consistencyAverage: estimate(iccCk, twoWayTest, intervals.consistencyAverage),
            satterthwaiteDegrees: intervals.satterthwaiteDegrees,
            raterBiasTest: try FTest.ratio(msc, mse, numeratorDegrees: k - 1, denominatorDegrees: dfE),
            varianceComponents: ICCVarianceComponents(
                subject: (msr - mse) / k, rater: rater, error: mse,
                absoluteStandardError: sem, consistencyStandardError: mse.squareRoot(),
                typicalDifference: 2 * sem / Double.pi.squareRoot(),
                differenceLimit: 1.96 * 2.0.squareRoot() * sem),
            excludedSubjects: excluded)
    }

    /// a/b with the limits the ICC formulas need when a mean square is exactly 0.
    static func ratio(_ a: Double, _ b: Double) -> Double {
        if b > 0 { return a / b }
        return a > 0 ? .infinity : 0
    }
}
