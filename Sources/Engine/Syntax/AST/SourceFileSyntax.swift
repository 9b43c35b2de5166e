/// One top-level declaration. Each is boxed (`indirect`): a declaration is copied as one
/// reference, where a rule held in place was hundreds of bytes and a dozen references
/// to copy and destroy on every pass over a file.
public indirect enum Declaration: Sendable {
    case instrument(InstrumentHeaderDecl)
    case ladder(LadderDecl)
    case fact(FactDecl)
    case section(SectionDecl)
    case rule(RuleDecl)
    case test(TestDecl)
    case reference(ReferenceDecl)
    case labels(LabelsDecl)
    case evidence(EvidenceHeaderDecl)
    case finding(FindingDecl)
    case verdict(VerdictDecl)
    case plan(PlanHeaderDecl)
    case action(ActionDecl)
    /// A declaration the parser could not finish, kept so that its id is known.
    case unfinished(UnfinishedDecl)
}

/// What a file holds, told by its first declaration.
public enum FileKind: String, Sendable {
    case instrument, evidence, plan
}

/// A parsed file: its declarations in source order.
public struct SourceFileSyntax: Sendable {
    /// The path as given.
    public var path: String
    /// What the file holds.
    public var kind: FileKind
    /// The declarations, in source order.
    public var declarations: [Declaration]
}
