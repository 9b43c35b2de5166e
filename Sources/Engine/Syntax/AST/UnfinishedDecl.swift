/// A declaration the parser could not finish after reading what it declares: a ladder,
/// fact, area, subarea or rule, and its name or id. The parse error is reported once; the
/// checker knows that the name exists, so a rule reading an unfinished fact or a test
/// expecting an unfinished rule does not repeat it as "unknown fact" or "unknown id".
public struct UnfinishedDecl: Sendable {
    /// What the declaration declares.
    public enum What: Sendable {
        case ladder, fact, area, subarea, rule
    }

    /// What the declaration declares.
    public var what: What
    /// Its name (a ladder's) or id.
    public var id: Located<String>

    /// An unfinished declaration of `what`, named `id`.
    public init(_ what: What, id: Located<String>) {
        self.what = what
        self.id = id
    }
}
