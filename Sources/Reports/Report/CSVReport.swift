import Engine

/// How a CSV file is written.
public enum CSVDialect: String, Sendable, CaseIterable {
    /// RFC 4180: `,` between fields, decimal point, CRLF line ends, no byte order mark.
    case rfc4180
    /// For Swedish spreadsheets: `;` between fields, decimal comma, CRLF line ends and a
    /// UTF-8 byte order mark, so Excel reads the columns, numbers and å, ä, ö right.
    case excelSv = "excel-sv"

    /// The field separator.
    public var separator: Character { self == .rfc4180 ? "," : ";" }

    /// An exact value in this dialect's decimal mark.
    func number(_ value: Rational) -> String {
        let text = value.decimalString()
        return self == .rfc4180 ? text : String(text.map { $0 == "." ? "," : $0 })
    }

    /// A field, quoted when it holds the separator, a quote or a line break.
    func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingQuotes() + "\""
    }
}

/// Scores as CSV (`--format csv`): one row per evidence file, fixed columns
/// `municipality,year,evaluators,instrument,version,total`, then every area followed by
/// its subareas (`1,1.1,…`), all exact values; provenance columns close each row.
public enum CSVReport {
    /// The header and one row per scored evidence file (all scored by the same instrument).
    public static func render(_ scored: [ScoredEvidence], dialect: CSVDialect) -> String {
        guard let instrument = scored.first?.instrument else { return "" }
        var header = ["municipality", "year", "evaluators", "instrument", "version", "total"]
        for area in instrument.areas {
            header.append(area.id)
            header += area.subareas.map { instrument.subareas[$0].id }
        }
        header += ["instrument_sha256", "evidence", "evidence_sha256", "tool"]
        var lines = [header]
        for s in scored {
            var row = [
                s.evidence.municipality, String(s.evidence.year), s.evidence.evaluators.joined(separator: "; "),
                s.instrument.name, s.instrument.version, dialect.number(s.score.total),
            ]
            for (index, area) in s.instrument.areas.enumerated() {
                row.append(dialect.number(s.score.areas[index].points))
                row += area.subareas.map { dialect.number(s.score.subareas[$0].points) }
            }
            row += [s.instrument.sha256, s.evidence.path, s.evidence.sha256, Provenance.tool]
            lines.append(row)
        }
        let text = lines.map { $0.map(dialect.field).joined(separator: String(dialect.separator)) + "\r\n" }.joined()
        return dialect == .excelSv ? "\u{FEFF}" + text : text
    }
}

extension String {
    /// Every `"` doubled, as CSV quotes a quote.
    fileprivate func replacingQuotes() -> String {
        var out = ""
        for character in self {
            if character == "\"" { out.append("\"") }
            out.append(character)
        }
        return out
    }
}
