import Analysis
import Engine

/// The provenance every calibration output ends with (DESIGN.md, "Provenance"): the
/// tool, the instrument with its manifest hash, and each evidence file with its hash.
enum CalibrationProvenance {
    /// The text footer.
    static func text(_ instrument: Instrument, _ records: [CalibrationRecord], extra: [String] = []) -> String {
        var out = "\n\(ToolInfo.name) \(ToolInfo.version) · instrument \(instrument.name) \(instrument.version) "
        out += "sha256 \(instrument.sha256)\n"
        for record in records {
            out += "evidence \(record.evidence.path) sha256 \(record.evidence.sha256) (\(record.evaluator))\n"
        }
        for line in extra { out += line + "\n" }
        return out
    }

    /// The leading members of every calibration JSON document.
    static func json(_ instrument: Instrument, kind: String) -> [(String, JSONValue)] {
        [
            ("schemaVersion", .number("1")),
            ("tool", .object(pairs: [("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version))])),
            ("kind", .string(kind)),
            ("instrument", .object(pairs: [
                ("name", .string(instrument.name)), ("version", .string(instrument.version)),
                ("sha256", .string(instrument.sha256)),
            ])),
        ]
    }

    /// One evaluation as JSON: evaluator, municipality, year, path, hash.
    static func json(_ record: CalibrationRecord) -> JSONValue {
        .object(pairs: [
            ("evaluator", .string(record.evaluator)), ("municipality", .string(record.evidence.municipality)),
            ("year", .number(record.evidence.year)), ("path", .string(record.evidence.path)),
            ("sha256", .string(record.evidence.sha256)),
        ])
    }
}
