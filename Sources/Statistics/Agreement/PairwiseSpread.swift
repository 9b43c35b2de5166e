/// Absolute spreads between evaluators on the same subjects, in points: the companions
/// of every coefficient, and the only numbers shown when a coefficient is suppressed
/// (docs/STATISTICS.md §2.6 and §4).
public struct PairwiseSpread: Equatable, Sendable {
    /// Unordered pairs of evaluators who rated the same subject.
    public let pairCount: Int
    /// Mean |y_ua − y_ub| over those pairs.
    public let meanAbsoluteDifference: Double
    /// The share of pairs with |y_ua − y_ub| ≤ tolerance (e.g. 1 point, or 10% of the maximum).
    public let shareWithinTolerance: Double
    /// The tolerance used.
    public let tolerance: Double

    /// Summarises every pair of ratings on the same subject.
    ///
    /// - Throws: `tooFewSubjects` when no subject has two ratings; `invalidParameter`
    ///   for a negative or non-finite tolerance.
    public static func compute(_ ratings: RatingMatrix, tolerance: Double) throws -> PairwiseSpread {
        guard tolerance >= 0, tolerance.isFinite else {
            throw StatisticsError.invalidParameter(name: "tolerance", value: tolerance)
        }
        var pairs = 0
        var within = 0
        var total = 0.0
        // Half points and tenths are not exact in binary; allow for the rounding.
        let limit = tolerance * (1 + 1e-12) + 1e-12
        for subject in ratings.rows.indices {
            let values = ratings.ratings(ofSubject: subject).map(\.value)
            for a in values.indices {
                for b in (a + 1)..<max(a + 1, values.count) {
                    let difference = abs(values[a] - values[b])
                    pairs += 1
                    total += difference
                    if difference <= limit { within += 1 }
                }
            }
        }
        guard pairs > 0 else { throw StatisticsError.tooFewSubjects(required: 1, found: 0) }
        return PairwiseSpread(
            pairCount: pairs, meanAbsoluteDifference: total / Double(pairs),
            shareWithinTolerance: Double(within) / Double(pairs), tolerance: tolerance)
    }
}
