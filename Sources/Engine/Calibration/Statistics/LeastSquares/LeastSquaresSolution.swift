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

/// Shared validation and assembly for the least-squares front ends.
enum LeastSquaresInput {
    /// Checks that `a` is a non-empty rectangular finite matrix and `b` matches its rows;
    /// returns the column count.
    static func validate(_ a: [[Double]], _ b: [Double]) throws -> Int {
        guard let n = a.first?.count, n > 0 else { throw StatisticsError.tooFewSubjects(required: 1, found: 0) }
        for (i, row) in a.enumerated() {
            guard row.count == n else { throw StatisticsError.raggedRows(row: i, expected: n, found: row.count) }
            if let j = row.firstIndex(where: { !$0.isFinite }) { throw StatisticsError.nonFiniteValue(row: i, column: j) }
        }
        guard b.count == a.count else { throw StatisticsError.dimensionMismatch(expected: a.count, found: b.count) }
        if let i = b.firstIndex(where: { !$0.isFinite }) { throw StatisticsError.nonFiniteValue(row: i, column: n) }
        return n
    }

    /// The solution record for `x`.
    static func solution(
        _ a: [[Double]], _ b: [Double], _ x: [Double], multiplier: Double?, iterations: Int
    ) -> LeastSquaresSolution {
        let residual = zip(DenseAlgebra.multiply(a, x), b).map { $0 - $1 }
        return LeastSquaresSolution(
            coefficients: x, residualNorm: residual.reduce(0) { $0 + $1 * $1 }.squareRoot(),
            gradient: DenseAlgebra.multiplyTransposed(a, residual, columns: x.count),
            equalityMultiplier: multiplier, iterations: iterations)
    }
}
