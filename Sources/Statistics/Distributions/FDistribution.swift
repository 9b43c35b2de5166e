/// Fisher's F distribution with real (possibly non-integer) degrees of freedom.
public struct FDistribution: Equatable, Sendable {
    /// Numerator degrees of freedom d₁.
    public let numeratorDegrees: Double
    /// Denominator degrees of freedom d₂.
    public let denominatorDegrees: Double

    /// Creates the distribution; both degrees of freedom must be positive and finite.
    public init(numeratorDegrees: Double, denominatorDegrees: Double) throws {
        guard numeratorDegrees > 0, numeratorDegrees.isFinite else {
            throw StatisticsError.invalidParameter(name: "numeratorDegrees", value: numeratorDegrees)
        }
        guard denominatorDegrees > 0, denominatorDegrees.isFinite else {
            throw StatisticsError.invalidParameter(name: "denominatorDegrees", value: denominatorDegrees)
        }
        self.numeratorDegrees = numeratorDegrees
        self.denominatorDegrees = denominatorDegrees
    }

    /// P(F ≤ x) = I_{d₁x/(d₁x + d₂)}(d₁/2, d₂/2).
    public func cdf(_ x: Double) -> Double { tails(x).lower }

    /// P(F > x), accurate for tiny p-values.
    public func survival(_ x: Double) -> Double { tails(x).upper }

    /// The p-quantile (scipy `f.ppf`); `+infinity` for p = 1.
    ///
    /// - Throws: `StatisticsError.invalidParameter` when p is outside [0, 1].
    public func quantile(_ p: Double) throws -> Double {
        guard p >= 0, p <= 1 else { throw StatisticsError.invalidParameter(name: "p", value: p) }
        let d1 = numeratorDegrees
        let d2 = denominatorDegrees
        let root = try RootFinding.inverseIncompleteBeta(p, a: d1 / 2, b: d2 / 2)
        guard root.complement > 0 else { return .infinity }
        return d2 * root.x / (d1 * root.complement)
    }

    private func tails(_ x: Double) -> (lower: Double, upper: Double) {
        if x.isNaN { return (.nan, .nan) }
        if x <= 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        let d1 = numeratorDegrees
        let d2 = denominatorDegrees
        let denominator = d1 * x + d2
        return SpecialFunctions.incompleteBeta(
            x: d1 * x / denominator, complement: d2 / denominator, a: d1 / 2, b: d2 / 2)
    }
}
