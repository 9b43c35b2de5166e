/// An F test: statistic, degrees of freedom and upper-tail p-value, or why it is undefined.
public struct FTest: Equatable, Sendable {
    /// The F statistic; nil when undefined (the denominator mean square is 0).
    public let statistic: Double?
    /// Numerator degrees of freedom.
    public let numeratorDegrees: Double
    /// Denominator degrees of freedom.
    public let denominatorDegrees: Double
    /// P(F ≥ statistic) under the null hypothesis; nil when undefined.
    public let pValue: Double?
    /// Why the test is undefined; nil when it is defined.
    public let undefined: UndefinedReason?

    /// Computes the p-value of `statistic` on the given degrees of freedom.
    public init(statistic: Double, numeratorDegrees: Double, denominatorDegrees: Double) throws {
        let distribution = try FDistribution(numeratorDegrees: numeratorDegrees, denominatorDegrees: denominatorDegrees)
        self.statistic = statistic
        self.numeratorDegrees = numeratorDegrees
        self.denominatorDegrees = denominatorDegrees
        self.pValue = distribution.survival(statistic)
        self.undefined = nil
    }

    /// A test that is undefined for `reason`.
    public init(undefined reason: UndefinedReason, numeratorDegrees: Double, denominatorDegrees: Double) {
        self.statistic = nil
        self.numeratorDegrees = numeratorDegrees
        self.denominatorDegrees = denominatorDegrees
        self.pValue = nil
        self.undefined = reason
    }

    /// numerator/denominator, undefined (no residual variance) when the denominator mean
    /// square is exactly 0 — the callers decide zero up to rounding before calling.
    static func ratio(
        _ numerator: Double, _ denominator: Double, numeratorDegrees: Double, denominatorDegrees: Double
    ) throws -> FTest {
        guard denominator > 0 else {
            return FTest(
                undefined: .noResidualVariance, numeratorDegrees: numeratorDegrees,
                denominatorDegrees: denominatorDegrees)
        }
        return try FTest(
            statistic: numerator / denominator, numeratorDegrees: numeratorDegrees,
            denominatorDegrees: denominatorDegrees)
    }
}
