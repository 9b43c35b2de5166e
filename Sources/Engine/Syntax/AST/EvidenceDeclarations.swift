/// `evidence "Municipality" year Y instrument "Name" version "V"` and its evaluators.
public struct EvidenceHeaderDecl: Sendable {
    public var municipality: Located<String>
    public var year: Located<String>
    public var instrument: Located<String>
    public var version: Located<String>
    public var evaluators: [Located<String>]
    public var span: SourceSpan
}

/// `source KIND "text" [section "…"]`.
public struct SourceDecl: Sendable {
    public var kind: Located<String>
    public var text: Located<String>
    public var section: Located<String>?
}

/// `finding FACT = VALUE` with sources, note, confidence and evaluator.
public struct FindingDecl: Sendable {
    public var fact: Located<String>
    public var value: ValueLiteral
    public var sources: [SourceDecl]
    public var note: Located<String>?
    public var confidence: Located<String>?
    public var by: Located<String>?
}

/// `judge RULE = v because "…"` or `override SUBAREA = v because "…"`.
public struct VerdictDecl: Sendable {
    public var isOverride: Bool
    public var target: Located<String>
    public var value: Located<String>
    public var reason: Located<String>?
    public var by: Located<String>?
    public var span: SourceSpan
}

/// `plan "name" for "municipality"`.
public struct PlanHeaderDecl: Sendable {
    public var name: Located<String>
    public var municipality: Located<String>?
    public var span: SourceSpan
}

/// One change of an action: `set FACT = VALUE` or `add FACT {items}`.
public struct ChangeDecl: Sendable {
    public var isAdd: Bool
    public var fact: Located<String>
    public var value: ValueLiteral
}

/// `action ID "title" [cost N]` with its changes.
public struct ActionDecl: Sendable {
    public var id: Located<String>
    public var title: Located<String>?
    public var cost: Located<String>?
    public var changes: [ChangeDecl]
}
