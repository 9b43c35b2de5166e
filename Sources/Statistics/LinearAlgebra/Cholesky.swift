/// Cholesky factorisation A = L·Lᵀ of a small symmetric positive-definite matrix.
struct Cholesky {
    /// The lower-triangular factor L.
    let lower: [[Double]]

    /// Factorises `matrix`; `nil` when it is not (numerically) positive definite.
    init?(_ matrix: [[Double]]) {
        let n = matrix.count
        var l = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        let scale = (0..<n).reduce(0) { max($0, abs(matrix[$1][$1])) }
        for j in 0..<n {
            var diagonal = matrix[j][j]
            for p in 0..<j { diagonal -= l[j][p] * l[j][p] }
            guard diagonal > 1e-13 * scale, diagonal.isFinite else { return nil }
            l[j][j] = diagonal.squareRoot()
            for i in (j + 1)..<max(j + 1, n) {
                var sum = matrix[i][j]
                for p in 0..<j { sum -= l[i][p] * l[j][p] }
                l[i][j] = sum / l[j][j]
            }
        }
        lower = l
    }

    /// Solves A·x = b.
    func solve(_ b: [Double]) -> [Double] {
        let n = lower.count
        var y = b
        for i in 0..<n {
            for p in 0..<i { y[i] -= lower[i][p] * y[p] }
            y[i] /= lower[i][i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for p in (i + 1)..<max(i + 1, n) { y[i] -= lower[p][i] * y[p] }
            y[i] /= lower[i][i]
        }
        return y
    }

    /// A⁻¹, column by column.
    func inverse() -> [[Double]] {
        let n = lower.count
        let columns = (0..<n).map { j in solve((0..<n).map { $0 == j ? 1 : 0 }) }
        return (0..<n).map { i in (0..<n).map { j in columns[j][i] } }
    }
}
