/// Gwet's AC1 (identity weights) and AC2 (other weights), with missing ratings
/// (docs/STATISTICS.md §2.5). The headline statistic for findings: it resists the
/// "kappa paradox" of rare or near-universal findings.
public enum GwetAC {
    /// The coefficient with p_e = T_w/(q(q − 1))·Σ π_k(1 − π_k), q the *declared* categories.
    ///
    /// - Throws: `invalidCategories`, `undeclaredCategory`, or `tooFewSubjects` when fewer
    ///   than `minimumSubjects` subjects (never fewer than 2) have two or more ratings.
    public static func compute(
        _ ratings: RatingMatrix, categories: [Double], weights: AgreementWeights = .identity,
        confidenceLevel: Double = 0.95, minimumSubjects: Int = IntraclassCorrelation.recommendedMinimumSubjects
    ) throws -> AgreementCoefficient {
        let level = try StatisticsSupport.validatedLevel(confidenceLevel)
        let tally = try CategoricalTally(ratings, categories: categories, weights: weights)
        let q = Double(tally.categories.count)
        let factor = tally.weightTotal / (q * (q - 1))
        let pi = tally.proportions
        let pe = factor * pi.reduce(0) { $0 + $1 * (1 - $1) }
        let subjectChance = zip(tally.counts, tally.totals).map { r, total in
            factor * r.indices.reduce(0) { $0 + r[$1] * (1 - pi[$1]) } / total
        }
        return try tally.coefficient(
            chance: pe, subjectChance: subjectChance, level: level, minimumSubjects: minimumSubjects)
    }
}
