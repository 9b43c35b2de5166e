/// How a CSV file is written and read: RFC 4180, or what a Swedish Excel writes.
public enum CSVDialect: String, Sendable, CaseIterable {
    /// RFC 4180: `,` between fields, decimal point, CRLF line ends, no byte order mark.
    case rfc4180
    /// For Swedish spreadsheets: `;` between fields, decimal comma, CRLF line ends and a
    /// UTF-8 byte order mark, so Excel reads the columns, numbers and å, ä, ö right.
    case excelSv = "excel-sv"

    /// The field separator.
    public var separator: Character { self == .rfc4180 ? "," : ";" }

    /// The decimal mark of numbers.
    public var decimalMark: Character { self == .rfc4180 ? "." : "," }

    /// The dialect whose separator is the first `;` or `,` of a header line (outside
    /// quotes): `;` is excel-sv, anything else RFC 4180.
    public static func detect(headerOf text: String) -> CSVDialect {
        var quoted = false
        for c in text {
            if c == "\"" { quoted.toggle() }
            if quoted { continue }
            if c == ";" { return .excelSv }
            if c == "," || c.isNewline { return .rfc4180 }
        }
        return .rfc4180
    }

    /// An exact value in this dialect's decimal mark.
    public func number(_ value: Rational) -> String {
        number(value.decimalString())
    }

    /// A number of the language (`-?digits(.digits)?`) in this dialect's decimal mark.
    public func number(_ text: String) -> String {
        self == .rfc4180 ? text : String(text.map { $0 == "." ? "," : $0 })
    }

    /// A field, guarded against being read as a formula (``guardingFormula(_:)``) and
    /// quoted when it holds the separator, a quote or a line break.
    public func field(_ text: String) -> String {
        let text = Self.guardingFormula(text)
        let needsQuotes = text.contains { $0 == separator || $0 == "\"" || $0.isNewline }
        guard needsQuotes else { return text }
        var out = "\""
        for character in text {
            if character == "\"" { out.append("\"") }
            out.append(character)
        }
        return out + "\""
    }

    /// Records as lines ending in CRLF, after a byte order mark in excel-sv.
    public func render(_ records: [[String]]) -> String {
        let text = records.map { $0.map(field).joined(separator: String(separator)) + "\r\n" }.joined()
        return self == .excelSv ? "\u{FEFF}" + text : text
    }
}
