/// Bland–Altman comparison of one evaluator with the mean of the others (docs/STATISTICS.md §3.3).
public struct BlandAltmanComparison: Equatable, Sendable {
    /// The rater compared.
    public let rater: Int
    /// The subjects rated by this rater and at least one other.
    public let subjectCount: Int
    /// Mean of d_u = y_uj − mean of the other raters on u.
    public let bias: Double
    /// SD(d), with n − 1 in the denominator.
    public let standardDeviation: Double
    /// bias − 1.96·SD.
    public let lowerLimit: Double
    /// bias + 1.96·SD.
    public let upperLimit: Double
    /// SD/√n.
    public let biasStandardError: Double
    /// bias ± t_{n−1}·SD/√n.
    public let biasInterval: ConfidenceInterval
    /// ≈ SD·√(3/n), the standard error of each limit of agreement.
    public let limitStandardError: Double
}

/// Bland–Altman limits of agreement per evaluator.
public enum BlandAltman {
    /// Compares `rater` with the mean of the other raters on each subject both rated.
    ///
    /// With complete data the bias equals k/(k − 1)·γ̂ of `SeverityModel`; with gaps the
    /// model's γ̂ is preferable, because the naive bias depends on who was paired with whom.
    ///
    /// - Throws: `tooFewSubjects` when fewer than 2 subjects can be compared.
    public static func compare(
        _ ratings: RatingMatrix, rater: Int, confidenceLevel: Double = 0.95, limitMultiplier: Double = 1.96
    ) throws -> BlandAltmanComparison {
        let level = try StatisticsSupport.validatedLevel(confidenceLevel)
        guard rater >= 0, rater < ratings.raterCount else {
            throw StatisticsError.dimensionMismatch(expected: ratings.raterCount, found: rater + 1)
        }
        var differences: [Double] = []
        for subject in ratings.rows.indices {
            let present = ratings.ratings(ofSubject: subject)
            guard let own = ratings[subject, rater], present.count >= 2 else { continue }
            let others = present.filter { $0.rater != rater }.map(\.value)
            differences.append(own - others.reduce(0, +) / Double(others.count))
        }
        guard differences.count >= 2 else {
            throw StatisticsError.tooFewSubjects(required: 2, found: differences.count)
        }
        let n = Double(differences.count)
        let bias = differences.reduce(0, +) / n
        let sd = (differences.reduce(0) { $0 + ($1 - bias) * ($1 - bias) } / (n - 1)).squareRoot()
        let se = sd / n.squareRoot()
        let margin = try StatisticsSupport.tCritical(level: level, degrees: n - 1) * se
        return BlandAltmanComparison(
            rater: rater, subjectCount: differences.count, bias: bias, standardDeviation: sd,
            lowerLimit: bias - limitMultiplier * sd, upperLimit: bias + limitMultiplier * sd, biasStandardError: se,
            biasInterval: ConfidenceInterval(lower: bias - margin, upper: bias + margin, level: level),
            limitStandardError: sd * (3 / n).squareRoot())
    }
}
