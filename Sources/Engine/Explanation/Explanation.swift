/// What `explain` can explain.
public enum ExplanationTarget: Sendable, Equatable {
    case area(Int)
    case subarea(Int)
    case rule(Int)
}

/// Who reads an explanation.
public enum Audience: String, Sendable, CaseIterable {
    /// A narrative citing the evidence.
    case auditor
    /// A compact view with rule ids.
    case evaluator
    /// A to-do list.
    case planner
}

/// One fact a rule read, with its finding.
public struct ReadFact: Sendable {
    public var fact: Int
    public var path: String
    /// The value, or nil when unassessed.
    public var value: FactValue?
    /// The fact's ladder, for writing a level.
    public var ladder: Ladder?
    public var finding: Finding?
}

/// One rule's part of an explanation.
public struct RuleExplanation: Sendable {
    public var rule: Int
    public var id: String
    public var title: String
    public var why: String?
    public var status: RuleStatus
    public var points: Rational
    public var capCut: Rational
    public var ownCapCut: Rational
    public var bounds: Bounds
    public var facts: [ReadFact]
    public var judgement: Verdict?
}

/// A way to earn more: for one rule below its best, the finding change that takes it to
/// its best, with the intermediate steps where the kind has them.
public struct Headroom: Sendable {
    /// One change of the rule's findings and what it gives.
    public struct Step: Sendable {
        /// The finding changes (a judgement's value for a judgement).
        public var changes: [FindingChange]
        /// The rule's value after the change.
        public var ruleValue: Rational
        /// The subarea's gain, re-scored with this change alone.
        public var gain: Rational
    }

    public var rule: Int
    public var ruleID: String
    /// The finding changes that take the rule to its best.
    public var changes: [FindingChange]
    /// The subarea's gain, re-scored with the change to the best alone.
    public var gain: Rational
    /// Smaller steps on the way, lowest first (empty when the best is one step away).
    public var steps: [Step]
}

/// How the points missing to a subarea's maximum are accounted for: what the listed
/// changes give together, and what the rest is.
public struct Reconciliation: Sendable {
    /// Why some of the missing points are not earned by the listed changes.
    public enum Rest: Sendable, Equatable {
        /// The evaluators' override fixes the score; findings do not change it.
        case override(Rational)
        /// The rules at their best together give less than the maximum.
        case ceiling(Rational)
        /// Rules below their best that no change of findings raises (by id).
        case unreachable(Rational, rules: [String])
        /// Rules the listed changes do not take to their best (by id).
        case notToBest(Rational, rules: [String])
        /// Changes that work against each other when made together.
        case interaction(Rational)
        /// Points a rule would add that the subarea's maximum cuts.
        case cap(Rational)

        /// The points this part accounts for.
        public var points: Rational {
            switch self {
            case .override(let p), .ceiling(let p), .unreachable(let p, _), .notToBest(let p, _), .interaction(let p),
                .cap(let p):
                p
            }
        }
    }

    /// Points missing to the maximum.
    public var missing: Rational
    /// The listed changes together, re-scored as one scenario.
    public var together: Rational
    /// The rest, each part named; `together` and the rest add up to `missing`.
    public var rest: [Rest]
}

/// One subarea explained.
public struct SubareaExplanation: Sendable {
    public var subarea: Int
    public var id: String
    public var title: String
    public var mode: SubareaMode
    public var points: Rational
    public var computed: Rational
    public var max: Rational
    public var bounds: Bounds
    public var capCut: Rational
    public var override: Verdict?
    public var rules: [RuleExplanation]
    public var unassessed: [String]
    public var unjudged: [String]
    public var headroom: [Headroom]
    /// How the missing points are accounted for (for a rule target: the rule's own).
    public var reconciliation: Reconciliation
    /// For a rule target, the headroom of the subarea's other rules: where the subarea's
    /// other missing points are. Empty for area and subarea targets.
    public var elsewhere: [Headroom] = []
    /// For a rule target, the points the subarea misses to its maximum.
    public var subareaMissing: Rational = .zero
}

/// An explanation of an area, subarea or rule, with the provenance of its score.
public struct Explanation: Sendable {
    public var target: ExplanationTarget
    /// The area's id, title, points and max when the target is an area.
    public var area: (id: String, title: String, points: Rational, max: Rational, bounds: Bounds)?
    /// The subareas explained (one for a subarea or rule target).
    public var subareas: [SubareaExplanation]
    /// The rule, when the target is a rule.
    public var ruleID: String?
    /// The scored evidence explained: what the explanation's provenance names.
    public var scored: ScoredEvidence

    /// Whether texts are Swedish.
    public var swedish: Bool { scored.isSwedish }
}
