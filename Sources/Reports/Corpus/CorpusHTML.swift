import Analysis
import Engine

/// `corpus --format html`: one self-contained page (inline CSS and SVG, no scripts or
/// external resources, well-formed XML as well as HTML) with the distribution of every
/// area, subarea and the total as a table and box plots, the evaluations ranked by total
/// with their percentile per area, the series, the method and the provenance.
public enum CorpusHTML {
    /// The whole document.
    public static func render(_ corpus: Corpus, prose: Prose = Prose(.en)) -> String {
        let w = CorpusWords.of(prose.language)
        let lang = prose.language.rawValue
        var m = Markup()
        m.raw("<!DOCTYPE html>\n")
        m.open("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", lang), ("xml:lang", lang)])
        m.newline()
        m.open("head")
        m.empty("meta", [("charset", "utf-8")])
        m.empty("meta", [("name", "generator"), ("content", Provenance.tool)])
        m.element("title", [], CorpusText.heading(corpus, prose))
        m.newline()
        m.style("\n" + ReportStylesheet.page + CorpusStylesheet.page)
        m.newline()
        m.close("head")
        m.newline()
        m.open("body")
        m.open("header")
        m.element("p", [("class", "kicker")], "\(corpus.instrument.name) \(corpus.instrument.version)")
        m.element("h1", [], w.pageHeading(prose.count(corpus.evaluations.count, w.evaluation)))
        m.element("p", [("class", "meta")], CorpusText.heading(corpus, prose))
        m.close("header")
        m.newline()
        m.open("main")
        distribution(corpus, prose, &m)
        CorpusHTMLTables.evaluations(corpus, prose, &m)
        CorpusHTMLTables.series(corpus, prose, &m)
        m.close("main")
        m.newline()
        footer(CorpusText.provenance(corpus), prose, &m)
        m.close("body")
        m.newline()
        m.close("html")
        m.newline()
        return m.text
    }

    /// The distribution table with a box plot per row.
    static func distribution(_ corpus: Corpus, _ prose: Prose, _ m: inout Markup) {
        let w = CorpusWords.of(prose.language)
        m.open("section", [("id", "distribution")])
        m.element("h2", [], w.distribution)
        m.element("p", [("class", "note")], w.distributionNote)
        m.newline()
        m.open("table", [("class", "distribution")])
        m.open("thead")
        m.open("tr")
        m.element("th", [("scope", "col")], w.areaOrSubarea)
        for heading in w.distributionTableColumns {
            m.element("th", [("scope", "col"), ("class", "num")], heading)
        }
        m.element("th", [("scope", "col")], w.distribution)
        m.close("tr")
        m.close("thead")
        m.newline()
        m.open("tbody")
        for row in corpus.rows {
            let d = row.distribution
            m.open("tr", [("data-id", row.target.id), ("class", row.target.level.rawValue)])
            let label = row.target.level == .total ? w.title(row.target) : "\(row.target.id) \(row.target.title)"
            if row.target.level == .subarea {
                m.element("th", [("scope", "row")], label)
            } else {
                m.open("th", [("scope", "row")])
                m.element("strong", [], label)
                m.close("th")
            }
            m.element("td", [("class", "num")], CorpusNumbers.exact(row.target.max, prose))
            m.element("td", [("class", "num")], prose.integer(d.count))
            for value in [d.mean, d.minimum, d.lowerQuartile, d.median, d.upperQuartile, d.maximum] {
                m.element("td", [("class", "num")], CorpusNumbers.points(value, prose))
            }
            m.open("td")
            m.raw(BoxPlot.svg(d, max: row.target.max, label: boxLabel(row, prose)))
            m.close("td")
            m.close("tr")
            m.newline()
        }
        m.close("tbody")
        m.close("table")
        m.close("section")
        m.newline()
    }

    /// A box plot in words.
    static func boxLabel(_ row: CorpusRow, _ prose: Prose) -> String {
        let d = row.distribution
        let p = { (value: Rational) in CorpusNumbers.points(value, prose) }
        return CorpusWords.of(prose.language).boxLabel(
            row.target.id, p(d.minimum), p(d.lowerQuartile), p(d.median), p(d.upperQuartile), p(d.maximum), p(d.mean),
            CorpusNumbers.exact(row.target.max, prose))
    }

    /// The tool, the instrument and every file with its hash.
    static func footer(_ provenance: Provenance, _ prose: Prose, _ m: inout Markup) {
        let w = CorpusWords.of(prose.language)
        m.open("footer", [("class", "provenance")])
        m.open("dl")
        m.newline()
        var rows = [
            (w.tool, Provenance.tool),
            (w.instrument, "\(provenance.instrument.name) \(provenance.instrument.version), sha256 \(provenance.instrument.sha256)"),
        ]
        rows += provenance.files.map { (prose.roleWord($0.role), $0.path + ($0.sha256.map { ", sha256 \($0)" } ?? "")) }
        for (term, value) in rows {
            m.element("dt", [], term)
            m.element("dd", [], value)
            m.newline()
        }
        m.close("dl")
        m.close("footer")
        m.newline()
    }
}
