/// Non-negative least squares, min ‖A·x − b‖ subject to x ≥ 0 (Lawson & Hanson 1974,
/// ch. 23; STATISTICS.md §5.2), reproducing scipy's `nnls`.
public enum NonNegativeLeastSquares {
    /// The NNLS solution, optionally with a linear equality such as Σw = subarea maximum.
    ///
    /// - Throws: as `BoundedLeastSquares.solve`.
    public static func solve(_ a: [[Double]], _ b: [Double], equality: LinearEquality? = nil) throws -> LeastSquaresSolution {
        let n = a.first?.count ?? 0
        return try BoundedLeastSquares.solve(
            a, b, lower: [Double](repeating: 0, count: n), upper: [Double](repeating: .infinity, count: n),
            equality: equality)
    }
}

/// Unconstrained least squares by Householder QR, with leverages for PRESS.
public enum OrdinaryLeastSquares {
    /// The x minimising ‖A·x − b‖.
    ///
    /// - Throws: `rankDeficient` when the columns of A are linearly dependent.
    public static func solve(_ a: [[Double]], _ b: [Double]) throws -> LeastSquaresSolution {
        let n = try LeastSquaresInput.validate(a, b)
        guard let qr = HouseholderQR(columns: (0..<n).map { j in a.map { $0[j] } }) else {
            throw StatisticsError.rankDeficient
        }
        return LeastSquaresInput.solution(a, b, qr.solve(b), multiplier: nil, iterations: 0)
    }

    /// The leverages h_ii = x_iᵀ(AᵀA)⁻¹x_i; the OLS leave-one-out residual is e_i/(1 − h_ii).
    ///
    /// - Throws: `rankDeficient` when the columns of A are linearly dependent.
    public static func leverages(_ a: [[Double]]) throws -> [Double] {
        let n = try LeastSquaresInput.validate(a, [Double](repeating: 0, count: a.count))
        guard let qr = HouseholderQR(columns: (0..<n).map { j in a.map { $0[j] } }) else {
            throw StatisticsError.rankDeficient
        }
        return a.map { row in qr.solveTransposed(row).reduce(0) { $0 + $1 * $1 } }
    }
}
