/// Exact Shapley values, used to split a score difference between evaluators across the
/// rules whose findings differ (docs/STATISTICS.md §4). Correct with caps and with rules
/// that only pay when several findings are present together.
public enum ShapleyValues {
    /// The largest number of players computed exactly (2^20 evaluations of the worth).
    public static let maximumExactPlayers = 20

    /// φ_r = Σ_{S ⊆ N∖{r}} |S|!(n − |S| − 1)!/n! · [v(S ∪ {r}) − v(S)].
    ///
    /// - Parameters:
    ///   - playerCount: n.
    ///   - worth: v(S) for a coalition given as membership flags of length n.
    /// - Returns: φ, which sums to v(N) − v(∅).
    /// - Throws: `tooManyPlayers` above `maximumExactPlayers`, `invalidParameter` for a
    ///   negative count, or whatever `worth` throws.
    public static func exact(playerCount n: Int, worth: ([Bool]) throws -> Double) throws -> [Double] {
        guard n >= 0 else { throw StatisticsError.invalidParameter(name: "playerCount", value: Double(n)) }
        guard n <= maximumExactPlayers else {
            throw StatisticsError.tooManyPlayers(count: n, limit: maximumExactPlayers)
        }
        if n == 0 { return [] }
        var values = [Double](repeating: 0, count: 1 << n)
        for mask in values.indices {
            values[mask] = try worth((0..<n).map { mask & (1 << $0) != 0 })
        }
        // weight(s) = s!(n − s − 1)!/n! = 1/(n·C(n − 1, s)).
        var binomial = 1.0
        var weights = [Double](repeating: 0, count: n)
        for s in 0..<n {
            weights[s] = 1 / (Double(n) * binomial)
            binomial = binomial * Double(n - 1 - s) / Double(s + 1)
        }
        var phi = [Double](repeating: 0, count: n)
        for mask in values.indices {
            let size = mask.nonzeroBitCount
            for r in 0..<n where mask & (1 << r) == 0 {
                phi[r] += weights[size] * (values[mask | (1 << r)] - values[mask])
            }
        }
        return phi
    }

    /// Splits score(other) − score(base) across the rules (positions) where the two
    /// findings vectors differ; rules that agree get 0.
    ///
    /// v(S) = score(base with the rules in S switched to `other`'s values) − score(base).
    ///
    /// - Throws: `dimensionMismatch` for vectors of different length, `tooManyPlayers`
    ///   when more than `maximumExactPlayers` rules differ, or whatever `score` throws.
    public static func ruleContributions(
        from base: [Double], to other: [Double], score: ([Double]) throws -> Double
    ) throws -> [Double] {
        guard base.count == other.count else {
            throw StatisticsError.dimensionMismatch(expected: base.count, found: other.count)
        }
        let differing = base.indices.filter { base[$0] != other[$0] }
        let baseline = try score(base)
        let phi = try exact(playerCount: differing.count) { coalition in
            var switched = base
            for (k, r) in differing.enumerated() where coalition[k] { switched[r] = other[r] }
            return try score(switched) - baseline
        }
        var contributions = [Double](repeating: 0, count: base.count)
        for (k, r) in differing.enumerated() { contributions[r] = phi[k] }
        return contributions
    }
}
