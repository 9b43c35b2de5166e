/// A rule kind: a plugin that reads its own clause, checks its arguments, evaluates,
/// and explains itself. A kind is one type conforming to this protocol and one line in
/// a registry.
///
/// The engine names no kind: the built-in kinds live in the Rules library and are
/// handed to the engine in a ``RuleKindRegistry`` value.
public protocol RuleKind: Sendable {
    /// The kind's identifier, summary, clause words, parameters and examples.
    static var description: RuleKindDescription { get }

    /// Checks a clause and configures the rule, or reports located diagnostics and
    /// returns nil.
    init?(clause: borrowing KindClause, context: borrowing RuleContext, diagnostics: inout DiagnosticBag)

    /// ``init(clause:context:diagnostics:)`` as the checker calls it, through the kind's
    /// type: the default, inlined into each kind, builds the optional of the kind's own
    /// type where that type is known, not at run time (a runtime type look-up per rule).
    static func checked(clause: KindClause, context: RuleContext, diagnostics: inout DiagnosticBag) -> (any RuleKind)?

    /// The facts the rule reads, once per reading (a fact read twice appears twice).
    var factsRead: [Int] { get }

    /// Whether the rule reads the evaluator's judgement of itself.
    var readsJudgement: Bool { get }

    /// For a kind the evaluator judges, the largest judgement it accepts (`judgement max M`).
    var judgementMaximum: Rational? { get }

    /// The largest value the rule can give (points, or a satisfaction in a weighted subarea).
    var best: Rational { get }

    /// What the rule can give under the fact types, for the scoring lint of `check`: the
    /// least and the most, parts that never apply, directions (default: 0 to ``best``).
    func reach(_ catalog: FactCatalog) -> RuleReach

    /// The value the rule gives on these findings. When its outcome depends on
    /// unassessed facts, the outcome is unassessed, with its least and largest values.
    func evaluate(_ facts: FactReader) throws(ArithmeticOverflow) -> RuleOutcome

    /// The smallest finding changes that would raise the rule's value, with the value each
    /// would give. Empty when the rule is at its best or cannot be raised by findings.
    func improvements(_ facts: FactReader) throws(ArithmeticOverflow) -> [Improvement]

    /// The rule lowered to an engine primitive, so the compiled evaluator calls no plugin;
    /// nil when the kind cannot be lowered (it is then called through the protocol).
    func lower() -> Primitive?
}

extension RuleKind {
    /// Calls ``init(clause:context:diagnostics:)``.
    @inlinable
    public static func checked(clause: KindClause, context: RuleContext, diagnostics: inout DiagnosticBag) -> (any RuleKind)? {
        guard let kind = Self(clause: clause, context: context, diagnostics: &diagnostics) else { return nil }
        return kind
    }

    /// Most kinds read no judgement.
    public var readsJudgement: Bool { false }

    /// Most kinds read no judgement.
    public var judgementMaximum: Rational? { nil }

    /// By default a kind is called through the protocol.
    public func lower() -> Primitive? { nil }

}

/// What a rule kind tells about itself: the documentation and the tests of the kind.
public struct RuleKindDescription: Sendable {
    /// The name written in rules, such as `when`.
    public var identifier: String
    /// One sentence on what the kind does.
    public var summary: String
    /// The words of its clause after the name (`award`, `cap`, …); the parser stops the
    /// clause where these end.
    public var clauseWords: [String]
    /// Each parameter and what it means.
    public var parameters: [(name: String, meaning: String)]
    /// Examples: a rule in a subarea, findings, and the value the rule must give.
    public var examples: [RuleKindExample]

    /// Creates a description.
    public init(
        identifier: String, summary: String, clauseWords: [String], parameters: [(name: String, meaning: String)],
        examples: [RuleKindExample]
    ) {
        self.identifier = identifier
        self.summary = summary
        self.clauseWords = clauseWords
        self.parameters = parameters
        self.examples = examples
    }
}

/// One example of a kind: instrument text (declarations and one subarea with a rule
/// `x.1.a`), a test's `given` assignments, and the value the rule must give.
public struct RuleKindExample: Sendable {
    /// Fact and ladder declarations, then `area`, `subarea` and the rule, in the language.
    public var instrument: String
    /// `given` assignments of a test, in the language (may be empty).
    public var given: String
    /// The rule's expected value (points, or points of a weighted subarea).
    public var expected: String

    /// Creates an example.
    public init(instrument: String, given: String, expected: String) {
        self.instrument = instrument
        self.given = given
        self.expected = expected
    }
}
