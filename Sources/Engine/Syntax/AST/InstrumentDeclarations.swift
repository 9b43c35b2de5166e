/// `instrument "Name" version "V" [language "sv"]`.
public struct InstrumentHeaderDecl: Sendable {
    public var name: Located<String>
    public var version: Located<String>
    public var language: Located<String>?
    public var span: SourceSpan
}

/// `ladder NAME: a < b < c`.
public struct LadderDecl: Sendable {
    public var name: Located<String>
    public var levels: [Located<String>]
}

/// The declared type of a fact.
public enum FactTypeSyntax: Sendable {
    case flag
    case level(Located<String>)
    case number
    /// A set, closed to the listed items when they are given.
    case set(closed: [Located<String>]?)
}

/// `fact PATH: TYPE "description"`.
public struct FactDecl: Sendable {
    public var path: Located<String>
    public var type: FactTypeSyntax
    public var description: Located<String>?
}

/// `area ID "title" max N` or `subarea ID "title" max N [points|weighted]`, with aliases
/// and an English title.
public struct SectionDecl: Sendable {
    public var isSubarea: Bool
    public var id: Located<String>
    public var title: Located<String>
    public var max: Located<String>?
    public var weighted: Bool
    public var aliases: [Located<String>]
    public var english: Located<String>?
}

/// `rule ID "title"` with attributes and one kind clause.
///
/// A class of constant fields (so it is still a value to its readers): the checker reads
/// every rule out of its file's declarations, and taking it out of the enum retains one
/// reference, where a struct retained each string and array it holds and released them
/// again (~0.6M instructions for the 1,766 rules of the 10x instrument).
public final class RuleDecl: Sendable {
    public let id: Located<String>
    public let title: Located<String>?
    public let why: Located<String>?
    public let weight: Located<String>?
    public let clause: KindClause?
    public let span: SourceSpan

    /// Creates a rule declaration.
    public init(
        id: Located<String>, title: Located<String>?, why: Located<String>?, weight: Located<String>?,
        clause: KindClause?, span: SourceSpan
    ) {
        self.id = id
        self.title = title
        self.why = why
        self.weight = weight
        self.clause = clause
        self.span = span
    }

    /// The same declaration with `clause` in place of its own.
    public func with(clause: KindClause?) -> RuleDecl {
        RuleDecl(id: id, title: title, why: why, weight: weight, clause: clause, span: span)
    }
}

/// An assignment in a test's `given`: `FACT = VALUE` or `judge ID = v`.
public struct GivenDecl: Sendable {
    public var isJudgement: Bool
    public var target: Located<String>
    public var value: ValueLiteral
}

/// `expect TARGET = N [within T]`.
public struct ExpectDecl: Sendable {
    public var target: Located<String>
    public var value: Located<String>
    public var tolerance: Located<String>?
}

/// `test "name" given … expect …`.
public struct TestDecl: Sendable {
    public var name: Located<String>
    public var givens: [GivenDecl]
    public var expects: [ExpectDecl]
}

/// `labels NAME [en] { item: "label", … }`: the words people read for the levels of a
/// ladder or the items of a closed set, in the instrument's language or in English.
public struct LabelsDecl: Sendable {
    /// The ladder's name or the set fact's path.
    public var name: Located<String>
    /// Whether the labels are English (`en`) rather than the instrument's language.
    public var isEnglish: Bool
    /// Each level or item with its label.
    public var entries: [(key: Located<String>, label: Located<String>)]
}

/// `reference "name" { 1: 63, … }`.
public struct ReferenceDecl: Sendable {
    public var name: Located<String>
    public var entries: [MapEntry]
}
