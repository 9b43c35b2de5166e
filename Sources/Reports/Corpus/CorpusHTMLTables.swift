import Analysis
import Engine

/// The tables of the corpus page after the distribution: the evaluations ranked by
/// total, and the municipalities evaluated more than once.
enum CorpusHTMLTables {
    /// Rank, municipality, year, total and percentile, and the percentile in each area.
    static func evaluations(_ corpus: Corpus, _ prose: Prose, _ m: inout Markup) {
        let w = CorpusWords.of(prose.language)
        let areas = corpus.areaRows
        m.open("section", [("id", "evaluations")])
        m.element("h2", [], w.evaluationsTitle)
        m.element("p", [("class", "note")], w.evaluationsNote)
        m.newline()
        m.open("table", [("class", "evaluations")])
        m.open("thead")
        m.open("tr")
        for (k, heading) in (w.evaluationsColumns + areas.map(\.target.id)).enumerated() {
            m.element("th", k == 1 ? [("scope", "col")] : [("scope", "col"), ("class", "num")], heading)
        }
        m.close("tr")
        m.close("thead")
        m.newline()
        m.open("tbody")
        for e in corpus.ranking {
            let evidence = corpus.evaluations[e].evidence
            let standing = corpus.total.standings[e]
            m.open("tr", [("data-evidence", evidence.path)])
            m.element("td", [("class", "num")], prose.integer(standing.rank))
            m.element("th", [("scope", "row")], evidence.municipality)
            m.element("td", [("class", "num")], String(evidence.year))
            m.element("td", [("class", "num")], CorpusNumbers.points(corpus.total.values[e], prose))
            m.element("td", [("class", "num")], CorpusNumbers.percentile(standing.percentile, prose))
            for row in areas {
                m.element("td", [("class", "num")], CorpusNumbers.percentile(row.standings[e].percentile, prose))
            }
            m.close("tr")
            m.newline()
        }
        m.close("tbody")
        m.close("table")
        m.close("section")
        m.newline()
    }

    /// Per municipality evaluated more than once: points per area by year and the changes.
    static func series(_ corpus: Corpus, _ prose: Prose, _ m: inout Markup) {
        let w = CorpusWords.of(prose.language)
        guard !corpus.series.isEmpty else { return }
        let areas = corpus.areaRows
        m.open("section", [("id", "series")])
        m.element("h2", [], w.seriesTitle)
        m.newline()
        for series in corpus.series {
            m.open("table", [("class", "series")])
            m.element("caption", [], series.municipality)
            m.open("thead")
            m.open("tr")
            for heading in w.seriesColumns + areas.map(\.target.id) {
                m.element("th", [("scope", "col"), ("class", "num")], heading)
            }
            m.close("tr")
            m.close("thead")
            m.open("tbody")
            for (k, e) in series.evaluations.enumerated() {
                m.open("tr")
                m.element("th", [("scope", "row"), ("class", "num")], String(corpus.evaluations[e].evidence.year))
                m.element("td", [("class", "num")], CorpusNumbers.points(corpus.total.values[e], prose))
                for row in areas { m.element("td", [("class", "num")], CorpusNumbers.points(row.values[e], prose)) }
                m.close("tr")
                if k > 0 {
                    let step = series.steps[k - 1]
                    m.open("tr", [("class", "change")])
                    m.element("th", [("scope", "row"), ("class", "num")], "Δ")
                    for change in [step.totalChange] + step.areaChanges {
                        m.element("td", [("class", "num series-change")], CorpusNumbers.change(change, prose))
                    }
                    m.close("tr")
                }
                m.newline()
            }
            m.close("tbody")
            m.close("table")
            m.newline()
        }
        m.close("section")
        m.newline()
    }
}
