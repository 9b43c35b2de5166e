import Engine

/// A place in a document as the protocol counts it: a 0-based line and a 0-based
/// `character` counted in UTF-16 code units (the protocol's default encoding).
public struct Position: Equatable, Comparable, Sendable {
    /// The 0-based line.
    public var line: Int
    /// The 0-based offset in UTF-16 code units.
    public var character: Int

    /// Creates a position.
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    /// Orders by line, then character.
    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }

    /// `{"line": …, "character": …}`.
    public var json: JSONValue {
        .object(pairs: [("line", .number(line)), ("character", .number(character))])
    }

    /// Reads `{"line": …, "character": …}`.
    public init?(json: JSONValue?) {
        guard let line = json?["line"]?.intValue, let character = json?["character"]?.intValue,
            line >= 0, character >= 0
        else { return nil }
        self.init(line: line, character: character)
    }
}

/// A span of a document: from `start` up to, not including, `end`.
public struct TextRange: Equatable, Sendable {
    /// The first position.
    public var start: Position
    /// The position after the last.
    public var end: Position

    /// Creates a range.
    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    /// `{"start": …, "end": …}`.
    public var json: JSONValue {
        .object(pairs: [("start", start.json), ("end", end.json)])
    }
}

/// Converts between the engine's places (1-based lines, 1-based columns counted in
/// characters, that is grapheme clusters) and the protocol's (0-based lines, 0-based
/// UTF-16 code units), over the lines of one text.
public struct PositionConverter: Sendable {
    /// The text's lines, split as the engine splits them.
    public let lines: [String]

    /// A converter over `lines` (``SourceText/lines``).
    public init(lines: [String]) {
        self.lines = lines
    }

    /// A converter over a decoded source.
    public init(_ source: SourceText) {
        self.init(lines: source.lines)
    }

    /// The protocol position of an engine location; a column past the line's end is
    /// counted as that many characters beyond it (each one code unit).
    public func position(_ location: SourceLocation) -> Position {
        let line = location.line - 1
        guard line >= 0, line < lines.count else { return Position(line: max(0, line), character: max(0, location.column - 1)) }
        let text = lines[line]
        var units = 0
        var counted = 0
        for character in text {
            guard counted < location.column - 1 else { break }
            units += character.utf16.count
            counted += 1
        }
        return Position(line: line, character: units + max(0, location.column - 1 - counted))
    }

    /// The protocol range of a span (its first line: spans count their length there).
    public func range(_ span: SourceSpan) -> TextRange {
        let start = position(span.start)
        let end = position(SourceLocation(line: span.start.line, column: span.start.column + max(1, span.length)))
        return TextRange(start: start, end: end)
    }

    /// The engine location of a protocol position: the character that holds the code unit
    /// (a position inside a surrogate pair or a cluster is that character's).
    public func location(_ position: Position) -> SourceLocation {
        guard position.line < lines.count else { return SourceLocation(line: position.line + 1, column: 1) }
        var units = 0
        var column = 1
        for character in lines[position.line] {
            let width = character.utf16.count
            if units + width > position.character { break }
            units += width
            column += 1
        }
        return SourceLocation(line: position.line + 1, column: column)
    }

    /// The position just after the last character of the text.
    public var end: Position {
        Position(line: max(0, lines.count - 1), character: lines.last?.utf16.count ?? 0)
    }
}

extension JSONValue {
    /// The number as an `Int`, when it is a whole number that fits.
    public var intValue: Int? {
        guard let text = numberText else { return nil }
        return Int(text)
    }
}
