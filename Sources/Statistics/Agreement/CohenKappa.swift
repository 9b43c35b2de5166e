/// Cohen's κ and weighted κ for exactly two raters (docs/STATISTICS.md §2.3).
public enum CohenKappa {
    /// κ_w = (p_o − p_e)/(1 − p_e) over the subjects rated by both raters, with
    /// p_e = Σ_kl w_kl p_k· p·_l from the two raters' own margins.
    ///
    /// Computed as Conger's κ with r = 2, which equals Cohen's κ and provides its
    /// standard error. Quadratic-weighted κ equals Lin's concordance correlation
    /// (1/N moments).
    ///
    /// - Parameter ratings: a subjects × 2 matrix; use `selectingRaters` for one pair of
    ///   a larger panel.
    /// - Throws: `tooFewRaters` unless there are exactly two columns; `invalidCategories`,
    ///   `undeclaredCategory`, `tooFewSubjects`, or `noVariation` when p_e = 1.
    public static func compute(
        _ ratings: RatingMatrix, categories: [Double], weights: AgreementWeights = .identity,
        confidenceLevel: Double = 0.95, minimumSubjects: Int = IntraclassCorrelation.recommendedMinimumSubjects
    ) throws -> AgreementCoefficient {
        guard ratings.raterCount == 2 else {
            throw StatisticsError.tooFewRaters(required: 2, found: ratings.raterCount)
        }
        // Validate on the full matrix so errors name the caller's rows.
        _ = try CategoricalTally(ratings, categories: categories, weights: weights)
        let paired = ratings.completeSubjectIndices
        let required = max(2, minimumSubjects)
        guard paired.count >= required else {
            throw StatisticsError.tooFewSubjects(required: required, found: paired.count)
        }
        return try CongerKappa.compute(
            ratings.selectingSubjects(paired), categories: categories, weights: weights,
            confidenceLevel: confidenceLevel, minimumSubjects: minimumSubjects)
    }
}
