import Engine

/// Something in an evidence file written for the old version that the new version cannot
/// read (a removed fact, a value its fact no longer takes, a judgement of a removed rule):
/// left out before scoring with the new version, and said as a note, not an error.
public struct MigrationNote: Sendable {
    /// Where it is written in the evidence file.
    public var span: SourceSpan?
    /// What was left out: `finding 'dialog.former'`, `judgement of '3.4.d'`.
    public var what: String
    /// Why: the new version's diagnostic.
    public var reason: String

    /// `path:line:column: note: finding 'x' left out: reason`.
    public var text: String {
        let place = span.map { "\($0.path):\($0.start.line):\($0.start.column): " } ?? ""
        return "\(place)note: \(what) left out: \(reason)"
    }
}
