/// How `RuleWeightFit` constrains and regularises the fitted weights (docs/STATISTICS.md §5.1).
public struct WeightFitOptions: Equatable, Sendable {
    /// Bounds on the weights.
    public enum Bounds: Equatable, Sendable {
        /// Ordinary least squares, for comparison only.
        case unconstrained
        /// w ≥ 0 (NNLS).
        case nonNegative
        /// lower ≤ w ≤ upper per rule, e.g. 0 and the question's cap.
        case box(lower: [Double], upper: [Double])
    }

    /// Shrinkage toward expert weights: min ‖Xw − y‖² + λ‖w − w⁰‖².
    public struct Prior: Equatable, Sendable {
        /// w⁰, the current expert weights.
        public let weights: [Double]
        /// λ ≥ 0; choose it on a small grid by RMSE_LOO, never by in-sample error.
        public let strength: Double

        /// Creates a prior.
        public init(weights: [Double], strength: Double) {
            self.weights = weights
            self.strength = strength
        }
    }

    /// The bounds (default: non-negative).
    public var bounds: Bounds
    /// When set, Σ_r w_r·max_u(x_ur) equals this value: all findings give full points.
    public var subareaMaximum: Double?
    /// Optional shrinkage toward expert weights.
    public var prior: Prior?
    /// Leave-one-out groups, one label per row: rows with the same label (a municipality
    /// evaluated more than once) are left out together. `nil`: every row is its own group.
    public var groups: [Int]?

    /// Creates options; the defaults give plain NNLS with leave-one-row-out validation.
    public init(bounds: Bounds = .nonNegative, subareaMaximum: Double? = nil, prior: Prior? = nil, groups: [Int]? = nil)
    {
        self.bounds = bounds
        self.subareaMaximum = subareaMaximum
        self.prior = prior
        self.groups = groups
    }
}
