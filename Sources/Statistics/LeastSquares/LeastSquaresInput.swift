/// Shared validation and assembly for the least-squares front ends.
enum LeastSquaresInput {
    /// Checks that `a` is a non-empty rectangular finite matrix and `b` matches its rows;
    /// returns the column count.
    static func validate(_ a: [[Double]], _ b: [Double]) throws -> Int {
        guard let n = a.first?.count, n > 0 else { throw StatisticsError.tooFewSubjects(required: 1, found: 0) }
        for (i, row) in a.enumerated() {
            guard row.count == n else { throw StatisticsError.raggedRows(row: i, expected: n, found: row.count) }
            if let j = row.firstIndex(where: { !$0.isFinite }) {
                throw StatisticsError.nonFiniteValue(row: i, column: j)
            }
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
