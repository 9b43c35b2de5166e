/// One ICC form: the coefficient, its F test against ICC = 0 and its confidence interval.
public struct ICCEstimate: Equatable, Sendable {
    /// The coefficient.
    public let value: Double
    /// The F test of H0: ICC = 0.
    public let test: FTest
    /// The confidence interval (McGraw & Wong 1996, as in pingouin 0.6.1).
    public let interval: ConfidenceInterval
}

/// Variance components and their plain-language companions (docs/STATISTICS.md §2.1.4).
public struct ICCVarianceComponents: Equatable, Sendable {
    /// σ²_target = (MSR − MSE)/k (may be negative in small samples).
    public let subject: Double
    /// σ²_rater = max(0, (MSC − MSE)/n).
    public let rater: Double
    /// σ²_error = MSE.
    public let error: Double
    /// SEM_A = √(σ²_rater + σ²_error): the standard error of one evaluator's score, in points.
    public let absoluteStandardError: Double
    /// SEM_C = √MSE: the same after removing evaluator offsets.
    public let consistencyStandardError: Double
    /// 2·SEM_A/√π: how much two random evaluators typically differ on one subject.
    public let typicalDifference: Double
    /// 1.96·√2·SEM_A: 95% of differences between two evaluators lie within ± this.
    public let differenceLimit: Double
}

/// The six intraclass correlations of a complete subjects × raters table (docs/STATISTICS.md §2.1).
///
/// Names follow McGraw & Wong: A = absolute agreement, C = consistency; "single" is
/// one rater's score, "average" the mean of k raters.
public struct ICCResult: Equatable, Sendable {
    /// The ANOVA table of the subjects that every rater rated.
    public let anova: TwoWayANOVA
    /// ICC(1,1), one-way random, single rating.
    public let oneWaySingle: ICCEstimate
    /// ICC(A,1) = Shrout–Fleiss ICC(2,1), the headline for calibration.
    public let agreementSingle: ICCEstimate
    /// ICC(C,1) = Shrout–Fleiss ICC(3,1).
    public let consistencySingle: ICCEstimate
    /// ICC(1,k), one-way random, mean of k ratings.
    public let oneWayAverage: ICCEstimate
    /// ICC(A,k) = ICC(2,k); relevant only if the published score is a mean of k independent scores.
    public let agreementAverage: ICCEstimate
    /// ICC(C,k) = ICC(3,k) = Cronbach's α of the raters.
    public let consistencyAverage: ICCEstimate
    /// The Satterthwaite degrees of freedom v used by the ICC(A,·) intervals.
    public let satterthwaiteDegrees: Double
    /// The rater-bias test F_J = MSC/MSE on (k − 1, (n − 1)(k − 1)).
    public let raterBiasTest: FTest
    /// Variance components, SEM and typical differences in points.
    public let varianceComponents: ICCVarianceComponents
    /// Subjects left out because some rater did not rate them (listwise deletion).
    public let excludedSubjects: [Int]
}
