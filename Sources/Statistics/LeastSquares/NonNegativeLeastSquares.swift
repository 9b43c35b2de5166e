/// Non-negative least squares, min ‖A·x − b‖ subject to x ≥ 0 (Lawson & Hanson 1974,
/// ch. 23; docs/STATISTICS.md §5.2), reproducing scipy's `nnls`.
public enum NonNegativeLeastSquares {
    /// The NNLS solution, optionally with a linear equality such as Σw = subarea maximum.
    ///
    /// - Throws: as `BoundedLeastSquares.solve`.
    public static func solve(_ a: [[Double]], _ b: [Double], equality: LinearEquality? = nil) throws
        -> LeastSquaresSolution
    {
        let n = a.first?.count ?? 0
        return try BoundedLeastSquares.solve(
            a, b, lower: [Double](repeating: 0, count: n), upper: [Double](repeating: .infinity, count: n),
            equality: equality)
    }
}
