/// A chance-corrected agreement coefficient for categorical ratings, with Gwet's
/// standard error (docs/STATISTICS.md §2.4–2.5).
public struct AgreementCoefficient: Equatable, Sendable {
    /// The coefficient (p_a − p_e)/(1 − p_e).
    public let value: Double
    /// p_a, the (weighted) agreement over subjects with two or more ratings. With identity
    /// weights this is the plain percent agreement.
    public let observedAgreement: Double
    /// p_e, the agreement expected by chance under the coefficient's model.
    public let chanceAgreement: Double
    /// Gwet's (2008) standard error for an infinite population of subjects.
    public let standardError: Double
    /// value ± t_{n−1}·SE, the upper end capped at 1.
    public let interval: ConfidenceInterval
    /// π_k, the share of ratings in each declared category (for binary findings, π of
    /// category 1 is the prevalence).
    public let categoryProportions: [Double]
    /// n, the subjects with at least one rating.
    public let subjectCount: Int
    /// n₂, the subjects with at least two ratings (those that enter p_a).
    public let pairedSubjectCount: Int
}
