import Support

/// Renders diagnostics in the house form:
///
/// ```
/// path:line:column: error: message [domain.id]
///     3 |     each dialog.forme award 3
///       |          ^~~~~~~~~~~~
/// path:line:column: note: 'dialog.former' declared here
/// help: did you mean 'dialog.former'?
/// ```
public struct DiagnosticRenderer: Sendable {
    /// The sources by path, for quoting lines.
    public var sources: [String: SourceText]
    /// Whether to colour severities (only for terminals).
    public var colour: Bool

    /// Creates a renderer over the given sources.
    public init(sources: [SourceText], colour: Bool = false) {
        var byPath: [String: SourceText] = [:]
        for source in sources { byPath[source.path] = source }
        self.sources = byPath
        self.colour = colour
    }

    /// One diagnostic, ending with a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let label = paint(diagnostic.severity.rawValue, diagnostic.severity == .error ? .error : .warning)
        out += "\(prefix(diagnostic.span))\(label): \(diagnostic.message) [\(diagnostic.id.rawValue)]\n"
        if let span = diagnostic.span { out += excerpt(span) }
        for note in diagnostic.notes {
            out += "\(prefix(note.span))\(paint("note", .note)): \(note.message)\n"
        }
        if let help = diagnostic.help { out += "\(paint("help", .help)): \(help)\n" }
        return out
    }

    /// All diagnostics in order, at most `maxPerFile` of each file (then a line saying how
    /// many more there are), then a summary line counting them all.
    public func render(all diagnostics: [Diagnostic], maxPerFile: Int? = nil) -> String {
        var out = ""
        var shown: [String: Int] = [:]
        var hidden: [String: Int] = [:]
        var hiddenOrder: [String] = []
        for diagnostic in diagnostics {
            let path = diagnostic.span?.path ?? ""
            if let maxPerFile, shown[path, default: 0] >= maxPerFile {
                if hidden[path] == nil { hiddenOrder.append(path) }
                hidden[path, default: 0] += 1
            } else {
                shown[path, default: 0] += 1
                out += render(diagnostic)
            }
        }
        for path in hiddenOrder {
            out += "\(path.isEmpty ? "" : path + ": ")and \(hidden[path] ?? 0) more (use --max-errors 0 to see all)\n"
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if !diagnostics.isEmpty {
            out += "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
        }
        return out
    }

    private func prefix(_ span: SourceSpan?) -> String {
        guard let span else { return "" }
        return "\(span.path):\(span.start.line):\(span.start.column): "
    }

    private func excerpt(_ span: SourceSpan) -> String {
        guard let text = sources[span.path]?.line(span.start.line) else { return "" }
        let number = String(span.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let lineChars = Array(text)
        let start = min(max(span.start.column - 1, 0), lineChars.count)
        let length = max(1, min(span.length, max(lineChars.count - start, 1)))
        // Tabs stay tabs under the line, so the caret lines up in any tab width.
        let pad = String(lineChars[..<start].map { $0 == "\t" ? "\t" : " " })
        let carets = "^" + String(repeating: "~", count: length - 1)
        return " \(number) | \(text)\n \(gutter) | \(pad)\(paint(carets, .emphasis))\n"
    }

    private func paint(_ text: String, _ role: TextRole) -> String {
        role.paint(text, enabled: colour)
    }
}
