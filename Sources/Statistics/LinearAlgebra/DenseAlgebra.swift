/// Small dense linear-algebra helpers on row-major `[[Double]]` (all matrices here are ≤ ~40 wide).
enum DenseAlgebra {
    /// A·x.
    static func multiply(_ a: [[Double]], _ x: [Double]) -> [Double] {
        a.map { row in zip(row, x).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    /// Aᵀ·r.
    static func multiplyTransposed(_ a: [[Double]], _ r: [Double], columns: Int) -> [Double] {
        var out = [Double](repeating: 0, count: columns)
        for (row, weight) in zip(a, r) { for j in 0..<columns { out[j] += row[j] * weight } }
        return out
    }

    /// Solves A·x = b by Gaussian elimination with partial pivoting; `nil` when singular.
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        let n = a.count
        var m = a
        var y = b
        let scale = a.joined().reduce(0) { max($0, abs($1)) }
        for k in 0..<n {
            let pivot = (k..<n).max { abs(m[$0][k]) < abs(m[$1][k]) }!
            guard abs(m[pivot][k]) > 1e-14 * scale else { return nil }
            m.swapAt(k, pivot)
            y.swapAt(k, pivot)
            for i in (k + 1)..<max(k + 1, n) {
                let factor = m[i][k] / m[k][k]
                for j in k..<n { m[i][j] -= factor * m[k][j] }
                y[i] -= factor * y[k]
            }
        }
        var x = y
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in (i + 1)..<max(i + 1, n) { x[i] -= m[i][j] * x[j] }
            x[i] /= m[i][i]
        }
        return x
    }

    /// The singular values of the matrix with the given columns, descending
    /// (one-sided Jacobi rotations, accurate also for the small ones).
    static func singularValues(columns: [[Double]]) -> [Double] {
        var u = columns
        let n = u.count
        for _ in 0..<80 {
            var rotated = false
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) {
                    var alpha = 0.0
                    var beta = 0.0
                    var gamma = 0.0
                    for i in u[p].indices {
                        alpha += u[p][i] * u[p][i]
                        beta += u[q][i] * u[q][i]
                        gamma += u[p][i] * u[q][i]
                    }
                    guard gamma != 0, abs(gamma) > Double.ulpOfOne * (alpha * beta).squareRoot() else { continue }
                    rotated = true
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1 : -1) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot()
                    let s = c * t
                    for i in u[p].indices {
                        let up = u[p][i]
                        let uq = u[q][i]
                        u[p][i] = c * up - s * uq
                        u[q][i] = s * up + c * uq
                    }
                }
            }
            if !rotated { break }
        }
        return u.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() }.sorted(by: >)
    }
}
