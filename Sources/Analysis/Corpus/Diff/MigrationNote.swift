import Engine

/// Something in an evidence file written for the old version that the new version cannot
/// read (a removed fact, a value its fact no longer takes, a judgement of a removed rule):
/// left out before scoring with the new version, and said as a note, not an error.
public struct MigrationNote: Sendable {
    /// What was left out, for reports to put in words.
    public enum Subject: Sendable, Equatable {
        /// The whole file: the new version cannot read its header.
        case wholeFile
        /// The evidence header.
        case header
        /// A finding of the fact written.
        case finding(fact: String)
        /// A judgement of the rule written.
        case judgement(target: String)
        /// An override of the area or subarea written.
        case override(target: String)
        /// Any other declaration.
        case declaration

        /// In English, as JSON says it: `finding 'dialog.former'`, `judgement of '3.4.d'`.
        public var text: String {
            switch self {
            case .wholeFile: "the whole file"
            case .header: "the evidence header"
            case .finding(let fact): "finding '\(fact)'"
            case .judgement(let target): "judgement of '\(target)'"
            case .override(let target): "override of '\(target)'"
            case .declaration: "a declaration"
            }
        }
    }

    /// Where it is written in the evidence file.
    public var span: SourceSpan?
    /// What was left out.
    public var subject: Subject
    /// Why: the new version's diagnostic (in English, as diagnostics are).
    public var reason: String

    /// What was left out, in English: `finding 'dialog.former'`, `judgement of '3.4.d'`.
    public var what: String { subject.text }

    /// Where it is written: `path:line:column: `, or nothing.
    public var place: String {
        span.map { "\($0.path):\($0.start.line):\($0.start.column): " } ?? ""
    }

    /// `path:line:column: note: finding 'x' left out: reason`.
    public var text: String {
        "\(place)note: \(what) left out: \(reason)"
    }
}
