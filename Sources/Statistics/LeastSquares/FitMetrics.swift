/// In-sample accuracy of weights on historical scores.
public struct FitMetrics: Equatable, Sendable {
    /// √(RSS/n).
    public let rootMeanSquaredError: Double
    /// mean |y − ŷ|.
    public let meanAbsoluteError: Double
    /// 1 − RSS/SST with SST about the mean (even without an intercept); `nil` when SST = 0
    /// (every observation identical, decided exactly).
    public let rSquared: Double?
    /// RSS.
    public let residualSumOfSquares: Double

    /// Why R² is undefined; nil when it is defined.
    public var rSquaredUndefined: UndefinedReason? { rSquared == nil ? .constantObservations : nil }
}

/// Out-of-sample accuracy from leave-one-out refits.
public struct CrossValidationMetrics: Equatable, Sendable {
    /// RMSE_LOO = √(PRESS/n).
    public let rootMeanSquaredError: Double
    /// MAE_LOO.
    public let meanAbsoluteError: Double
    /// PRESS = Σ LOO residual².
    public let press: Double
    /// Q² = 1 − PRESS/SST; `nil` when SST = 0.
    public let qSquared: Double?

    /// Why Q² is undefined; nil when it is defined.
    public var qSquaredUndefined: UndefinedReason? { qSquared == nil ? .constantObservations : nil }
}
