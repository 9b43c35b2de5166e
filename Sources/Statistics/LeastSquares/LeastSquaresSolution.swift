/// The solution of a (possibly constrained) linear least-squares problem min ‖A·x − b‖.
public struct LeastSquaresSolution: Equatable, Sendable {
    /// x.
    public let coefficients: [Double]
    /// ‖A·x − b‖₂ (scipy's `rnorm`).
    public let residualNorm: Double
    /// g = Aᵀ(A·x − b). At the optimum g_j = 0 for free coefficients, g_j ≥ 0 at a lower
    /// bound and g_j ≤ 0 at an upper bound (the KKT conditions), up to the multiplier of
    /// an equality constraint.
    public let gradient: [Double]
    /// λ of the equality constraint in (AᵀA)x + λ·m = Aᵀb on the free set, if one was imposed.
    public let equalityMultiplier: Double?
    /// Outer iterations of the active-set method (0 for an unconstrained solve).
    public let iterations: Int

    /// ‖A·x − b‖₂².
    public var residualSumOfSquares: Double { residualNorm * residualNorm }
}
