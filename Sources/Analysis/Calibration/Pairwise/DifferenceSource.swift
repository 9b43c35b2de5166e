/// What a part of a score difference between two evaluators comes from.
public enum DifferenceSource: Hashable, Sendable {
    /// The evaluators recorded a fact differently (an unassessed fact against an
    /// assessed one counts, scored at its least value).
    case finding(fact: Int)
    /// The evaluators judged a `judgement` rule differently, or one did not judge it.
    case judgement(rule: Int)
    /// The evaluators overrode the subarea differently.
    case override
    /// More inputs differ than exact Shapley values allow; their joint effect.
    case unattributed
}

/// One part of a subarea's score difference, in points.
public struct DifferencePart: Sendable, Equatable {
    /// Where it comes from.
    public var source: DifferenceSource
    /// Its share of the difference (a Shapley value for findings and judgements).
    public var points: Double

    /// Creates a part.
    public init(source: DifferenceSource, points: Double) {
        self.source = source
        self.points = points
    }
}
