import Engine

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
