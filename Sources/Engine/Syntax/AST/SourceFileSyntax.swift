/// One top-level declaration. Each is boxed (`indirect`): a declaration is copied as one
/// reference, where a rule held in place was hundreds of bytes and a dozen references
/// to copy and destroy on every pass over a file. A rule is a class already (one
/// reference, read out of the enum with one retain), so its case needs no box.
public enum Declaration: Sendable {
    indirect case instrument(InstrumentHeaderDecl)
    indirect case ladder(LadderDecl)
    indirect case fact(FactDecl)
    indirect case section(SectionDecl)
    case rule(RuleDecl)
    indirect case test(TestDecl)
    indirect case reference(ReferenceDecl)
    indirect case labels(LabelsDecl)
    indirect case evidence(EvidenceHeaderDecl)
    indirect case finding(FindingDecl)
    indirect case verdict(VerdictDecl)
    indirect case plan(PlanHeaderDecl)
    indirect case action(ActionDecl)
    /// A declaration the parser could not finish, kept so that its id is known.
    indirect case unfinished(UnfinishedDecl)
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
