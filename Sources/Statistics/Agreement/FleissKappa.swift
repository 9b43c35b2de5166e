/// Fleiss' κ (weighted or not) in Gwet's form for missing ratings (docs/STATISTICS.md §2.4),
/// shown for comparison with the literature.
public enum FleissKappa {
    /// The coefficient with p_e = Σ_k Σ_l w_kl π_k π_l.
    ///
    /// - Throws: as `GwetAC.compute`, plus `noVariation` when every rating falls in one
    ///   category (p_e = 1).
    public static func compute(
        _ ratings: RatingMatrix, categories: [Double], weights: AgreementWeights = .identity,
        confidenceLevel: Double = 0.95, minimumSubjects: Int = IntraclassCorrelation.recommendedMinimumSubjects
    ) throws -> AgreementCoefficient {
        let level = try StatisticsSupport.validatedLevel(confidenceLevel)
        let tally = try CategoricalTally(ratings, categories: categories, weights: weights)
        let w = tally.weights
        let pi = tally.proportions
        let q = pi.count
        var pe = 0.0
        for k in 0..<q { for l in 0..<q { pe += w[k][l] * pi[k] * pi[l] } }
        // π̃_k = Σ_l ((w_kl + w_lk)/2)·π_l
        let smoothed = tally.symmetrised(pi)
        let subjectChance = zip(tally.counts, tally.totals).map { r, total in
            r.indices.reduce(0) { $0 + r[$1] * smoothed[$1] } / total
        }
        return try tally.coefficient(
            chance: pe, subjectChance: subjectChance, level: level, minimumSubjects: minimumSubjects)
    }
}
