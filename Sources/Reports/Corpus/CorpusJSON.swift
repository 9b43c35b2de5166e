import Analysis
import Engine

/// `corpus --format json`: the method, every evaluation with its points, rank and
/// percentile per area, subarea and total, the distribution of every row, and the
/// series; exact values as everywhere (at most 6 decimals).
public enum CorpusJSON {
    /// The document.
    public static func document(_ corpus: Corpus) -> String {
        JSONWriter.write(object(corpus)) + "\n"
    }

    /// The document as a value.
    public static func object(_ corpus: Corpus) -> JSONValue {
        .object(pairs: Provenance.jsonHeader(corpus.instrument, kind: "corpus") + [
            ("method", method),
            ("evaluations", .array(corpus.evaluations.indices.map { evaluation(corpus, $0) })),
            ("distribution", .array(corpus.rows.map(distribution))),
            ("series", .array(corpus.series.map { series(corpus, $0) })),
        ])
    }

    /// The definitions the numbers follow, in words.
    static let method: JSONValue = .object(pairs: [
        ("quartiles", .string("linear interpolation between the sorted values (numpy's default, Hyndman and Fan type 7): Q(p) = x[j] + (h - j)(x[j+1] - x[j]) with h = (n - 1)p, j = floor(h)")),
        ("rank", .string("1 + the number of evaluations with a higher value; equal values share a rank")),
        ("percentile", .string("100 (below + equal / 2) / n: the share of evaluations below, equal ones (itself included) counted half")),
    ])

    /// One evaluation: its evidence, then points, rank and percentile per target.
    static func evaluation(_ corpus: Corpus, _ e: Int) -> JSONValue {
        func standing(_ row: CorpusRow) -> [(String, JSONValue)] {
            let s = row.standings[e]
            return [
                ("points", row.values[e].json), ("max", row.target.max.json), ("rank", .number(s.rank)),
                ("of", .number(s.count)), ("percentile", s.percentile.json),
            ]
        }
        let areas: [JSONValue] = corpus.rows.indices.compactMap { r in
            let row = corpus.rows[r]
            guard row.target.level == .area, let a = row.target.index else { return nil }
            let subareas = corpus.rows.filter { sub in
                sub.target.level == .subarea && sub.target.index.map { corpus.instrument.subareas[$0].area } == a
            }
            return .object(pairs: [("id", .string(row.target.id))] + standing(row) + [
                ("subareas", .array(subareas.map { .object(pairs: [("id", .string($0.target.id))] + standing($0)) })),
            ])
        }
        return .object(pairs: [
            ("evidence", Provenance.json(corpus.evaluations[e].evidence)),
            ("total", .object(pairs: standing(corpus.total))),
            ("areas", .array(areas)),
        ])
    }

    /// One row's distribution.
    static func distribution(_ row: CorpusRow) -> JSONValue {
        let d = row.distribution
        return .object(pairs: [
            ("id", .string(row.target.id)), ("level", .string(row.target.level.rawValue)),
            ("title", .string(row.target.title)), ("max", row.target.max.json),
            ("n", .number(d.count)), ("mean", d.mean.json), ("lowest", d.minimum.json), ("q1", d.lowerQuartile.json),
            ("median", d.median.json), ("q3", d.upperQuartile.json), ("highest", d.maximum.json),
        ])
    }

    /// One municipality's series.
    static func series(_ corpus: Corpus, _ series: MunicipalitySeries) -> JSONValue {
        let areaIDs = corpus.instrument.areas.map(\.id)
        let steps: [JSONValue] = series.steps.map { step in
            .object(pairs: [
                ("from", .string(corpus.evaluations[step.from].evidence.path)),
                ("fromYear", .number(corpus.evaluations[step.from].evidence.year)),
                ("to", .string(corpus.evaluations[step.to].evidence.path)),
                ("toYear", .number(corpus.evaluations[step.to].evidence.year)),
                ("total", step.totalChange.json),
                ("areas", .array(zip(areaIDs, step.areaChanges).map { .object(pairs: [("id", .string($0)), ("change", $1.json)]) })),
            ])
        }
        return .object(pairs: [
            ("municipality", .string(series.municipality)),
            ("evaluations", .array(series.evaluations.map { .string(corpus.evaluations[$0].evidence.path) })),
            ("steps", .array(steps)),
        ])
    }
}
