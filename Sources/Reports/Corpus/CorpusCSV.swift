import Analysis
import Engine

/// `corpus --format csv`: one row per evaluation and area, subarea or total (a long
/// table, ready to pivot), with the evaluation's points, rank and percentile and the
/// corpus's distribution of that row; exact values; provenance columns close each row.
/// RFC 4180 (`,`, decimal point, CRLF).
public enum CorpusCSV {
    /// The columns, in order.
    public static let header = [
        "municipality", "year", "id", "level", "points", "max", "rank", "of", "percentile", "corpus_mean",
        "corpus_min", "corpus_q1", "corpus_median", "corpus_q3", "corpus_max", "instrument", "version",
        "instrument_sha256", "evidence", "evidence_sha256", "tool",
    ]

    /// The table.
    public static func render(_ corpus: Corpus) -> String {
        let dialect = CSVDialect.rfc4180
        var lines = [header]
        let instrument = corpus.instrument
        for (e, scored) in corpus.evaluations.enumerated() {
            let evidence = scored.evidence
            for row in corpus.rows {
                let d = row.distribution
                let standing = row.standings[e]
                lines.append(
                    [evidence.municipality, String(evidence.year), row.target.id, row.target.level.rawValue]
                        + [row.values[e], row.target.max].map(dialect.number)
                        + [String(standing.rank), String(standing.count), dialect.number(standing.percentile)]
                        + [d.mean, d.minimum, d.lowerQuartile, d.median, d.upperQuartile, d.maximum].map(dialect.number)
                        + [instrument.name, instrument.version, instrument.sha256, evidence.path, evidence.sha256, Provenance.tool])
            }
        }
        return dialect.render(lines)
    }
}
