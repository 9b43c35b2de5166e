/// The least and the most a score could be once everything unassessed is assessed.
public struct Bounds: Sendable, Equatable {
    /// The least.
    public var min: Rational
    /// The most.
    public var max: Rational

    /// Both ends.
    public init(min: Rational, max: Rational) {
        self.min = min
        self.max = max
    }

    /// Whether the score is settled (both ends equal).
    public var isExact: Bool { min == max }
}

/// One rule's part of a score.
public struct RuleScore: Sendable {
    /// What the kind gave.
    public var outcome: RuleOutcome
    /// Its status.
    public var status: RuleStatus
    /// Its contribution in points before the subarea's cap (weighted: `max·w·s/Σw`).
    public var points: Rational
    /// Its share of the subarea's cap cut.
    public var capCut: Rational
    /// The least and most it could contribute, in points.
    public var bounds: Bounds
}

/// One subarea's score.
public struct SubareaScore: Sendable {
    /// The computed score (rules, cap).
    public var computed: Rational
    /// The reported score: the override when there is one, else the computed score.
    public var points: Rational
    /// What the subarea's cap cut from the rules' sum.
    public var capCut: Rational
    /// Bounds of the reported score.
    public var bounds: Bounds
    /// The override, if any.
    public var override: Verdict?
}

/// One area's score.
public struct AreaScore: Sendable {
    /// The sum of its subareas, capped at its maximum.
    public var points: Rational
    /// Bounds.
    public var bounds: Bounds
}

/// A whole score, with every rule, subarea and area, indexed like the instrument.
public struct Score: Sendable {
    public var rules: [RuleScore]
    public var subareas: [SubareaScore]
    public var areas: [AreaScore]
    public var total: Rational
    public var totalBounds: Bounds
    /// Facts read by some rule and not assessed, in declaration order.
    public var unassessed: [Int]
    /// Judgement rules without a judgement, in declaration order.
    public var unjudged: [Int]
}
