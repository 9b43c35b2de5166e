/// Identifiability of a findings matrix X (units × rules) before weights are fitted
/// (docs/STATISTICS.md §5.4).
public struct DesignDiagnostics: Equatable, Sendable {
    /// Two rules whose findings are identical on every unit: their weights cannot be separated.
    public struct AliasedPair: Equatable, Sendable {
        /// The first rule (column).
        public let first: Int
        /// The second rule (column), greater than `first`.
        public let second: Int
    }

    /// The numerical rank (singular values above max(m, n)·ε·σ_max, as numpy's `matrix_rank`).
    public let rank: Int
    /// The 2-norm condition number σ_max/σ_min; `+infinity` when the rank is deficient.
    public let conditionNumber: Double
    /// The singular values, descending.
    public let singularValues: [Double]
    /// Rules never observed (an all-zero column): their weight is not identifiable.
    public let unobservedRules: [Int]
    /// Pairs of rules that always co-occur.
    public let aliasedPairs: [AliasedPair]

    /// Diagnoses `findings`.
    ///
    /// - Throws: `raggedRows`, `nonFiniteValue` or `tooFewSubjects` for an empty matrix.
    public init(findings: [[Double]]) throws {
        let n = try LeastSquaresInput.validate(findings, [Double](repeating: 0, count: findings.count))
        let columns = (0..<n).map { j in findings.map { $0[j] } }
        let values = DenseAlgebra.singularValues(columns: columns)
        let largest = values.first ?? 0
        let threshold = Double(max(findings.count, n)) * Double.ulpOfOne * largest
        rank = values.filter { $0 > threshold }.count
        let smallest = values.count <= findings.count ? values.last ?? 0 : 0
        conditionNumber = rank == n && smallest > 0 ? largest / smallest : .infinity
        singularValues = values
        unobservedRules = (0..<n).filter { j in columns[j].allSatisfy { $0 == 0 } }
        var pairs: [AliasedPair] = []
        for p in 0..<n {
            for q in (p + 1)..<max(p + 1, n) where columns[p] == columns[q] {
                pairs.append(AliasedPair(first: p, second: q))
            }
        }
        aliasedPairs = pairs
    }
}
