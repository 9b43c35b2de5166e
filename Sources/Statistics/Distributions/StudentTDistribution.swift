/// Student's t distribution with real (possibly non-integer) degrees of freedom.
public struct StudentTDistribution: Equatable, Sendable {
    /// Degrees of freedom ν.
    public let degreesOfFreedom: Double

    /// Creates the distribution; ν must be positive and finite.
    public init(degreesOfFreedom: Double) throws {
        guard degreesOfFreedom > 0, degreesOfFreedom.isFinite else {
            throw StatisticsError.invalidParameter(name: "degreesOfFreedom", value: degreesOfFreedom)
        }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(T ≤ t) = 1 − ½·I_{ν/(ν+t²)}(ν/2, ½) for t > 0, and symmetric.
    public func cdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        let tail = upperTail(abs(t))
        return t > 0 ? 1 - tail : tail
    }

    /// P(T > t).
    public func survival(_ t: Double) -> Double { cdf(-t) }

    /// The p-quantile (scipy `t.ppf`); ±infinity at p = 1 and p = 0.
    ///
    /// - Throws: `StatisticsError.invalidParameter` when p is outside [0, 1].
    public func quantile(_ p: Double) throws -> Double {
        guard p >= 0, p <= 1 else { throw StatisticsError.invalidParameter(name: "p", value: p) }
        if p == 0.5 { return 0 }
        let tail = p < 0.5 ? p : 1 - p
        let nu = degreesOfFreedom
        // I_x(ν/2, ½) = 2·tail with x = ν/(ν + t²), so t² = ν(1 − x)/x.
        let root = try RootFinding.inverseIncompleteBeta(2 * tail, a: nu / 2, b: 0.5)
        let magnitude = root.x > 0 ? (nu * root.complement / root.x).squareRoot() : .infinity
        return p < 0.5 ? -magnitude : magnitude
    }

    /// P(T > t) for t ≥ 0.
    private func upperTail(_ t: Double) -> Double {
        if t == .infinity { return 0 }
        let nu = degreesOfFreedom
        let t2 = t * t
        let beta = SpecialFunctions.incompleteBeta(x: nu / (nu + t2), complement: t2 / (nu + t2), a: nu / 2, b: 0.5)
        return 0.5 * beta.lower
    }
}
