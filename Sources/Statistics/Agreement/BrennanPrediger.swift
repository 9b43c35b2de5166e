/// Brennan–Prediger's free-marginal κ, p_e = T_w/q² (statsmodels `method='randolph'`);
/// for reference only.
public enum BrennanPrediger {
    /// The coefficient with a constant chance agreement T_w/q².
    ///
    /// - Throws: as `GwetAC.compute`.
    public static func compute(
        _ ratings: RatingMatrix, categories: [Double], weights: AgreementWeights = .identity,
        confidenceLevel: Double = 0.95, minimumSubjects: Int = IntraclassCorrelation.recommendedMinimumSubjects
    ) throws -> AgreementCoefficient {
        let level = try StatisticsSupport.validatedLevel(confidenceLevel)
        let tally = try CategoricalTally(ratings, categories: categories, weights: weights)
        let q = Double(tally.categories.count)
        let pe = tally.weightTotal / (q * q)
        let subjectChance = [Double](repeating: pe, count: tally.subjectCount)
        return try tally.coefficient(
            chance: pe, subjectChance: subjectChance, level: level, minimumSubjects: minimumSubjects)
    }
}
