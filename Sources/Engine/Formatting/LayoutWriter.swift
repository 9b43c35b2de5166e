/// Collects the formatter's output line by line: no trailing spaces, at most one blank
/// line in a row, none at the start or the end, and a line break after the last line.
struct LayoutWriter {
    /// The text so far, each line ended by a line break.
    private(set) var text = ""
    private var line = ""
    private var lineHasContent = false
    private var lastWasBlank = true

    /// Starts a line with `indent` spaces.
    mutating func startLine(indent: Int) {
        line = String(repeating: " ", count: indent)
        lineHasContent = true
    }

    /// Appends to the current line.
    mutating func append(_ piece: String) {
        line += piece
    }

    /// Appends a comment at the end of the current line.
    mutating func appendTrailing(_ comment: String) {
        line += lineHasContent ? LayoutRules.trailingCommentGap + comment : comment
        lineHasContent = true
    }

    /// Ends the current line, if one is open.
    mutating func endLine() {
        guard lineHasContent else { return }
        emit(line)
        line = ""
        lineHasContent = false
    }

    /// Appends blank lines and full-line comments; blank lines at the end are dropped.
    mutating func appendLines(_ lines: [CommentTrivia.Line], indent: Int, atEnd: Bool) {
        let padding = String(repeating: " ", count: indent)
        for (index, item) in lines.enumerated() {
            switch item {
            case .blank:
                let isLast = !lines[(index + 1)...].contains { if case .comment = $0 { true } else { false } }
                if !lastWasBlank, !(atEnd && isLast) {
                    text += "\n"
                    lastWasBlank = true
                }
            case .comment(let comment):
                emit(padding + comment)
            }
        }
    }

    private mutating func emit(_ content: String) {
        var trimmed = Substring(content)
        while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
        text += trimmed + "\n"
        lastWasBlank = false
    }
}
