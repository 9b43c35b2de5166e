/// What a rule can give under the types of the facts it reads: the scoring lint of
/// `check` builds on it (DESIGN.md, "Rule kinds": each kind reports its best value; this
/// adds the least, the most reachable, the parts that can never apply, and how the value
/// moves with each fact).
public struct RuleReach: Sendable, Equatable {
    /// The least value once every fact the rule reads is assessed.
    public var least: Rational
    /// The most the rule can give under the fact types; at most ``RuleKind/best``.
    public var most: Rational
    /// Parts of the clause that can never apply, each a phrase such as
    /// `band '>= 5' needs 5 items, and 'k' has at most 4`.
    public var deadParts: [String]
    /// How the value moves with each fact, one entry per reading that can move it (a test
    /// that is always true or always false adds none).
    public var readings: [FactReading]

    /// Creates a reach.
    public init(least: Rational, most: Rational, deadParts: [String] = [], readings: [FactReading]) {
        self.least = least
        self.most = most
        self.deadParts = deadParts
        self.readings = readings
    }
}

/// One reading of a fact by a rule, with the direction the rule's value moves in as
/// the fact rises (along its ladder, its numbers, or by set inclusion).
public struct FactReading: Sendable, Equatable {
    /// The fact's index.
    public var fact: Int
    /// The direction.
    public var direction: Monotonicity

    /// Creates a reading.
    public init(fact: Int, direction: Monotonicity) {
        self.fact = fact
        self.direction = direction
    }
}

/// How a value moves as its input rises.
public enum Monotonicity: String, Sendable, Equatable {
    /// Never falls.
    case increasing
    /// Never rises.
    case decreasing
    /// Either, or not known.
    case mixed

    /// The direction under a negation.
    public var flipped: Monotonicity {
        switch self {
        case .increasing: return .decreasing
        case .decreasing: return .increasing
        case .mixed: return .mixed
        }
    }
}

extension RuleKind {
    /// The default reach: from 0 to ``best``, every fact read in no known direction.
    public func reach(_ catalog: FactCatalog) -> RuleReach {
        RuleReach(least: .zero, most: best, readings: factsRead.map { FactReading(fact: $0, direction: .mixed) })
    }
}
