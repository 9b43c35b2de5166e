import Analysis
import Engine

/// The text of `corpus`: the distribution per area, subarea and total; the evaluations
/// ranked by total with their percentile per area; the municipalities evaluated more
/// than once, with the change per area; provenance.
public enum CorpusText {
    /// The text for a corpus.
    public static func render(_ corpus: Corpus) -> String {
        var out = heading(corpus) + "\n\n"
        out += distribution(corpus)
        out += "\n" + evaluations(corpus)
        if !corpus.series.isEmpty { out += "\n" + series(corpus) }
        out += provenance(corpus).text
        return out
    }

    /// `Corpus · Kommunkompassen 2019 · 14 evaluations of 12 municipalities, 2019–2023`.
    static func heading(_ corpus: Corpus) -> String {
        let n = corpus.evaluations.count
        let m = corpus.municipalities.count
        return "Corpus · \(corpus.instrument.name) \(corpus.instrument.version) · "
            + "\(n) evaluation\(n == 1 ? "" : "s") of \(m) municipalit\(m == 1 ? "y" : "ies"), "
            + CorpusNumbers.years(corpus.evaluations.map(\.evidence.year))
    }

    /// The distribution table.
    static func distribution(_ corpus: Corpus) -> String {
        let out = "Distribution of the points (Q1, median, Q3: linear interpolation between the sorted values, "
            + "numpy's default)\n"
        var table = TextTable([.left, .left] + Array(repeating: .right, count: 8))
        table.add(["id", "title", "max", "n", "mean", "min", "Q1", "median", "Q3", "max"])
        for row in corpus.rows {
            let d = row.distribution
            table.add(
                [row.target.id, CorpusNumbers.shortened(row.target.title, 44), row.target.max.decimalString(), String(d.count)]
                    + [d.mean, d.minimum, d.lowerQuartile, d.median, d.upperQuartile, d.maximum].map(CorpusNumbers.points))
        }
        return out + table.render()
    }

    /// The evaluations ranked by total, with their percentile per area.
    static func evaluations(_ corpus: Corpus) -> String {
        var out = "Evaluations by total (rank 1 is the highest, equal totals share a rank; percentile: "
            + "the share of evaluations below, equal ones counted half)\n"
        let areas = corpus.areaRows
        var table = TextTable([.right, .left, .right, .right, .right] + areas.map { _ in .right })
        table.add(["rank", "municipality", "year", "total", "pctl"] + areas.map(\.target.id))
        for e in corpus.ranking {
            let evidence = corpus.evaluations[e].evidence
            let standing = corpus.total.standings[e]
            table.add(
                [
                    String(standing.rank), evidence.municipality, String(evidence.year),
                    CorpusNumbers.points(corpus.total.values[e]), CorpusNumbers.percentile(standing.percentile),
                ] + areas.map { CorpusNumbers.percentile($0.standings[e].percentile) })
        }
        out += table.render()
        out += "Columns \(areas.first?.target.id ?? "")–\(areas.last?.target.id ?? ""): the evaluation's percentile in "
            + "each area. Every subarea's rank and percentile: --format json or csv.\n"
        return out
    }

    /// Each municipality evaluated more than once: its totals and areas by year, and the changes.
    static func series(_ corpus: Corpus) -> String {
        var out = "Municipalities evaluated more than once (points per area; Δ: the change from the year before)\n"
        let areas = corpus.areaRows
        for series in corpus.series {
            out += series.municipality + "\n"
            var table = TextTable([.left, .right] + areas.map { _ in .right })
            table.add(["year", "total"] + areas.map(\.target.id))
            for (k, e) in series.evaluations.enumerated() {
                table.add(
                    [String(corpus.evaluations[e].evidence.year), CorpusNumbers.points(corpus.total.values[e])]
                        + areas.map { CorpusNumbers.points($0.values[e]) })
                if k > 0 {
                    let step = series.steps[k - 1]
                    table.add(["Δ", CorpusNumbers.change(step.totalChange)] + step.areaChanges.map(CorpusNumbers.change))
                }
            }
            out += table.render(indent: 2)
        }
        return out
    }

    /// The provenance of a corpus: the instrument and every evidence file.
    static func provenance(_ corpus: Corpus) -> Provenance {
        Provenance(instrument: corpus.instrument, files: corpus.evaluations.map { .evidence($0.evidence) })
    }
}
