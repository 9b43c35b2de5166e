/// Fitted rule weights with residuals, leave-one-out validation and stability (docs/STATISTICS.md §5.4).
public struct WeightFitReport: Equatable, Sendable {
    /// The fitted weight of each rule.
    public let weights: [Double]
    /// ŷ = X·w per unit.
    public let fitted: [Double]
    /// y − ŷ per unit.
    public let residuals: [Double]
    /// y − x·w₋ per unit, w₋ refitted without the unit's group.
    public let leaveOneOutResiduals: [Double]
    /// The weights of each leave-one-out refit, one entry per group in order of first appearance.
    public let leaveOneOutWeights: [[Double]]
    /// In-sample RMSE, MAE and R².
    public let inSample: FitMetrics
    /// RMSE_LOO, MAE_LOO, PRESS and Q².
    public let leaveOneOut: CrossValidationMetrics
    /// The solver's output for the full fit (gradient, multiplier, iterations).
    public let solution: LeastSquaresSolution
    /// Rank, condition number, unobserved rules and aliased pairs of X.
    public let design: DesignDiagnostics
    /// Whether every in-sample residual is zero up to the solver's rounding (``RoundingTolerance``).
    public let isPerfectFit: Bool
    /// Whether every leave-one-out residual is zero up to the solver's rounding.
    public let isPerfectOutOfSample: Bool

    /// RMSE_LOO/RMSE; above ~1.3 the in-sample fit is flattering. `nil` for a perfect fit
    /// (RMSE 0 up to rounding), when the ratio divides by 0.
    public var optimismRatio: Double? {
        isPerfectFit || inSample.rootMeanSquaredError == 0
            ? nil : leaveOneOut.rootMeanSquaredError / inSample.rootMeanSquaredError
    }

    /// Why the optimism ratio is undefined; nil when it is defined.
    public var optimismRatioUndefined: UndefinedReason? { optimismRatio == nil ? .perfectFit : nil }

    /// The smallest and largest value of each weight across the leave-one-out refits.
    public var weightRanges: [ClosedRange<Double>] {
        weights.indices.map { r in
            let values = leaveOneOutWeights.map { $0[r] }
            return (values.min() ?? weights[r])...(values.max() ?? weights[r])
        }
    }

    /// Units whose |LOO residual| exceeds 2·RMSE_LOO; none when every LOO residual is zero
    /// up to rounding (a residual of 0 is never beyond anything).
    public var flaggedUnits: [Int] {
        guard !isPerfectOutOfSample else { return [] }
        return leaveOneOutResiduals.indices.filter {
            abs(leaveOneOutResiduals[$0]) > 2 * leaveOneOut.rootMeanSquaredError
        }
    }
}
