import Engine

/// What a plan search optimises.
public enum PlanGoal: Sendable, Equatable {
    /// The set of actions with the largest total gain whose cost fits the budget.
    case budget(Rational)
    /// The cheapest set of actions whose exact total reaches the target.
    case target(Rational)
}

/// How a plan search finds its answer.
public enum PlanSearchMethod: Sendable, Equatable {
    /// By independent parts on Pareto fronts when the interacting groups are small, else by
    /// dynamic programming along the plan's structure, else branch and bound.
    case automatic
    /// Branch and bound only.
    case branchAndBound
    /// Dynamic programming along the plan's structure (``StructuredSearch``), else branch and bound.
    case structured
}

/// The answer of a plan search, verified by re-scoring the chosen set with the plain evaluator.
public struct PlanSearchResult: Sendable {
    /// What was optimised.
    public var goal: PlanGoal
    /// The chosen actions (plan indices, ascending); nil when no set reaches the target.
    public var chosen: [Int]?
    /// The evidence's total.
    public var baseTotal: Rational
    /// The chosen set's total, from the plain evaluator.
    public var total: Rational
    /// The chosen set's cost (an action without a cost counts as 0).
    public var cost: Rational
    /// Whether the answer is proven optimal (the search finished).
    public var exact: Bool
    /// How the answer was found.
    public var method: String
    /// Nodes of the search tree visited.
    public var nodes: Int
    /// When not exact: the proven bound the answer is measured against, the most any
    /// affordable set could total (budget) or the least any reaching set could cost (target).
    public var bound: Rational?
    /// When no set reaches the target: the most any set of the plan's actions totals.
    public var bestReachable: Rational?
    /// The actions searched: those that raise the score in some combination.
    public var searched: [Int]
    /// The actions left out because no combination lets them raise the score.
    public var neverRaise: [Int]
    /// Actions without a cost (counted as 0).
    public var uncosted: [Int]
    /// Subareas evaluated to build the search tables (and to fill them lazily).
    public var subareaEvaluations: Int
    /// The width of the tree decomposition the structured search answered over; nil when it did not answer.
    public var treeWidth: Int? = nil
    /// The bits of the points' common scale when 128 do not hold it (nil: 128-bit integers).
    public var scaleBits: Int? = nil
    /// Why the structured search gave way to branch and bound, when it did.
    public var gaveWay: PlanSearchGiveWay? = nil

    /// The gain over the evidence.
    public var gain: Rational { total.subtractingOrZero(baseTotal) }

    /// When not exact: the gap between the answer and the bound (points or cost).
    public var gap: Rational? {
        guard let bound else { return nil }
        switch goal {
        case .budget: return bound.subtractingOrZero(total)
        case .target: return cost.subtractingOrZero(bound)
        }
    }
}

/// Why the dynamic program along the plan's structure gave way to branch and bound.
public enum PlanSearchGiveWay: Sendable, Equatable, CustomStringConvertible {
    /// A rule reads more actions' facts than a table may enumerate (``limit``) and counts no set,
    /// or a value is negative.
    case shape(limit: Int)
    /// The interaction graph has no tree decomposition of at most this width.
    case width(limit: Int)
    /// More than this many states after one action.
    case states(limit: Int)
    /// More than this many states after one action, bounded before building any.
    case estimate(limit: Int)
    /// More than this many sets weighed.
    case sets(limit: Int)

    /// In English, as the method says it.
    public var description: String {
        switch self {
        case .shape(let limit): "a rule reads more than \(limit) actions' facts and counts no set, or a value is negative"
        case .width(let limit): "its elimination order gives the interaction graph no tree decomposition of width at most \(limit)"
        case .states(let limit): "the dynamic program kept more than \(limit) states after one action"
        case .estimate(let limit): "its decomposition allows more than \(limit) states after one action"
        case .sets(let limit): "the dynamic program weighed more than \(limit) sets"
        }
    }
}

/// A plan search that cannot run or whose answer failed its check.
public enum PlanSearchError: Error, Sendable, CustomStringConvertible {
    /// Exact arithmetic overflowed.
    case overflow(ArithmeticOverflow)
    /// Costs need a finer common scale than 80 bits. (Points never do: they go on a scale of
    /// any size.)
    case scale(String)
    /// More than 64 actions change facts read by one subarea (or rule). Not thrown by the
    /// search any more (such a unit is scored on demand by wider masks); kept for callers
    /// that name it.
    case crowded(unit: String, actions: Int)
    /// Re-scoring the chosen set with the plain evaluator gave another total than the search: a bug.
    case verification(predicted: Rational, rescored: Rational)

    /// A lower-case message.
    public var description: String {
        switch self {
        case .overflow(let overflow): "\(overflow.description) in the plan search [eval.overflow]"
        case .scale(let what): "the plan search cannot put \(what) on one exact integer scale"
        case .crowded(let unit, let actions):
            "\(actions) actions change facts that \(unit) reads; the plan search handles at most 64 there"
        case .verification(let predicted, let rescored):
            "internal error: the search predicted \(predicted.decimalString()) but re-scoring gives \(rescored.decimalString())"
        }
    }
}
