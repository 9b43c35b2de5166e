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
