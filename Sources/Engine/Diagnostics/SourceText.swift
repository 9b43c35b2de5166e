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
                // One error for the file, at its first bad byte: the rest is the same mistake.
                if problems.isEmpty {
                    let column = String(scalars[lineStart...]).count + 1
                    problems.append(
                        Diagnostic(
                            .lexInvalidUTF8, "invalid UTF-8 byte sequence",
                            at: SourceSpan(path: path, start: SourceLocation(line: line, column: column), length: 1),
                            help: Self.encodingGuess(bytes).map { "the file looks like \($0); save it as UTF-8" }
                                ?? "save the file as UTF-8"))
                }
                scalars.append("\u{FFFD}")
            }
        }
        let text = String(scalars)
        characters = Array(text)
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        diagnostics = problems
    }

    /// Whether decoding found the file not to be UTF-8.
    public var isNotUTF8: Bool {
        diagnostics.contains { $0.id == .lexInvalidUTF8 }
    }

    /// What a file that is not UTF-8 probably is: UTF-16 by its byte order mark, else
    /// Latin-1/Windows-1252 when it holds their letters of Swedish (å ä ö é and capitals).
    static func encodingGuess(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        let swedish: Set<UInt8> = [0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9, 0xC9]
        return bytes.contains(where: swedish.contains) ? "Latin-1/Windows-1252" : nil
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
