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
