/// An F test: statistic, degrees of freedom and upper-tail p-value.
public struct FTest: Equatable, Sendable {
    /// The F statistic (may be `+infinity` when the error mean square is 0).
    public let statistic: Double
    /// Numerator degrees of freedom.
    public let numeratorDegrees: Double
    /// Denominator degrees of freedom.
    public let denominatorDegrees: Double
    /// P(F ≥ statistic) under the null hypothesis.
    public let pValue: Double

    /// Computes the p-value of `statistic` on the given degrees of freedom.
    public init(statistic: Double, numeratorDegrees: Double, denominatorDegrees: Double) throws {
        self.statistic = statistic
        self.numeratorDegrees = numeratorDegrees
        self.denominatorDegrees = denominatorDegrees
        let distribution = try FDistribution(numeratorDegrees: numeratorDegrees, denominatorDegrees: denominatorDegrees)
        self.pValue = distribution.survival(statistic)
    }
}
