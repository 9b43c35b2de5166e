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
        var m = a, y = b
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

    /// The eigenvalues of a symmetric matrix, ascending (cyclic Jacobi rotations).
    static func symmetricEigenvalues(_ matrix: [[Double]]) -> [Double] {
        var a = matrix
        let n = a.count
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<n { for j in 0..<n where i != j { off += a[i][j] * a[i][j] } }
            let total = a.joined().reduce(0) { $0 + $1 * $1 }
            if off <= 1e-30 * total { break }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) where a[p][q] != 0 {
                    let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = a[k][p], akq = a[k][q]
                        a[k][p] = c * akp - s * akq
                        a[k][q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p][k], aqk = a[q][k]
                        a[p][k] = c * apk - s * aqk
                        a[q][k] = s * apk + c * aqk
                    }
                }
            }
        }
        return (0..<n).map { a[$0][$0] }.sorted()
    }
}
