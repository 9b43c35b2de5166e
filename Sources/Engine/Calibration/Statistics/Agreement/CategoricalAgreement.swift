/// Gwet's AC1 (identity weights) and AC2 (other weights), with missing ratings
/// (STATISTICS.md §2.5). The headline statistic for findings: it resists the
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
        return try tally.coefficient(chance: pe, subjectChance: subjectChance, level: level, minimumSubjects: minimumSubjects)
    }
}

/// Fleiss' κ (weighted or not) in Gwet's form for missing ratings (STATISTICS.md §2.4),
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
        let w = tally.weights, pi = tally.proportions, q = pi.count
        var pe = 0.0
        for k in 0..<q { for l in 0..<q { pe += w[k][l] * pi[k] * pi[l] } }
        // π̃_k = Σ_l ((w_kl + w_lk)/2)·π_l
        let smoothed: [Double] = (0..<q).map { k in
            var sum = 0.0
            for l in 0..<q { sum += (w[k][l] + w[l][k]) / 2 * pi[l] }
            return sum
        }
        let subjectChance = zip(tally.counts, tally.totals).map { r, total in
            r.indices.reduce(0) { $0 + r[$1] * smoothed[$1] } / total
        }
        return try tally.coefficient(chance: pe, subjectChance: subjectChance, level: level, minimumSubjects: minimumSubjects)
    }
}

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
        return try tally.coefficient(chance: pe, subjectChance: subjectChance, level: level, minimumSubjects: minimumSubjects)
    }
}
