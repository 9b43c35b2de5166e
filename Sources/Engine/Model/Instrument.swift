/// A declared fact.
public struct Fact: Sendable {
    /// The dotted path, `dialog.former`.
    public var path: String
    /// The type.
    public var type: FactType
    /// What the fact records, in the instrument's language.
    public var description: String
    /// Where it is declared.
    public var span: SourceSpan
}

/// How a subarea combines its rules.
public enum SubareaMode: String, Sendable {
    /// Rules' points are added and capped at the maximum.
    case points
    /// `max · Σ wᵢ·sᵢ / Σ wᵢ` over satisfactions in [0, 1].
    case weighted
}

/// An area of the instrument.
public struct Area: Sendable {
    public var id: String
    public var title: String
    public var english: String?
    public var aliases: [String]
    public var max: Rational
    /// Indices into ``Instrument/subareas``, in source order.
    public var subareas: [Int]
    public var span: SourceSpan
}

/// A subarea of an area.
public struct Subarea: Sendable {
    public var id: String
    public var title: String
    public var english: String?
    public var aliases: [String]
    public var max: Rational
    public var mode: SubareaMode
    /// Index into ``Instrument/areas``.
    public var area: Int
    /// Indices into ``Instrument/rules``, in source order.
    public var rules: [Int]
    public var span: SourceSpan
}

/// A rule: an id, a title, a rationale, a weight and one configured kind.
public struct Rule: Sendable {
    public var id: String
    public var title: String
    public var why: String?
    public var weight: Rational
    /// Index into ``Instrument/subareas``.
    public var subarea: Int
    /// The configured kind: the plugin instance that checks, evaluates and explains.
    public var kind: any RuleKind
    public var span: SourceSpan
}

/// A named per-area profile, such as a national average.
public struct ReferenceProfile: Sendable {
    public var name: String
    /// Area id and value, in source order.
    public var values: [(area: String, value: Rational)]
}

/// A checked instrument: everything a score needs, with names resolved to indices.
public struct Instrument: Sendable {
    public var name: String
    public var version: String
    public var language: String?
    public var ladders: [Ladder]
    public var facts: [Fact]
    public var areas: [Area]
    public var subareas: [Subarea]
    public var rules: [Rule]
    public var tests: [TestDecl]
    public var references: [ReferenceProfile]
    /// The words for levels and closed-set items, per language.
    public var labels = InstrumentLabels()
    /// SHA-256 of the manifest of its files (see DESIGN.md, "Provenance").
    public var sha256: String
    /// Fact index by path.
    public var factIndex: [String: Int]
    /// Area, subarea and rule ids to their kind and index.
    public var ids: [String: InstrumentID]
    /// Fact paths hashed over bytes, built once by the checker for every document's look-ups
    /// (empty for an instrument built another way: look-ups then use ``factIndex``).
    var factPaths = FactPathTable()

    /// The sum of the areas' maxima.
    public var maximum: Rational {
        areas.reduce(Rational.zero) { (try? $0.adding($1.max)) ?? $0 }
    }

    /// The ladder of a level fact.
    public func ladder(ofFact index: Int) -> Ladder? {
        if case .level(let ladder) = facts[index].type { return ladders[ladder] }
        return nil
    }
}

/// What an id names.
public enum InstrumentID: Sendable, Equatable {
    case area(Int)
    case subarea(Int)
    case rule(Int)
}
