/// Character offsets of lines and tokens in a decoded source, so that the formatter can
/// read what lies between two tokens.
struct SourceOffsets {
    /// The offset of the first character of each line (index 0 is line 1).
    private let lineStarts: [Int]

    /// The line starts of `characters`: a line ends after each line break character.
    init(_ characters: [Character]) {
        var starts = [0]
        for (index, c) in characters.enumerated() where c.isNewline { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The offset of a location, or nil when it is outside the text.
    func offset(of location: SourceLocation) -> Int? {
        guard location.line >= 1, location.line <= lineStarts.count, location.column >= 1 else { return nil }
        return lineStarts[location.line - 1] + location.column - 1
    }

    /// The offsets a token covers. Tokens never span lines, so the span's length is theirs.
    func range(of token: Token) -> Range<Int>? {
        guard let start = offset(of: token.span.start) else { return nil }
        return start..<(start + (token.kind == .end ? 0 : token.span.length))
    }
}
