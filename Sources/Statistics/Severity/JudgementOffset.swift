/// How far one evaluator's awarded scores depart from what the rules give for that
/// evaluator's own findings: O_uj = A_uj − R(x_uj) (docs/STATISTICS.md §3.4).
public struct JudgementOffset: Equatable, Sendable {
    /// The rater.
    public let rater: Int
    /// n_j, the subjects with an override for this rater.
    public let subjectCount: Int
    /// Ō_j; negative means the evaluator awards less than the rules give.
    public let mean: Double
    /// SD of O_uj (n − 1 denominator); `nil` with fewer than two subjects.
    public let standardDeviation: Double?
    /// SD/√n_j; `nil` with fewer than two subjects.
    public let standardError: Double?
    /// Ō_j/SE; `nil` when SE is undefined or 0.
    public let t: Double?

    /// Why t is undefined (fewer than two subjects, or every offset the same so SE = 0);
    /// nil when it is defined.
    public var tUndefined: UndefinedReason? {
        if subjectCount < 2 { return .tooFewUnits(required: 2, found: subjectCount) }
        return t == nil ? .noSpread : nil
    }

    /// Summarises each rater's overrides; `overrides[u, j]` = A_uj − R(x_uj), `nil` if missing.
    /// Raters without any override are left out.
    public static func compute(_ overrides: RatingMatrix) -> [JudgementOffset] {
        (0..<overrides.raterCount).compactMap { j in
            let values = overrides.rows.compactMap { $0[j] }
            guard !values.isEmpty else { return nil }
            let n = Double(values.count)
            // Exact for identical offsets, whose SD is then exactly 0 (not rounding noise).
            let mean = RoundingTolerance.mean(values)
            guard values.count >= 2 else {
                return JudgementOffset(
                    rater: j, subjectCount: 1, mean: mean, standardDeviation: nil, standardError: nil, t: nil)
            }
            let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
            let se = sd / n.squareRoot()
            return JudgementOffset(
                rater: j, subjectCount: values.count, mean: mean, standardDeviation: sd, standardError: se,
                t: se > 0 ? mean / se : nil)
        }
    }
}
