/// The one-way ICC(1) for unbalanced data (docs/STATISTICS.md §2.1.5).
public struct UnbalancedICCResult: Equatable, Sendable {
    /// ICC(1) = (MSB − MSW)/(MSB + (n₀ − 1)·MSW).
    public let value: Double
    /// MSB = Σ m_u(ȳ_u − ȳ)²/(U − 1).
    public let betweenMeanSquare: Double
    /// MSW = Σ Σ (y_uj − ȳ_u)²/(N − U).
    public let withinMeanSquare: Double
    /// Snedecor–Cochran average group size n₀ = (N − Σ m_u²/N)/(U − 1).
    public let averageGroupSize: Double
    /// U, the number of subjects with at least two ratings.
    public let subjectCount: Int
    /// N, the number of ratings on those subjects.
    public let ratingCount: Int
}

extension IntraclassCorrelation {
    /// ICC(1) over subjects with ≥ 2 ratings, ignoring rater identity; equals ICC(1,1)
    /// when the table is complete.
    ///
    /// - Throws: `tooFewSubjects` or `noVariation`.
    public static func oneWayUnbalanced(
        _ ratings: RatingMatrix, minimumSubjects: Int = recommendedMinimumSubjects
    ) throws -> UnbalancedICCResult {
        let groups = ratings.rows.indices.map { ratings.ratings(ofSubject: $0).map(\.value) }.filter { $0.count >= 2 }
        let required = max(2, minimumSubjects)
        guard groups.count >= required else {
            throw StatisticsError.tooFewSubjects(required: required, found: groups.count)
        }
        let units = Double(groups.count)
        let total = Double(groups.reduce(0) { $0 + $1.count })
        let grand = groups.reduce(0) { $0 + $1.reduce(0, +) } / total
        var ssb = 0.0
        var ssw = 0.0
        var squares = 0.0
        var sizes = 0.0
        for group in groups {
            let m = Double(group.count)
            let mean = group.reduce(0, +) / m
            ssb += m * (mean - grand) * (mean - grand)
            ssw += group.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            squares += group.reduce(0) { $0 + $1 * $1 }
            sizes += m * m
        }
        guard ssb + ssw > 1e-24 * squares else { throw StatisticsError.noVariation }
        let msb = ssb / (units - 1)
        let msw = ssw <= 1e-24 * (ssb + ssw) ? 0 : ssw / (total - units)
        let n0 = (total - sizes / total) / (units - 1)
        return UnbalancedICCResult(
            value: StatisticsSupport.snappedToOne((msb - msw) / (msb + (n0 - 1) * msw)),
            betweenMeanSquare: msb, withinMeanSquare: msw, averageGroupSize: n0,
            subjectCount: groups.count, ratingCount: Int(total))
    }
}
