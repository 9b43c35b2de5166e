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

    /// RMSE_LOO/RMSE; above ~1.3 the in-sample fit is flattering. `nil` when RMSE = 0.
    public var optimismRatio: Double? {
        inSample.rootMeanSquaredError > 0 ? leaveOneOut.rootMeanSquaredError / inSample.rootMeanSquaredError : nil
    }

    /// The smallest and largest value of each weight across the leave-one-out refits.
    public var weightRanges: [ClosedRange<Double>] {
        weights.indices.map { r in
            let values = leaveOneOutWeights.map { $0[r] }
            return (values.min() ?? weights[r])...(values.max() ?? weights[r])
        }
    }

    /// Units whose |LOO residual| exceeds 2·RMSE_LOO.
    public var flaggedUnits: [Int] {
        leaveOneOutResiduals.indices.filter { abs(leaveOneOutResiduals[$0]) > 2 * leaveOneOut.rootMeanSquaredError }
    }
}
