/// A linear equality constraint mᵀx = target, e.g. Σ w_r·max(x_r) = subarea maximum.
public struct LinearEquality: Equatable, Sendable {
    /// m.
    public let coefficients: [Double]
    /// The right-hand side.
    public let target: Double

    /// Creates the constraint mᵀx = target.
    public init(coefficients: [Double], target: Double) {
        self.coefficients = coefficients
        self.target = target
    }
}
