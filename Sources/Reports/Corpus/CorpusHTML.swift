import Analysis
import Engine

/// `corpus --format html`: one self-contained page (inline CSS and SVG, no scripts or
/// external resources, well-formed XML as well as HTML) with the distribution of every
/// area, subarea and the total as a table and box plots, the evaluations ranked by total
/// with their percentile per area, the series, the method and the provenance.
public enum CorpusHTML {
    /// The whole document.
    public static func render(_ corpus: Corpus) -> String {
        var m = Markup()
        m.raw("<!DOCTYPE html>\n")
        m.open("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "en"), ("xml:lang", "en")])
        m.newline()
        m.open("head")
        m.empty("meta", [("charset", "utf-8")])
        m.empty("meta", [("name", "generator"), ("content", Provenance.tool)])
        m.element("title", [], CorpusText.heading(corpus))
        m.newline()
        m.style("\n" + ReportStylesheet.page + CorpusStylesheet.page)
        m.newline()
        m.close("head")
        m.newline()
        m.open("body")
        m.open("header")
        m.element("p", [("class", "kicker")], "\(corpus.instrument.name) \(corpus.instrument.version)")
        m.element("h1", [], "Corpus of \(corpus.evaluations.count) evaluations")
        m.element("p", [("class", "meta")], CorpusText.heading(corpus))
        m.close("header")
        m.newline()
        m.open("main")
        distribution(corpus, &m)
        CorpusHTMLTables.evaluations(corpus, &m)
        CorpusHTMLTables.series(corpus, &m)
        m.close("main")
        m.newline()
        footer(CorpusText.provenance(corpus), &m)
        m.close("body")
        m.newline()
        m.close("html")
        m.newline()
        return m.text
    }

    /// The distribution table with a box plot per row.
    static func distribution(_ corpus: Corpus, _ m: inout Markup) {
        m.open("section", [("id", "distribution")])
        m.element("h2", [], "Distribution")
        m.element(
            "p", [("class", "note")],
            "Quartiles by linear interpolation between the sorted values (numpy's default). In each plot: the line "
                + "from the least to the greatest value, the band from Q1 to Q3, the median as a white tick and the "
                + "mean as a diamond, on the scale from 0 to the maximum.")
        m.newline()
        m.open("table", [("class", "distribution")])
        m.open("thead")
        m.open("tr")
        m.element("th", [("scope", "col")], "Area or subarea")
        for heading in ["max", "n", "mean", "min", "Q1", "median", "Q3", "max"] {
            m.element("th", [("scope", "col"), ("class", "num")], heading)
        }
        m.element("th", [("scope", "col")], "Distribution")
        m.close("tr")
        m.close("thead")
        m.newline()
        m.open("tbody")
        for row in corpus.rows {
            let d = row.distribution
            m.open("tr", [("data-id", row.target.id), ("class", row.target.level.rawValue)])
            let label = row.target.level == .total ? row.target.title : "\(row.target.id) \(row.target.title)"
            if row.target.level == .subarea {
                m.element("th", [("scope", "row")], label)
            } else {
                m.open("th", [("scope", "row")])
                m.element("strong", [], label)
                m.close("th")
            }
            m.element("td", [("class", "num")], row.target.max.decimalString())
            m.element("td", [("class", "num")], String(d.count))
            for value in [d.mean, d.minimum, d.lowerQuartile, d.median, d.upperQuartile, d.maximum] {
                m.element("td", [("class", "num")], CorpusNumbers.points(value))
            }
            m.open("td")
            m.raw(BoxPlot.svg(d, max: row.target.max, label: boxLabel(row)))
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
    static func boxLabel(_ row: CorpusRow) -> String {
        let d = row.distribution
        return "\(row.target.id): least \(CorpusNumbers.points(d.minimum)), Q1 \(CorpusNumbers.points(d.lowerQuartile)), "
            + "median \(CorpusNumbers.points(d.median)), Q3 \(CorpusNumbers.points(d.upperQuartile)), "
            + "greatest \(CorpusNumbers.points(d.maximum)), mean \(CorpusNumbers.points(d.mean)) "
            + "of \(row.target.max.decimalString())"
    }

    /// The tool, the instrument and every file with its hash.
    static func footer(_ provenance: Provenance, _ m: inout Markup) {
        m.open("footer", [("class", "provenance")])
        m.open("dl")
        m.newline()
        var rows = [
            ("tool", Provenance.tool),
            ("instrument", "\(provenance.instrument.name) \(provenance.instrument.version), sha256 \(provenance.instrument.sha256)"),
        ]
        rows += provenance.files.map { ($0.role, $0.path + ($0.sha256.map { ", sha256 \($0)" } ?? "")) }
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
