/// Cohen's κ and weighted κ for exactly two raters (STATISTICS.md §2.3).
public enum CohenKappa {
    /// κ_w = (p_o − p_e)/(1 − p_e) over the subjects rated by both raters.
    ///
    /// Quadratic-weighted κ equals Lin's concordance correlation (1/N moments).
    ///
    /// - Parameter ratings: a subjects × 2 matrix; use `selectingRaters` for one pair of
    ///   a larger panel.
    /// - Throws: `tooFewRaters` unless there are exactly two columns; `invalidCategories`,
    ///   `undeclaredCategory`, `tooFewSubjects`, or `noVariation` when p_e = 1.
    public static func compute(
        _ ratings: RatingMatrix, categories: [Double], weights: AgreementWeights = .identity,
        minimumSubjects: Int = IntraclassCorrelation.recommendedMinimumSubjects
    ) throws -> CohenKappaResult {
        guard ratings.raterCount == 2 else { throw StatisticsError.tooFewRaters(required: 2, found: ratings.raterCount) }
        let sorted = try AgreementWeights.validated(categories)
        let w = weights.matrix(for: sorted), q = sorted.count
        let position = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
        var table = [[Double]](repeating: [Double](repeating: 0, count: q), count: q)
        var paired = 0
        for (i, row) in ratings.rows.enumerated() {
            guard let a = row[0], let b = row[1] else { continue }
            guard let k = position[a] else { throw StatisticsError.undeclaredCategory(value: a, subject: i, rater: 0) }
            guard let l = position[b] else { throw StatisticsError.undeclaredCategory(value: b, subject: i, rater: 1) }
            table[k][l] += 1
            paired += 1
        }
        let required = max(2, minimumSubjects)
        guard paired >= required else { throw StatisticsError.tooFewSubjects(required: required, found: paired) }
        let n = Double(paired)
        let rowMargins = table.map { $0.reduce(0, +) / n }
        let columnMargins = (0..<q).map { l in table.reduce(0) { $0 + $1[l] } / n }
        var po = 0.0, pe = 0.0
        for k in 0..<q {
            for l in 0..<q {
                po += w[k][l] * table[k][l] / n
                pe += w[k][l] * rowMargins[k] * columnMargins[l]
            }
        }
        guard 1 - pe > 1e-12 else { throw StatisticsError.noVariation }
        return CohenKappaResult(
            value: StatisticsSupport.snappedToOne((po - pe) / (1 - pe)), observedAgreement: po, chanceAgreement: pe,
            subjectCount: paired)
    }
}

/// The result of `CohenKappa.compute`.
public struct CohenKappaResult: Equatable, Sendable {
    /// κ_w.
    public let value: Double
    /// p_o, the weighted share of agreement.
    public let observedAgreement: Double
    /// p_e, the chance agreement from the two raters' margins.
    public let chanceAgreement: Double
    /// N, the subjects rated by both raters.
    public let subjectCount: Int
}
