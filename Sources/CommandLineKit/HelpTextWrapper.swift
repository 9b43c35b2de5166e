/// Word wrapping for help text, counting characters (so å, ä, ö count as one).
enum HelpTextWrapper {
    /// `text` wrapped to `width` columns. Explicit line breaks are kept; a line's leading
    /// spaces indent its continuation lines too; a word longer than the width stands on
    /// a line of its own. Never returns an empty array.
    static func wrap(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            wrapLine(Substring(line), width: width)
        }
    }

    private static func wrapLine(_ line: Substring, width: Int) -> [String] {
        let indent = String(line.prefix { $0 == " " })
        let words = line.split(separator: " ")
        guard !words.isEmpty else { return [""] }
        var lines: [String] = []
        var current = indent
        for word in words {
            if current.count > indent.count, current.count + 1 + word.count > width {
                lines.append(current)
                current = indent
            }
            current += (current.count > indent.count ? " " : "") + word
        }
        lines.append(current)
        return lines
    }

    /// Joins `units` after `head` with spaces, breaking before a unit that would pass
    /// `width` and starting continuation lines with `indent` spaces. Units never break.
    static func flow(head: String, units: [String], indent: Int, width: Int) -> [String] {
        var lines: [String] = []
        var current = head
        var unitsOnLine = 0
        for unit in units {
            if unitsOnLine > 0, current.count + 1 + unit.count > width {
                lines.append(current)
                current = String(repeating: " ", count: indent) + unit
                unitsOnLine = 1
                continue
            }
            current += " " + unit
            unitsOnLine += 1
        }
        lines.append(current)
        return lines
    }
}
