/// A plain-text table: columns separated by two spaces, left- or right-aligned, widths
/// counted in characters (å, ä, ö are one each), no trailing spaces.
struct TextTable {
    /// Whether a column is aligned left (text) or right (numbers).
    enum Alignment {
        case left, right
    }

    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ alignments: [Alignment]) {
        self.alignments = alignments
    }

    mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    /// The rows, each indented by `indent` spaces and ending with a newline.
    func render(indent: Int = 0) -> String {
        var widths = [Int](repeating: 0, count: alignments.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        var out = ""
        for row in rows {
            var line = String(repeating: " ", count: indent)
            for (i, cell) in row.enumerated() where i < widths.count {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                if i > 0 { line += "  " }
                line += alignments[i] == .left ? cell + pad : pad + cell
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
