import Engine

/// What a `renames` file says: facts (and rules) renamed between two versions of an
/// instrument, one `old.id -> new.id` a line; `#` starts a comment; blank lines are
/// ignored. A fact path starts with a letter, a rule id with a digit, so one file maps
/// both: a rule renamed, for instance when its subarea was split, keeps its history.
public struct Renames: Sendable {
    /// One line's rename.
    public struct Entry: Sendable {
        /// The name in the old version, where it is written.
        public var old: Located<String>
        /// The name in the new version, where it is written.
        public var new: Located<String>
    }

    /// The renames, in file order.
    public var entries: [Entry]

    /// No renames.
    public static let none = Renames(entries: [])

    /// The new name of each old one.
    public var map: [String: String] {
        Dictionary(entries.map { ($0.old.value, $0.new.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The new name of `old`, or `old` itself when it is not renamed.
    public func renamed(_ old: String) -> String {
        entries.first { $0.old.value == old }?.new.value ?? old
    }

    /// The old name of `new`, or `new` itself when nothing is renamed to it.
    public func original(_ new: String) -> String {
        entries.first { $0.new.value == new }?.old.value ?? new
    }

    /// Reads a renames file. Every line that is not `WORD -> WORD` (after removing its
    /// comment) is an error at its place; so is a name renamed twice, or two names
    /// renamed to one. The entries read are returned with the diagnostics.
    public static func parse(_ source: SourceText) -> (renames: Renames, diagnostics: DiagnosticBag) {
        var diagnostics = DiagnosticBag(source.diagnostics)
        var entries: [Entry] = []
        for (index, text) in source.lines.enumerated() {
            guard let entry = RenamesLine.parse(text, line: index + 1, path: source.path, diagnostics: &diagnostics) else {
                continue
            }
            if let first = entries.first(where: { $0.old.value == entry.old.value }) {
                diagnostics.report(
                    .semaDuplicateID, "'\(entry.old.value)' is renamed twice", at: entry.old.span,
                    notes: [Diagnostic.Note("first renamed here", at: first.old.span)],
                    help: "keep one line per old name")
                continue
            }
            if let first = entries.first(where: { $0.new.value == entry.new.value }) {
                diagnostics.report(
                    .semaDuplicateID, "'\(first.old.value)' and '\(entry.old.value)' are both renamed to '\(entry.new.value)'",
                    at: entry.new.span, notes: [Diagnostic.Note("first renamed to it here", at: first.new.span)],
                    help: "two old names cannot become one; keep one of the lines")
                continue
            }
            entries.append(entry)
        }
        return (Renames(entries: entries), diagnostics)
    }
}
