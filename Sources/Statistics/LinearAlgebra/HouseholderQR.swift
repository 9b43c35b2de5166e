/// Householder QR of a small tall matrix, for least-squares subproblems.
///
/// Better conditioned than the normal equations: the error grows with κ(A), not κ(A)².
struct HouseholderQR {
    /// Rows × columns of the factored matrix.
    let rowCount: Int
    let columnCount: Int
    /// The Householder vectors below the diagonal and R on and above it (column-major).
    private var packed: [[Double]]
    private var diagonal: [Double]

    /// Factorises `columns` (each entry one column of length m). `nil` when a column is
    /// (numerically) in the span of the previous ones, or there are more columns than rows.
    init?(columns: [[Double]]) {
        let n = columns.count
        let m = columns.first?.count ?? 0
        guard n <= m else { return nil }
        var a = columns
        var r = [Double](repeating: 0, count: n)
        let norms = columns.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        for k in 0..<n {
            var norm = 0.0
            for i in k..<m { norm += a[k][i] * a[k][i] }
            norm = norm.squareRoot()
            // A column whose remaining part vanishes relative to its size is dependent.
            guard norm > 1e-12 * max(norms[k], Double.leastNormalMagnitude), norm > 0 else { return nil }
            if a[k][k] < 0 { norm = -norm }
            for i in k..<m { a[k][i] /= norm }
            a[k][k] += 1
            for j in (k + 1)..<max(k + 1, n) {
                var s = 0.0
                for i in k..<m { s += a[k][i] * a[j][i] }
                s = -s / a[k][k]
                for i in k..<m { a[j][i] += s * a[k][i] }
            }
            r[k] = -norm
        }
        rowCount = m
        columnCount = n
        packed = a
        diagonal = r
    }

    /// The x minimising ‖A·x − b‖.
    func solve(_ b: [Double]) -> [Double] {
        var y = b
        let m = rowCount
        let n = columnCount
        for k in 0..<n {
            var s = 0.0
            for i in k..<m { s += packed[k][i] * y[i] }
            s = -s / packed[k][k]
            for i in k..<m { y[i] += s * packed[k][i] }
        }
        return backSubstitute(Array(y[0..<n]))
    }

    /// Solves R·x = y for the upper-triangular R.
    private func backSubstitute(_ y: [Double]) -> [Double] {
        var x = y
        for i in stride(from: columnCount - 1, through: 0, by: -1) {
            for j in (i + 1)..<max(i + 1, columnCount) { x[i] -= packed[j][i] * x[j] }
            x[i] /= diagonal[i]
        }
        return x
    }

    /// Solves Rᵀ·v = row, so that ‖v‖² is the leverage x_iᵀ(AᵀA)⁻¹x_i of `row`.
    func solveTransposed(_ row: [Double]) -> [Double] {
        var v = row
        for i in 0..<columnCount {
            for j in 0..<i { v[i] -= packed[i][j] * v[j] }
            v[i] /= diagonal[i]
        }
        return v
    }
}
