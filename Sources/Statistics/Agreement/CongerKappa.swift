/// Conger's κ: Fleiss' p_a with chance agreement averaged over Cohen-type rater pairs,
/// in Gwet's form for missing ratings (as irrCAC 0.4.4). With two raters it equals
/// Cohen's κ and supplies its standard error (docs/STATISTICS.md §2.3).
public enum CongerKappa {
    /// p_e = Σ_kl w_kl (p̄_k p̄_l − s²_kl/r), where p_gk is the share of rater g's ratings
    /// in category k, p̄_k its mean over raters and s²_kl the covariance over raters.
    ///
    /// Raters who rated nobody are left out.
    ///
    /// - Throws: as `GwetAC.compute`, plus `tooFewRaters` with fewer than two raters who
    ///   rated anyone, and `noVariation` when p_e = 1.
    public static func compute(
        _ ratings: RatingMatrix, categories: [Double], weights: AgreementWeights = .identity,
        confidenceLevel: Double = 0.95, minimumSubjects: Int = IntraclassCorrelation.recommendedMinimumSubjects
    ) throws -> AgreementCoefficient {
        let level = try StatisticsSupport.validatedLevel(confidenceLevel)
        let active = (0..<ratings.raterCount).filter { j in ratings.rows.contains { $0[j] != nil } }
        guard active.count >= 2 else { throw StatisticsError.tooFewRaters(required: 2, found: active.count) }
        let matrix = ratings.selectingRaters(active)
        let tally = try CategoricalTally(matrix, categories: categories, weights: weights)
        let w = tally.weights
        let q = tally.categories.count
        let r = Double(active.count)
        let n = Double(tally.subjectCount)
        let position = Dictionary(uniqueKeysWithValues: tally.categories.enumerated().map { ($1, $0) })
        // codes[i][g]: the category index of subject i's rating by rater g, if any.
        let codes = tally.subjects.map { i in matrix.rows[i].map { $0.flatMap { position[$0] } } }
        var counts = [[Double]](repeating: [Double](repeating: 0, count: q), count: active.count)
        for row in codes { for (g, k) in row.enumerated() { if let k { counts[g][k] += 1 } } }
        let rated = counts.map { $0.reduce(0, +) }
        let shares = counts.indices.map { g in counts[g].map { $0 / rated[g] } }
        let mean = (0..<q).map { k in shares.reduce(0) { $0 + $1[k] } / r }
        var pe = 0.0
        for k in 0..<q {
            for l in 0..<q {
                let covariance = (shares.reduce(0) { $0 + $1[k] * $1[l] } - r * mean[k] * mean[l]) / (r - 1)
                pe += w[k][l] * (mean[k] * mean[l] - covariance / r)
            }
        }
        // pe_i from the linearisation λ_ig (Gwet 2014; irrCAC `conger`).
        let subjectChance: [Double] = codes.map { row in
            var sum = 0.0
            for g in row.indices {
                let present: Double = row[g] == nil ? 0 : 1
                for k in 0..<q {
                    var lambda = 0.0
                    for l in 0..<q {
                        let indicator: Double = row[g] == l ? 1 : 0
                        lambda += w[k][l] * (indicator - (present - rated[g] / n) * shares[g][l])
                    }
                    sum += lambda * n / rated[g] * (r * mean[k] - shares[g][k])
                }
            }
            return sum / (r * (r - 1))
        }
        return try tally.coefficient(
            chance: pe, subjectChance: subjectChance, level: level, minimumSubjects: minimumSubjects)
    }
}
