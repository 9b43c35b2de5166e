/// A two-sided confidence interval.
public struct ConfidenceInterval: Equatable, Sendable {
    /// The lower end.
    public let lower: Double
    /// The upper end.
    public let upper: Double
    /// The coverage, e.g. 0.95.
    public let level: Double

    /// Creates an interval.
    public init(lower: Double, upper: Double, level: Double) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// Whether `value` lies inside the closed interval.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }
}

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

/// Small helpers shared by the statistics in this folder.
enum StatisticsSupport {
    /// Checks that a confidence level lies strictly between 0 and 1.
    static func validatedLevel(_ level: Double) throws -> Double {
        guard level > 0, level < 1 else { throw StatisticsError.invalidParameter(name: "confidenceLevel", value: level) }
        return level
    }

    /// Values within 1e-12 of 1 are reported as exactly 1 (STATISTICS.md §6).
    static func snappedToOne(_ value: Double) -> Double { abs(value - 1) <= 1e-12 ? 1 : value }

    /// The two-sided critical value t_{(1+level)/2, df}.
    static func tCritical(level: Double, degrees: Double) throws -> Double {
        try StudentTDistribution(degreesOfFreedom: degrees).quantile((1 + level) / 2)
    }
}
