import Engine

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
        return dialect.render(lines)
    }
}
