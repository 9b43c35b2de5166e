import Engine

/// A subarea's score difference between two evaluators (first minus second), split
/// exactly: the rule difference into Shapley values over the differing findings and
/// judgements, plus the override difference.
public struct SubareaDifference: Sendable {
    /// The subarea's index.
    public var subarea: Int
    /// Reported score of the first minus reported score of the second.
    public var difference: Rational
    /// Computed (rule) score of the first minus that of the second.
    public var ruleDifference: Rational
    /// What the overrides changed for the first minus what they changed for the second.
    public var overrideDifference: Rational
    /// Findings and judgements in fact and rule order, then the override when it differs;
    /// the parts sum to ``difference``.
    public var parts: [DifferencePart]

    /// Whether the evaluators differ on anything this subarea reads.
    public var hasDifferences: Bool { !parts.isEmpty }
}
