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

/// The score difference between two evaluators of one municipality (first minus
/// second), subarea by subarea.
public struct PairDifference: Sendable {
    /// The first evaluation's position among the records compared.
    public var first: Int
    /// The second evaluation's position.
    public var second: Int
    /// Total of the first minus total of the second.
    public var total: Rational
    /// Every subarea, in the instrument's order.
    public var subareas: [SubareaDifference]
    /// The part of the total difference that area maxima cut (0 unless an area's
    /// subareas add up beyond its maximum).
    public var areaCapDifference: Rational

    /// The sum of the parts of one kind over every subarea, in points.
    public func sum(_ kind: (DifferenceSource) -> Bool) -> Double {
        subareas.reduce(0) { total, subarea in
            total + subarea.parts.filter { kind($0.source) }.reduce(0) { $0 + $1.points }
        }
    }

    /// The parts over every subarea that come from findings.
    public var findings: Double { sum { if case .finding = $0 { return true } else { return false } } }
    /// The parts over every subarea that come from judgements.
    public var judgements: Double { sum { if case .judgement = $0 { return true } else { return false } } }
    /// The parts over every subarea that come from overrides.
    public var overrides: Double { sum { $0 == .override } }
    /// The parts that could not be attributed to single inputs.
    public var unattributed: Double { sum { $0 == .unattributed } }
}
