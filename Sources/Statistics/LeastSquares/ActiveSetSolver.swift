/// Lawson–Hanson's active-set NNLS (1974, ch. 23), generalised to lower and upper bounds
/// as in Stark & Parker's BVLS (docs/STATISTICS.md §5.2–5.3).
///
/// With l = 0 and u = ∞ it is exactly Lawson–Hanson. Each coefficient is held at its
/// lower bound, at its upper bound, or free; free coefficients solve an unconstrained
/// least-squares problem (Householder QR) with the others fixed.
struct ActiveSetSolver {
    enum State { case atLower, atUpper, free }

    let a: [[Double]]
    let b: [Double]
    let lower: [Double]
    let upper: [Double]
    /// τ = 10·ε·‖A‖₁·max(m, n).
    let tolerance: Double

    private(set) var x: [Double]
    private(set) var state: [State]
    private(set) var iterations = 0

    init(a: [[Double]], b: [Double], lower: [Double], upper: [Double]) {
        self.a = a
        self.b = b
        self.lower = lower
        self.upper = upper
        let n = lower.count
        let norm1 = (0..<n).reduce(0.0) { best, j in max(best, a.reduce(0) { $0 + abs($1[j]) }) }
        tolerance = 10 * Double.ulpOfOne * norm1 * Double(max(a.count, n))
        // Start every coefficient at its finite bound nearest 0 (0 itself for NNLS);
        // only coefficients with no finite bound start free.
        var start = [Double](repeating: 0, count: n)
        var initial = [State](repeating: .free, count: n)
        for j in 0..<n {
            let hasLower = lower[j].isFinite
            let hasUpper = upper[j].isFinite
            if hasLower && (!hasUpper || abs(lower[j]) <= abs(upper[j])) {
                (start[j], initial[j]) = (lower[j], .atLower)
            } else if hasUpper {
                (start[j], initial[j]) = (upper[j], .atUpper)
            }
        }
        x = start
        state = initial
    }

    /// Runs the method to its KKT point.
    mutating func solve() throws {
        let n = x.count
        if state.contains(.free) {
            guard try relax(entered: nil) else { throw StatisticsError.rankDeficient }
        }
        let limit = 10 * n + 10
        while true {
            iterations += 1
            guard iterations <= limit else { throw StatisticsError.didNotConverge(iterations: limit) }
            let w = negativeGradient()
            var rejected = Set<Int>()
            var moved = false
            while !moved {
                // The bound coefficient whose release most decreases the objective.
                var best: Int?
                for j in 0..<n where !rejected.contains(j) && lower[j] < upper[j] {
                    let violates =
                        (state[j] == .atLower && w[j] > tolerance) || (state[j] == .atUpper && w[j] < -tolerance)
                    if violates, best.map({ abs(w[j]) > abs(w[$0]) }) ?? true { best = j }
                }
                guard let t = best else { return }
                moved = try relax(entered: t)
                if !moved { rejected.insert(t) }
            }
        }
    }

    /// w = Aᵀ(b − A·x).
    private func negativeGradient() -> [Double] {
        let residual = zip(b, DenseAlgebra.multiply(a, x)).map { $0 - $1 }
        return DenseAlgebra.multiplyTransposed(a, residual, columns: x.count)
    }

    /// Frees `entered` (if any) and alternates least-squares solves on the free set with
    /// steps back to the first bound hit. Returns false, undoing the release, when the
    /// entering coefficient would not move inward or makes the free columns dependent.
    private mutating func relax(entered: Int?) throws -> Bool {
        let previous = entered.map { state[$0] }
        if let t = entered { state[t] = .free }
        var first = true
        for _ in 0...(3 * x.count + 3) {
            let free = x.indices.filter { state[$0] == .free }
            var rhs = b
            for j in x.indices where state[j] != .free && x[j] != 0 {
                for i in rhs.indices { rhs[i] -= a[i][j] * x[j] }
            }
            guard let qr = HouseholderQR(columns: free.map { j in a.map { $0[j] } }) else {
                if first, let t = entered, let previous {
                    state[t] = previous
                    return false
                }
                throw StatisticsError.rankDeficient
            }
            let z = qr.solve(rhs)
            if first, let t = entered, let k = free.firstIndex(of: t) {
                let inward = previous == .atLower ? z[k] > x[t] : z[k] < x[t]
                if !inward {
                    state[t] = previous!
                    return false
                }
            }
            first = false
            // Step from x towards z until the first free coefficient reaches a bound.
            var step = Double.infinity
            var blocking: (index: Int, toLower: Bool)?
            for (k, j) in free.enumerated() {
                if z[k] - lower[j] <= tolerance {
                    let ratio = x[j] - z[k] > 0 ? (x[j] - lower[j]) / (x[j] - z[k]) : 0
                    if ratio < step { (step, blocking) = (ratio, (j, true)) }
                } else if upper[j] - z[k] <= tolerance {
                    let ratio = z[k] - x[j] > 0 ? (upper[j] - x[j]) / (z[k] - x[j]) : 0
                    if ratio < step { (step, blocking) = (ratio, (j, false)) }
                }
            }
            guard let blocking else {
                for (k, j) in free.enumerated() { x[j] = z[k] }
                return true
            }
            step = min(max(step, 0), 1)
            for (k, j) in free.enumerated() { x[j] += step * (z[k] - x[j]) }
            for j in free {
                if j == blocking.index {
                    x[j] = blocking.toLower ? lower[j] : upper[j]
                    state[j] = blocking.toLower ? .atLower : .atUpper
                } else if x[j] - lower[j] <= tolerance {
                    x[j] = lower[j]
                    state[j] = .atLower
                } else if upper[j] - x[j] <= tolerance {
                    x[j] = upper[j]
                    state[j] = .atUpper
                }
            }
        }
        throw StatisticsError.didNotConverge(iterations: 3 * x.count + 4)
    }
}
