/// What stands between two tokens of a source: line breaks, blank lines and comments.
///
/// The lexer skips these, so the formatter recovers them from the characters between
/// consecutive tokens' spans. A comment starts with `#` (outside strings, which are
/// tokens) and runs to the end of its line.
struct CommentTrivia: Equatable {
    /// One line of its own between two tokens.
    enum Line: Equatable {
        /// One or more empty lines, kept as one.
        case blank
        /// A full-line comment: its text from `#`, without trailing spaces.
        case comment(String)
    }

    /// A comment on the same line as the token before, after it.
    var trailingComment: String?
    /// Whether a line break separates the two tokens.
    var hasLineBreak = false
    /// The lines of their own, in order (at most one blank line in a row).
    var lines: [Line] = []

    /// The trivia in `characters[range]`, or nil when it holds anything but white space,
    /// line breaks and comments (then the formatter leaves the source alone).
    /// `afterToken` says whether a token precedes it (else a comment on its first line is
    /// a full-line comment).
    static func scan(_ characters: [Character], _ range: Range<Int>, afterToken: Bool) -> CommentTrivia? {
        var trivia = CommentTrivia()
        var pendingBreaks = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let c = characters[index]
            if c == "#" {
                var end = index
                while end < range.upperBound, !characters[end].isNewline { end += 1 }
                let text = String(String(characters[index..<end]).reversed().drop(while: \.isWhitespace).reversed())
                if afterToken, !trivia.hasLineBreak {
                    trivia.trailingComment = text
                } else {
                    if pendingBreaks >= 2 { trivia.lines.append(.blank) }
                    trivia.lines.append(.comment(text))
                }
                pendingBreaks = 0
                index = end
            } else if c.isNewline {
                trivia.hasLineBreak = true
                pendingBreaks += 1
                index += 1
            } else if c.isWhitespace {
                index += 1
            } else {
                return nil
            }
        }
        if pendingBreaks >= 2 { trivia.lines.append(.blank) }
        return trivia
    }
}
