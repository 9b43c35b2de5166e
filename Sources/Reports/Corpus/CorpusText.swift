import Analysis
import Engine

/// The text of `corpus`: the distribution per area, subarea and total; the evaluations
/// ranked by total with their percentile per area; the municipalities evaluated more
/// than once, with the change per area; provenance. In the language of `prose`.
public enum CorpusText {
    /// The text for a corpus.
    public static func render(_ corpus: Corpus, prose: Prose = Prose(.en)) -> String {
        var out = heading(corpus, prose) + "\n\n"
        out += distribution(corpus, prose)
        out += "\n" + evaluations(corpus, prose)
        if !corpus.series.isEmpty { out += "\n" + series(corpus, prose) }
        out += prose.footer(provenance(corpus))
        return out
    }

    /// `Corpus · Kommunkompassen 2019 · 14 evaluations of 12 municipalities, 2019–2023`.
    static func heading(_ corpus: Corpus, _ prose: Prose) -> String {
        let w = CorpusWords.of(prose.language)
        return w.heading(
            "\(corpus.instrument.name) \(corpus.instrument.version)", prose.count(corpus.evaluations.count, w.evaluation),
            prose.count(corpus.municipalities.count, w.municipality),
            CorpusNumbers.years(corpus.evaluations.map(\.evidence.year)))
    }

    /// The distribution table; in Swedish the total's row shows its title only (its id,
    /// `total`, is an English word).
    static func distribution(_ corpus: Corpus, _ prose: Prose) -> String {
        let w = CorpusWords.of(prose.language)
        var table = TextTable([.left, .left] + Array(repeating: .right, count: 8))
        table.add(w.distributionColumns)
        for row in corpus.rows {
            let d = row.distribution
            table.add(
                [
                    row.target.level == .total && prose.isSwedish ? "" : row.target.id, CorpusNumbers.shortened(w.title(row.target), 44), CorpusNumbers.exact(row.target.max, prose),
                    prose.integer(d.count),
                ] + [d.mean, d.minimum, d.lowerQuartile, d.median, d.upperQuartile, d.maximum].map {
                    CorpusNumbers.points($0, prose)
                })
        }
        return w.distributionHeading + "\n" + table.render()
    }

    /// The evaluations ranked by total, with their percentile per area.
    static func evaluations(_ corpus: Corpus, _ prose: Prose) -> String {
        let w = CorpusWords.of(prose.language)
        var out = w.evaluationsHeading + "\n"
        let areas = corpus.areaRows
        var table = TextTable([.right, .left, .right, .right, .right] + areas.map { _ in .right })
        table.add(w.evaluationsColumns + areas.map(\.target.id))
        for e in corpus.ranking {
            let evidence = corpus.evaluations[e].evidence
            let standing = corpus.total.standings[e]
            table.add(
                [
                    prose.integer(standing.rank), evidence.municipality, String(evidence.year),
                    CorpusNumbers.points(corpus.total.values[e], prose), CorpusNumbers.percentile(standing.percentile, prose),
                ] + areas.map { CorpusNumbers.percentile($0.standings[e].percentile, prose) })
        }
        out += table.render()
        out += w.areaColumnsNote(areas.first?.target.id ?? "", areas.last?.target.id ?? "") + "\n"
        return out
    }

    /// Each municipality evaluated more than once: its totals and areas by year, and the changes.
    static func series(_ corpus: Corpus, _ prose: Prose) -> String {
        let w = CorpusWords.of(prose.language)
        var out = w.seriesHeading + "\n"
        let areas = corpus.areaRows
        for series in corpus.series {
            out += series.municipality + "\n"
            var table = TextTable([.left, .right] + areas.map { _ in .right })
            table.add(w.seriesColumns + areas.map(\.target.id))
            for (k, e) in series.evaluations.enumerated() {
                table.add(
                    [String(corpus.evaluations[e].evidence.year), CorpusNumbers.points(corpus.total.values[e], prose)]
                        + areas.map { CorpusNumbers.points($0.values[e], prose) })
                if k > 0 {
                    let step = series.steps[k - 1]
                    table.add(
                        ["Δ", CorpusNumbers.change(step.totalChange, prose)]
                            + step.areaChanges.map { CorpusNumbers.change($0, prose) })
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
