/// One evaluator's severity (γ < 0) or leniency (γ > 0) relative to the panel.
public struct RaterEffect: Equatable, Sendable {
    /// The rater's column in the rating matrix.
    public let rater: Int
    /// γ̂_j, in points; the effects of all raters sum to 0.
    public let effect: Double
    /// SE(γ̂_j) under the linear model.
    public let standardError: Double
    /// t = γ̂/SE (±infinity when SE is 0 and γ̂ is not; 0 when both are 0).
    public let t: Double
    /// γ̂ ± t_{df}·SE.
    public let interval: ConfidenceInterval
    /// γ̃, the empirical-Bayes shrunken effect to use for any suggested adjustment.
    public let shrunkEffect: Double
    /// Mean squared residual of this rater over the mean squared residual of all, on
    /// subjects with ≥ 2 ratings; about 1 is typical, above 1.5 inconsistent. `nil` when
    /// undefined (no residual variation, or no shared subjects).
    public let noiseIndex: Double?
    /// The number of subjects this rater rated.
    public let ratedSubjects: Int
    /// False when the rater rated fewer subjects than the fit's minimum ("insufficient data").
    public let hasSufficientData: Bool
}

/// The two-way additive least-squares fit y_uj = α_u + γ_j + ε_uj (docs/STATISTICS.md §3.3).
public struct SeverityFit: Equatable, Sendable {
    /// One entry per rater, in column order.
    public let raters: [RaterEffect]
    /// α̂_u for each subject; `nil` for a subject with no ratings.
    public let subjectEffects: [Double?]
    /// e_uj = y_uj − α̂_u − γ̂_j, `nil` where the rating is missing.
    public let residuals: [[Double?]]
    /// SSE = Σ e².
    public let errorSumOfSquares: Double
    /// df = N − U − (k − 1).
    public let errorDegrees: Int
    /// σ̂² = SSE/df.
    public let residualVariance: Double
    /// Cov(γ̂) = σ̂²·C⁺.
    public let effectCovariance: [[Double]]
    /// The omnibus rater test F = ((SSE₀ − SSE)/(k − 1))/σ̂² on (k − 1, df).
    public let raterTest: FTest
    /// τ̂², the method-of-moments variance of the true effects used for shrinkage.
    public let effectVariance: Double

    /// SE(γ̂_a − γ̂_b) = √(Cov_aa + Cov_bb − 2·Cov_ab).
    public func standardErrorOfDifference(_ a: Int, _ b: Int) -> Double {
        max(0, effectCovariance[a][a] + effectCovariance[b][b] - 2 * effectCovariance[a][b]).squareRoot()
    }
}
