/// The records of a comma-separated text, with RFC 4180 quotes.
enum CSVRows {
    /// One record and the line it starts on.
    struct Row {
        var cells: [String]
        var line: Int
    }

    static func parse(_ text: String) -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var start = 1
        var characters = Array(text)
        if characters.last != "\n" { characters.append("\n") }
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < characters.count, characters[i + 1] == "\"" {
                        cell.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    cell.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                cells.append(cell)
                cell = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                cells.append(cell)
                rows.append(Row(cells: cells, line: start))
                cells = []
                cell = ""
                line += 1
                start = line
            } else {
                cell.append(c)
            }
            i += 1
        }
        return rows
    }
}
