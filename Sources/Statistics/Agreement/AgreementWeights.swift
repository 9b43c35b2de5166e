/// Agreement weights w_kl between declared categories (docs/STATISTICS.md §2.3 and §2.5).
///
/// Weights are 1 on the diagonal. Linear and quadratic weights use the declared
/// values (so their range is max − min of the *declared* set); ordinal weights use
/// category indices, as irrCAC does.
public enum AgreementWeights: String, CaseIterable, Sendable {
    /// w_kl = 1 if k = l, else 0 (unweighted; AC1, Fleiss' κ).
    case identity
    /// w_kl = 1 − |v_k − v_l| / (v_max − v_min).
    case linear
    /// w_kl = 1 − (v_k − v_l)² / (v_max − v_min)².
    case quadratic
    /// w_kl = 1 − M_kl / max M, with M_kl = d(d + 1)/2 and d = |k − l| on indices.
    case ordinal

    /// The q × q weight matrix for declared categories sorted ascending.
    public func matrix(for categories: [Double]) -> [[Double]] {
        let q = categories.count
        let range = (categories.max() ?? 0) - (categories.min() ?? 0)
        let largest = Double((q - 1) * q) / 2
        return (0..<q).map { k in
            (0..<q).map { l in
                if k == l { return 1 }
                switch self {
                case .identity:
                    return 0
                case .linear:
                    return 1 - abs(categories[k] - categories[l]) / range
                case .quadratic:
                    let d = (categories[k] - categories[l]) / range
                    return 1 - d * d
                case .ordinal:
                    let d = Double(abs(k - l))
                    return 1 - d * (d + 1) / 2 / largest
                }
            }
        }
    }

    /// The declared categories, sorted; at least two distinct finite values.
    static func validated(_ categories: [Double]) throws -> [Double] {
        guard categories.count >= 2 else {
            throw StatisticsError.invalidCategories(reason: "at least two categories must be declared")
        }
        if let bad = categories.first(where: { !$0.isFinite }) {
            throw StatisticsError.invalidCategories(reason: "category \(bad) is not finite")
        }
        let sorted = categories.sorted()
        for (a, b) in zip(sorted, sorted.dropFirst()) where a == b {
            throw StatisticsError.invalidCategories(reason: "category \(a) is declared twice")
        }
        return sorted
    }
}
