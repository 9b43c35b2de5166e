import Synchronization

/// The text of one input file, decoded, with the places of its lines, for lexing and for
/// quoting lines in diagnostics.
///
/// The text is kept once, as UTF-8: the lexer reads its bytes, and a line is cut out of
/// them only when a diagnostic quotes it. The places of the lines are found on first use
/// (most files are parsed without a diagnostic that quotes a line).
public struct SourceText: Sendable {
    /// The largest file accepted, in bytes; larger files are rejected before decoding.
    public static let sizeLimit = 8 * 1024 * 1024

    /// The file's path as the user gave it.
    public let path: String
    /// The decoded text, without a leading BOM; invalid UTF-8 is replaced by U+FFFD and
    /// reported. Made from ``utf8`` on first use and kept (the lexer reads the bytes, so
    /// most loads never build it).
    public var text: String { textCache.text(of: utf8) }
    /// Holds ``text`` once made.
    private let textCache = TextCache()
    /// The UTF-8 bytes of ``text``.
    let utf8: [UInt8]
    /// Per line, the byte offsets of its first byte and of its line break (or the end),
    /// found on first use.
    var lineBounds: [(start: Int, end: Int)] { lineTable.bounds(of: utf8) }
    /// Holds ``lineBounds`` once found.
    private let lineTable = LineTable()
    /// Problems found while decoding (invalid UTF-8, size).
    public let diagnostics: [Diagnostic]

    /// Decodes `bytes`: skips a leading BOM, accepts CRLF, reports invalid UTF-8 at its
    /// place, and refuses files over ``sizeLimit`` without decoding them.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        guard bytes.count <= Self.sizeLimit else {
            utf8 = []
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
        if body.withUnsafeBufferPointer(Self.isWellFormedUTF8) {
            // Without a BOM the bytes are the input's own (shared, not copied).
            utf8 = body.count == bytes.count ? bytes : Array(body)
            diagnostics = []
        } else {
            let text: String
            (text, diagnostics) = Self.repaired(body, path: path, original: bytes)
            utf8 = Array(text.utf8)
        }
    }

    /// Decodes invalid UTF-8 scalar by scalar, replacing each bad sequence by U+FFFD; the
    /// one error for the file is at its first bad byte (the rest is the same mistake).
    private static func repaired(
        _ body: ArraySlice<UInt8>, path: String, original: [UInt8]
    ) -> (String, [Diagnostic]) {
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
                if problems.isEmpty {
                    let column = String(scalars[lineStart...]).count + 1
                    problems.append(
                        Diagnostic(
                            .lexInvalidUTF8, "invalid UTF-8 byte sequence",
                            at: SourceSpan(path: path, start: SourceLocation(line: line, column: column), length: 1),
                            help: encodingGuess(original).map { "the file looks like \($0); save it as UTF-8" }
                                ?? "save the file as UTF-8"))
                }
                scalars.append("\u{FFFD}")
            }
        }
        return (String(scalars), problems)
    }

    /// The lines of valid UTF-8 `bytes`, split where a character is a line break (as
    /// `Character.isNewline` says: LF, VT, FF, CR, CRLF as one, NEL, U+2028, U+2029). A
    /// line break is always a whole character of its own, so bytes suffice.
    static func lineBounds(of bytes: [UInt8]) -> [(start: Int, end: Int)] {
        var bounds: [(start: Int, end: Int)] = []
        bounds.reserveCapacity(bytes.count / 32 + 1)
        var start = 0
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            var breakLength = 0
            if byte >= 0x0A && byte <= 0x0D {
                breakLength = byte == 0x0D && i + 1 < count && bytes[i + 1] == 0x0A ? 2 : 1
            } else if byte == 0xC2, i + 1 < count, bytes[i + 1] == 0x85 {
                breakLength = 2
            } else if byte == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                breakLength = 3
            }
            if breakLength > 0 {
                bounds.append((start, i))
                i += breakLength
                start = i
            } else {
                i += 1
            }
        }
        bounds.append((start, count))
        return bounds
    }

    /// Whether decoding found the file not to be UTF-8.
    public var isNotUTF8: Bool {
        diagnostics.contains { $0.id == .lexInvalidUTF8 }
    }

    /// The decoded characters (built on each call: for tests and rare callers).
    public var characters: [Character] { Array(text) }

    /// The lines, without their line breaks (built on each call; ``line(_:)`` cuts one).
    public var lines: [String] { (1...lineBounds.count).map { line($0) ?? "" } }

    /// The number of lines (a text without a line break has one).
    public var lineCount: Int { lineBounds.count }

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
        guard number >= 1, number <= lineBounds.count else { return nil }
        let bounds = lineBounds[number - 1]
        return String(decoding: utf8[bounds.start..<bounds.end], as: UTF8.self)
    }
}

/// The places of a ``SourceText``'s lines, found the first time they are asked for and
/// kept: shared by the copies of the source, safe to ask from any thread.
final class LineTable: Sendable {
    private let cache = Mutex<[(start: Int, end: Int)]?>(nil)

    /// The line bounds of `bytes` (always the same bytes for one table).
    func bounds(of bytes: [UInt8]) -> [(start: Int, end: Int)] {
        cache.withLock { cached in
            if let cached { return cached }
            let bounds = SourceText.lineBounds(of: bytes)
            cached = bounds
            return bounds
        }
    }
}
