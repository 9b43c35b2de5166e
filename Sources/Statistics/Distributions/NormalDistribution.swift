import Foundation

/// The standard normal distribution.
public enum NormalDistribution {
    /// Φ(z) = ½·erfc(−z/√2).
    public static func cdf(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

    /// The p-quantile Φ⁻¹(p) (z₀.₉₇₅ = 1.959963984540…); ±infinity at p = 1 and p = 0.
    ///
    /// - Throws: `StatisticsError.invalidParameter` when p is outside [0, 1].
    public static func quantile(_ p: Double) throws -> Double {
        guard p >= 0, p <= 1 else { throw StatisticsError.invalidParameter(name: "p", value: p) }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        // Match the smaller tail so extreme probabilities keep their digits.
        let tail = min(p, 1 - p)
        let z = try RootFinding.brent(in: 0, 40) { 0.5 * erfc($0 / 2.0.squareRoot()) - tail }
        return p < 0.5 ? -z : z
    }
}
