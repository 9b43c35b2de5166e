import Engine

/// The report as one self-contained HTML file (`--format html`): inline CSS and SVG, no
/// scripts, links or external resources, well-formed XML as well as HTML, printable on
/// A4. A summary with the total, the area table and the radar chart; a section per area
/// with bars, strengths and improvement opportunities per subarea; the point table laid
/// out like section 4 of the published report; a provenance footer.
public enum HTMLReport {
    /// The whole document.
    public static func render(_ report: Report) -> String {
        var m = Markup()
        m.raw("<!DOCTYPE html>\n")
        m.open(
            "html",
            [
                ("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", report.language.rawValue),
                ("xml:lang", report.language.rawValue),
            ])
        m.newline()
        m.open("head")
        m.newline()
        m.empty("meta", [("charset", "utf-8")])
        m.newline()
        m.empty("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
        m.newline()
        m.empty("meta", [("name", "generator"), ("content", Provenance.tool)])
        m.newline()
        m.element("title", [], report.documentTitle)
        m.newline()
        m.style("\n" + ReportStylesheet.page)
        m.newline()
        m.close("head")
        m.newline()
        m.open("body")
        m.newline()
        header(report, &m)
        m.open("main")
        m.newline()
        summary(report, &m)
        for area in report.areas { areaSection(report, area, &m) }
        pointTable(report, &m)
        m.close("main")
        m.newline()
        footer(report, &m)
        m.close("body")
        m.newline()
        m.close("html")
        m.newline()
        return m.text
    }

    static func header(_ report: Report, _ m: inout Markup) {
        let words = report.words
        let evidence = report.scored.evidence
        m.open("header", [("class", "cover")])
        m.newline()
        m.element("p", [("class", "kicker")], "\(report.scored.instrument.name) \(report.scored.instrument.version)")
        m.newline()
        m.element("h1", [], words.reportTitle(evidence.municipality, evidence.year))
        m.newline()
        if !evidence.evaluators.isEmpty {
            m.element("p", [("class", "meta")], "\(words.evaluators): \(evidence.evaluators.joined(separator: ", "))")
            m.newline()
        }
        m.close("header")
        m.newline()
    }

    /// The total, the area table against the reference, the highlights and the radar chart.
    static func summary(_ report: Report, _ m: inout Markup) {
        let words = report.words
        let l = report.language
        m.open("section", [("class", "summary"), ("id", "summary")])
        m.newline()
        m.element("h2", [], words.summary)
        m.newline()
        m.open("p", [("class", "total")])
        m.element("strong", [], l.points(report.total))
        let maximum = words.pointsUnit(l.decimal(report.maximum))
        m.write(" \(words.of) \(maximum) (\(report.percent(report.total, of: report.maximum)))")
        m.close("p")
        m.newline()
        let bounds = report.scored.score.totalBounds
        if !bounds.isExact {
            m.element("p", [("class", "note")], words.couldBe(l.decimal(bounds.min), l.decimal(bounds.max)))
            m.newline()
        }
        areaTable(report, &m)
        m.open("ul", [("class", "highlights")])
        for line in report.highlights() {
            m.open("li")
            rich(line, &m)
            m.close("li")
        }
        m.close("ul")
        m.newline()
        m.open("figure", [("class", "radar")])
        m.newline()
        m.raw(RadarChart.element(report, standalone: false))
        m.element("figcaption", [], words.radarCaption + (report.corpusCaption.map { " " + $0 } ?? ""))
        m.newline()
        m.close("figure")
        m.newline()
        m.close("section")
        m.newline()
    }

    /// Area, points, maximum, percent, and the reference with the difference.
    static func areaTable(_ report: Report, _ m: inout Markup) {
        let words = report.words
        let l = report.language
        let reference = report.reference
        m.open("table", [("class", "areas")])
        m.element("caption", [], words.areaTableCaption(reference?.name))
        m.newline()
        m.open("thead")
        m.open("tr")
        m.element("th", [("scope", "col")], words.area)
        for heading in [words.totalLine, words.max, words.percent]
            + (reference.map { [$0.name, words.difference] } ?? [])
        {
            m.element("th", [("scope", "col"), ("class", "num")], heading)
        }
        m.close("tr")
        m.close("thead")
        m.newline()
        m.open("tbody")
        m.newline()
        for area in report.areas {
            m.open("tr", [("data-area", area.id)])
            m.element("th", [("scope", "row")], "\(area.id) \(area.title)")
            var cells = [l.points(area.points), l.decimal(area.max), l.percent(area.points.percent(of: area.max))]
            if reference != nil {
                cells += [area.reference.map { l.decimal($0, digits: 1) } ?? "–", report.difference(area) ?? "–"]
            }
            for cell in cells { m.element("td", [("class", "num")], cell) }
            m.close("tr")
            m.newline()
        }
        m.close("tbody")
        m.open("tfoot")
        m.open("tr")
        m.element("th", [("scope", "row")], words.total)
        var cells = [
            l.points(report.total), l.decimal(report.maximum), l.percent(report.total.percent(of: report.maximum)),
        ]
        if reference != nil { cells += ["", ""] }
        for cell in cells { m.element("td", [("class", "num")], cell) }
        m.close("tr")
        m.close("tfoot")
        m.close("table")
        m.newline()
    }

    /// Tool, instrument and evidence with their hashes.
    static func footer(_ report: Report, _ m: inout Markup) {
        let words = report.words
        let scored = report.scored
        m.open("footer", [("class", "provenance")])
        m.open("dl")
        m.newline()
        let rows = [
            (words.tool, Provenance.tool),
            (
                words.instrument,
                "\(scored.instrument.name) \(scored.instrument.version), sha256 \(scored.instrument.sha256)"
            ),
            (words.evidence, "\(scored.evidence.path), sha256 \(scored.evidence.sha256)"),
        ]
        for (term, value) in rows {
            m.element("dt", [], term)
            m.element("dd", [], value)
            m.newline()
        }
        m.close("dl")
        m.close("footer")
        m.newline()
    }

    /// A line of prose as inline markup.
    static func rich(_ text: RichText, _ m: inout Markup) {
        for run in text.runs {
            switch run {
            case .text(let t): m.write(t)
            case .code(let t): m.element("code", [], t)
            case .strong(let t): m.element("strong", [], t)
            case .muted(let t): m.element("span", [("class", "source")], t)
            }
        }
    }
}
