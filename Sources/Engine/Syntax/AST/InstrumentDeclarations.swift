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
public struct RuleDecl: Sendable {
    public var id: Located<String>
    public var title: Located<String>?
    public var why: Located<String>?
    public var weight: Located<String>?
    public var clause: KindClause?
    public var span: SourceSpan
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
