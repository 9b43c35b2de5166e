/// Word wrapping for the text outputs of the authoring tools (the fact catalogue, the
/// templates' comments), counting characters so å, ä, ö count as one.
enum LineWrap {
    /// The width outputs wrap to.
    static let width = 90

    /// `text` in lines of at most `width` characters, the first starting with `first`,
    /// the rest with `rest`; a word longer than the line stands on a line of its own.
    /// Explicit line breaks in `text` become spaces.
    static func lines(_ text: String, first: String, rest: String, width: Int = width) -> [String] {
        var lines: [String] = []
        var line = first
        var empty = true
        for word in text.split(whereSeparator: { $0 == " " || $0.isNewline }) {
            if !empty, line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                empty = true
            }
            line += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(line)
        return lines
    }

    /// ``lines(_:first:rest:width:)`` joined, each line ending in a line break.
    static func paragraph(_ text: String, first: String, rest: String, width: Int = width) -> String {
        lines(text, first: first, rest: rest, width: width).map { $0 + "\n" }.joined()
    }

    /// Text safe inside a `#` comment: one line.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
