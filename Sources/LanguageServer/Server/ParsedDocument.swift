import Engine

/// One `.kompass` text, decoded, recognised and parsed: what every feature reads.
public struct ParsedDocument: Sendable {
    /// The absolute path.
    public let path: String
    /// The text parsed.
    public let text: String
    /// The decoded source.
    public let source: SourceText
    /// What the file is by its first word; nil when it cannot be read as the language.
    public let kind: FileRecognition.Kind?
    /// The syntax tree (recovered after errors); nil when the file is not the language.
    public let syntax: SourceFileSyntax?
    /// Decoding, recognition, lexing and parsing diagnostics, as `check` reports them.
    public let diagnostics: [Diagnostic]
    /// Engine ↔ protocol positions for this text.
    public let positions: PositionConverter

    /// Decodes, recognises and parses `text`. A blank file is no error when `blankIsError`
    /// is false (an empty instrument file adds nothing).
    public init(path: String, text: String, kindWords: [String: [String]], blankIsError: Bool) {
        self.path = path
        self.text = text
        let source = SourceText(path: path, text: text)
        self.source = source
        positions = PositionConverter(source)
        guard source.diagnostics.isEmpty else {
            kind = nil
            syntax = nil
            diagnostics = source.diagnostics
            return
        }
        switch FileRecognition.recognise(source) {
        case .problem(let diagnostic):
            kind = nil
            syntax = nil
            diagnostics = diagnostic.id == .fileEmpty && !blankIsError ? [] : [diagnostic]
        case .file(let recognised, _):
            kind = recognised
            let (tree, bag) = Parser.parse(source, kindWords: kindWords)
            syntax = tree
            diagnostics = bag.all
        }
    }
}
