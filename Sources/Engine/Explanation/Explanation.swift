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

/// A way to earn more: the smallest finding change for one rule and what it gains.
public struct Headroom: Sendable {
    public var rule: Int
    public var ruleID: String
    /// The finding changes that earn it (a judgement's value for a judgement).
    public var changes: [FindingChange]
    /// The subarea's gain, re-scored with the change alone.
    public var gain: Rational
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
