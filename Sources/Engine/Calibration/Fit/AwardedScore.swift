import Foundation

/// One awarded subarea score from the past (`fit --awarded CSV`): the points an
/// evaluator actually gave a municipality's subarea.
public struct AwardedScore: Sendable, Equatable {
    /// The municipality, as its evidence header names it.
    public var municipality: String
    /// The year of the evaluation.
    public var year: Int
    /// The evaluator, as the evidence header names them first.
    public var evaluator: String
    /// The subarea's id.
    public var subarea: String
    /// The points awarded.
    public var awarded: Double
    /// The line of the table it was read from (1-based; the header is line 1).
    public var line: Int

    /// Creates an awarded score.
    public init(municipality: String, year: Int, evaluator: String, subarea: String, awarded: Double, line: Int) {
        self.municipality = municipality
        self.year = year
        self.evaluator = evaluator
        self.subarea = subarea
        self.awarded = awarded
        self.line = line
    }

    /// The columns the table must have (in any order; others are ignored).
    public static let columns = ["municipality", "year", "evaluator", "subarea", "awarded"]

    /// Reads a comma-separated table with a header line (RFC 4180 quoting, UTF-8, an
    /// optional BOM, LF or CRLF line ends; numbers with a decimal point).
    public static func parse(_ bytes: [UInt8], path: String) throws(CalibrationInputError) -> [AwardedScore] {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let rows = CSVRows.parse(text)
        guard let header = rows.first else {
            throw CalibrationInputError("'\(path)' is empty", help: "the first line names the columns: " + columns.joined(separator: ","))
        }
        var position: [String: Int] = [:]
        for column in columns {
            guard let index = header.cells.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == column }) else {
                throw CalibrationInputError(
                    "'\(path)' has no column '\(column)'", help: "the first line names the columns: " + columns.joined(separator: ","))
            }
            position[column] = index
        }
        var scores: [AwardedScore] = []
        for row in rows.dropFirst() where !row.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            func cell(_ column: String) -> String {
                let index = position[column]!
                return index < row.cells.count ? row.cells[index].trimmingCharacters(in: .whitespaces) : ""
            }
            guard let year = Int(cell("year")) else {
                throw CalibrationInputError("\(path):\(row.line): year '\(cell("year"))' is not a whole number")
            }
            guard let awarded = Double(cell("awarded")), awarded.isFinite else {
                throw CalibrationInputError(
                    "\(path):\(row.line): awarded '\(cell("awarded"))' is not a number", help: "write decimals with a point, such as 12.5")
            }
            for column in ["municipality", "evaluator", "subarea"] where cell(column).isEmpty {
                throw CalibrationInputError("\(path):\(row.line): '\(column)' is empty")
            }
            scores.append(
                AwardedScore(
                    municipality: cell("municipality"), year: year, evaluator: cell("evaluator"), subarea: cell("subarea"),
                    awarded: awarded, line: row.line))
        }
        return scores
    }
}

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
