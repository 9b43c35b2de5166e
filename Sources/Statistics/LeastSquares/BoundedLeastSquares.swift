/// Least squares with box bounds l ≤ x ≤ u and an optional linear equality
/// (docs/STATISTICS.md §5.1–5.3), by the bounded Lawson–Hanson active-set method.
public enum BoundedLeastSquares {
    /// min ‖A·x − b‖ subject to lower ≤ x ≤ upper (and mᵀx = target when `equality` is given).
    ///
    /// Bounds may be infinite. The equality is imposed by weighting (Lawson & Hanson
    /// ch. 22: the row √μ·mᵀ with μ = 1e6·‖A‖²_F/‖m‖²), then polished exactly by the KKT
    /// system on the free set, so it holds to rounding error.
    ///
    /// - Parameters:
    ///   - a: m × n, one row per observation.
    ///   - b: m observations.
    /// - Throws: `raggedRows`, `nonFiniteValue`, `dimensionMismatch`, `invalidBounds`,
    ///   `infeasibleConstraint`, `rankDeficient` (only when coefficients without any
    ///   finite bound have linearly dependent columns) or `didNotConverge`.
    public static func solve(
        _ a: [[Double]], _ b: [Double], lower: [Double], upper: [Double], equality: LinearEquality? = nil
    ) throws -> LeastSquaresSolution {
        let n = try LeastSquaresInput.validate(a, b)
        for bounds in [lower, upper] where bounds.count != n {
            throw StatisticsError.dimensionMismatch(expected: n, found: bounds.count)
        }
        for j in 0..<n where !(lower[j] <= upper[j]) || lower[j] == .infinity || upper[j] == -.infinity {
            throw StatisticsError.invalidBounds(index: j)
        }
        guard let equality else {
            var solver = ActiveSetSolver(a: a, b: b, lower: lower, upper: upper)
            try solver.solve()
            return LeastSquaresInput.solution(a, b, solver.x, multiplier: nil, iterations: solver.iterations)
        }
        return try solveWithEquality(a, b, lower: lower, upper: upper, equality: equality)
    }

    private static func solveWithEquality(
        _ a: [[Double]], _ b: [Double], lower: [Double], upper: [Double], equality: LinearEquality
    ) throws -> LeastSquaresSolution {
        let n = lower.count
        let m = equality.coefficients
        guard m.count == n else { throw StatisticsError.dimensionMismatch(expected: n, found: m.count) }
        guard m.allSatisfy(\.isFinite), equality.target.isFinite else {
            throw StatisticsError.invalidParameter(name: "equality", value: equality.target)
        }
        let normM = m.reduce(0) { $0 + $1 * $1 }
        guard normM > 0 else { throw StatisticsError.invalidParameter(name: "equality", value: 0) }
        // The range of mᵀx over the box must contain the target.
        var low = 0.0
        var high = 0.0
        for j in 0..<n where m[j] != 0 {
            low += m[j] > 0 ? m[j] * lower[j] : m[j] * upper[j]
            high += m[j] > 0 ? m[j] * upper[j] : m[j] * lower[j]
        }
        let slack = 1e-12 * max(1, abs(equality.target))
        guard low <= equality.target + slack, high >= equality.target - slack else {
            throw StatisticsError.infeasibleConstraint
        }
        let normA = a.joined().reduce(0) { $0 + $1 * $1 }
        let mu = 1e6 * max(normA, 1) / normM
        let weight = mu.squareRoot()
        var solver = ActiveSetSolver(
            a: [m.map { $0 * weight }] + a, b: [equality.target * weight] + b, lower: lower, upper: upper)
        try solver.solve()
        var x = solver.x
        // Penalty estimate of the multiplier: λ ≈ μ·(mᵀx − target).
        var multiplier = mu * (zip(m, x).reduce(0) { $0 + $1.0 * $1.1 } - equality.target)
        let free = (0..<n).filter { solver.state[$0] == .free }
        if let exact = polish(a, b, x: x, free: free, equality: equality),
            free.enumerated().allSatisfy({ lower[$1] < exact.x[$0] && exact.x[$0] < upper[$1] })
        {
            for (k, j) in free.enumerated() { x[j] = exact.x[k] }
            multiplier = exact.multiplier
        }
        return LeastSquaresInput.solution(a, b, x, multiplier: multiplier, iterations: solver.iterations)
    }

    /// Solves [A_FᵀA_F  m_F; m_Fᵀ  0]·[z; λ] = [A_Fᵀ(b − A_B·x_B); target − m_Bᵀx_B].
    private static func polish(
        _ a: [[Double]], _ b: [Double], x: [Double], free: [Int], equality: LinearEquality
    ) -> (x: [Double], multiplier: Double)? {
        guard !free.isEmpty else { return nil }
        let isFree = Set(free)
        var rhs = b
        var target = equality.target
        for j in x.indices where !isFree.contains(j) {
            for i in rhs.indices { rhs[i] -= a[i][j] * x[j] }
            target -= equality.coefficients[j] * x[j]
        }
        let p = free.count
        var system = [[Double]](repeating: [Double](repeating: 0, count: p + 1), count: p + 1)
        var right = [Double](repeating: 0, count: p + 1)
        for (r, j) in free.enumerated() {
            for (c, l) in free.enumerated() { system[r][c] = a.reduce(0) { $0 + $1[j] * $1[l] } }
            system[r][p] = equality.coefficients[j]
            system[p][r] = equality.coefficients[j]
            right[r] = zip(a, rhs).reduce(0) { $0 + $1.0[j] * $1.1 }
        }
        right[p] = target
        guard let solution = DenseAlgebra.solve(system, right) else { return nil }
        return (Array(solution[0..<p]), solution[p])
    }
}
