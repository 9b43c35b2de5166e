/// Small helpers shared by the statistics in this folder.
enum StatisticsSupport {
    /// Checks that a confidence level lies strictly between 0 and 1.
    static func validatedLevel(_ level: Double) throws -> Double {
        guard level > 0, level < 1 else {
            throw StatisticsError.invalidParameter(name: "confidenceLevel", value: level)
        }
        return level
    }

    /// Values within 1e-12 of 1 are reported as exactly 1 (docs/STATISTICS.md §6).
    static func snappedToOne(_ value: Double) -> Double { abs(value - 1) <= 1e-12 ? 1 : value }

    /// The two-sided critical value t_{(1+level)/2, df}.
    static func tCritical(level: Double, degrees: Double) throws -> Double {
        try StudentTDistribution(degreesOfFreedom: degrees).quantile((1 + level) / 2)
    }
}
