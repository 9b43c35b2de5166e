/// The status of a rule on some findings.
public enum RuleStatus: String, Sendable {
    /// At the rule's best value.
    case hit
    /// Between 0 and the best value.
    case partial
    /// 0, assessed.
    case miss
    /// Depends on unassessed facts or an absent judgement.
    case unassessed
}

/// What a rule gives on some findings.
public struct RuleOutcome: Sendable, Equatable {
    /// The value counted: the exact value when assessed, else the least value.
    public var value: Rational
    /// The largest value the rule could reach once everything is assessed (equals
    /// `value` when assessed).
    public var upper: Rational
    /// Whether the outcome depends on nothing unassessed.
    public var assessed: Bool
    /// What the rule's own `cap` removed (0 for kinds without one).
    public var ownCapCut: Rational

    /// An assessed outcome.
    public static func assessed(_ value: Rational, ownCapCut: Rational = .zero) -> RuleOutcome {
        RuleOutcome(value: value, upper: value, assessed: true, ownCapCut: ownCapCut)
    }

    /// An unassessed outcome between `least` and `upper`.
    public static func unassessed(least: Rational = .zero, upper: Rational) -> RuleOutcome {
        RuleOutcome(value: least, upper: upper, assessed: false, ownCapCut: .zero)
    }

    /// The status given the rule's best value.
    public func status(best: Rational) -> RuleStatus {
        if !assessed { return .unassessed }
        if value == .zero { return .miss }
        return value >= best ? .hit : .partial
    }
}

/// A finding change that would raise a rule's value.
public struct Improvement: Sendable {
    /// The changes to make (usually one).
    public var changes: [FindingChange]
    /// The rule's value after the changes.
    public var value: Rational

    /// Creates an improvement.
    public init(changes: [FindingChange], value: Rational) {
        self.changes = changes
        self.value = value
    }
}

/// One finding set to a new value.
public struct FindingChange: Sendable, Hashable {
    /// The fact's index.
    public var fact: Int
    /// Its new value (for a set, the whole new set), or nil for a judgement.
    public var value: FactValue?
    /// The judgement's new value, when the change is a judgement.
    public var judgement: Rational?

    /// A change of a fact.
    public init(fact: Int, value: FactValue) {
        self.fact = fact
        self.value = value
        self.judgement = nil
    }

    /// A change of the rule's judgement.
    public init(judgement: Rational) {
        self.fact = -1
        self.value = nil
        self.judgement = judgement
    }
}
