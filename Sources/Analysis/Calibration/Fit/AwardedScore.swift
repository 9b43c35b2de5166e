import Engine
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
        let rows: [(line: Int, fields: [String])]
        do {
            rows = try CSVReader.lines(String(decoding: bytes, as: UTF8.self))
        } catch {
            throw CalibrationInputError(
                "\(path):\(error.line): \(error.message)", help: "the table is RFC 4180 CSV with a header naming its columns")
        }
        guard let header = rows.first else {
            throw CalibrationInputError("'\(path)' is empty", help: "the first line names the columns: " + columns.joined(separator: ","))
        }
        var position: [String: Int] = [:]
        for column in columns {
            guard let index = header.fields.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == column }) else {
                throw CalibrationInputError(
                    "'\(path)' has no column '\(column)'", help: "the first line names the columns: " + columns.joined(separator: ","))
            }
            position[column] = index
        }
        var scores: [AwardedScore] = []
        for row in rows.dropFirst() where !row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            func cell(_ column: String) -> String {
                let index = position[column]!
                return index < row.fields.count ? row.fields[index].trimmingCharacters(in: .whitespaces) : ""
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
