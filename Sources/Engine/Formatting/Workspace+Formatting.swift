/// What formatting one file found.
public enum FormatOutcome: Sendable, Equatable {
    /// The file is in the canonical layout already (or blank, or only comments: left alone).
    case formatted
    /// The file's canonical layout differs: these are its bytes.
    case changed([UInt8])
}

extension Workspace {
    /// Reads a `.kompass` file and finds its canonical layout; nil after recording the
    /// diagnostics of a file that is not one of the language or does not parse (such a
    /// file is never rewritten).
    public mutating func format(path: String) throws(InputFileError) -> FormatOutcome? {
        let bytes = try InputFile.contents(of: path)
        return format(SourceText(path: path, bytes: bytes), bytes: bytes)
    }

    /// The canonical layout of a `.kompass` text that did not come from a file (standard
    /// input: `path` names it in diagnostics); nil after recording the diagnostics of a
    /// text that is not one of the language or does not parse.
    public mutating func format(bytes: [UInt8], path: String) -> FormatOutcome? {
        format(SourceText(path: path, bytes: bytes), bytes: bytes)
    }

    mutating func format(_ source: SourceText, bytes: [UInt8]) -> FormatOutcome? {
        let path = source.path
        let errorsBefore = diagnostics.errorCount
        guard recognise(source, blankIsError: false) != nil else {
            return diagnostics.errorCount > errorsBefore ? nil : .formatted
        }
        let (_, bag) = Parser.parse(source, kindWords: registry.clauseWords)
        record(source, bag)
        guard !bag.hasErrors, let text = KompassFormatter.format(source) else {
            if !bag.hasErrors {
                report(
                    Diagnostic(
                        .parseExpectedToken, "the file cannot be formatted",
                        at: SourceSpan(path: path, start: SourceLocation(line: 1, column: 1), length: 1)))
            }
            return nil
        }
        let formatted = Array(text.utf8)
        return formatted == bytes ? .formatted : .changed(formatted)
    }
}
