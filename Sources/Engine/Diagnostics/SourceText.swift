/// The text of one input file, decoded and split into lines for lexing and for
/// quoting lines in diagnostics.
public struct SourceText: Sendable {
    /// The largest file accepted, in bytes; larger files are rejected before decoding.
    public static let sizeLimit = 8 * 1024 * 1024

    /// The file's path as the user gave it.
    public let path: String
    /// The decoded characters; invalid UTF-8 is replaced by U+FFFD and reported.
    public let characters: [Character]
    /// The lines, without their line breaks, for quoting in diagnostics.
    public let lines: [String]
    /// Problems found while decoding (invalid UTF-8, size).
    public let diagnostics: [Diagnostic]

    /// Decodes `bytes`: skips a leading BOM, accepts CRLF, reports invalid UTF-8 at its
    /// place, and refuses files over ``sizeLimit`` without decoding them.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        guard bytes.count <= Self.sizeLimit else {
            characters = []
            lines = [""]
            diagnostics = [
                Diagnostic(
                    .parseFileTooLarge,
                    "file is \(bytes.count) bytes, more than the limit of \(Self.sizeLimit) bytes",
                    at: SourceSpan(path: path, start: SourceLocation(line: 1, column: 1), length: 1),
                    help: "split the input into several files")
            ]
            return
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var scalars = String.UnicodeScalarView()
        var problems: [Diagnostic] = []
        var line = 1
        var lineStart = scalars.endIndex
        var decoder = UTF8()
        var iterator = body.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                if scalar == "\n" {
                    line += 1
                    lineStart = scalars.endIndex
                }
            case .emptyInput:
                break decoding
            case .error:
                let column = String(scalars[lineStart...]).count + 1
                if problems.count < 20 {
                    problems.append(
                        Diagnostic(
                            .lexInvalidUTF8, "invalid UTF-8 byte sequence",
                            at: SourceSpan(path: path, start: SourceLocation(line: line, column: column), length: 1),
                            help: "save the file as UTF-8"))
                }
                scalars.append("\u{FFFD}")
            }
        }
        let text = String(scalars)
        characters = Array(text)
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        diagnostics = problems
    }

    /// Convenience for tests and generated text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The text of a 1-based line, or nil beyond the file.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }
}
