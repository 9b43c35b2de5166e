import Engine
import Reports
import Testing

/// `--format svg`: the radar chart alone, against the reference profile asked for.
@Suite struct RadarChartTests {
    @Test func standaloneChartIsWellFormedAndNamesItsProvenance() throws {
        let report = try ReportFixtures.aleReport()
        let svg = RadarChart.document(report)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        let root = try XMLTree.parse(svg)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["lang"] == "sv")
        #expect(root.children.prefix(3).map(\.name) == ["title", "desc", "metadata"])
        let metadata = root.children[2].text
        #expect(
            metadata.contains(
                "kompass-score 0.1.0 · instrument Kommunkompassen 2019 sha256 \(report.scored.instrument.sha256)"))
        #expect(metadata.contains("sha256 \(report.scored.evidence.sha256)"))
        #expect(root.all("style").count == 1)
        #expect(RadarChart.document(report) == svg)
    }

    @Test func referenceIsChosenByName() throws {
        let scored = try ReportFixtures.scored()
        let best = try #require(scored.instrument.reference(named: "Bäst"))
        let report = try Report(scored: scored, options: ReportOptions(language: .sv, reference: best))
        let root = try XMLTree.parse(RadarChart.document(report))
        #expect(root.children.first?.text == "Testby 2021 jämfört med Bäst")
        let series = root.all(class: "radar-series")
        #expect(series.map { $0.attributes["data-series"] } == ["Testby 2021", "Bäst"])
        let values = series.map { group in group.children.compactMap { $0.attributes["data-value"] } }
        #expect(values == [["14.666667", "0"], ["18", "9"]])
        #expect(
            root.children[1].text
                == "Spindeldiagram, procent av max per område. Testby 2021: område 1 73\u{00A0}%, område 2 0\u{00A0}%. "
                + "Bäst: område 1 90\u{00A0}%, område 2 90\u{00A0}%."
        )
    }

    @Test func defaultReferenceIsTheInstrumentsFirst() throws {
        let scored = try ReportFixtures.scored()
        #expect(ReportOptions(for: scored.instrument).reference?.name == "Snitt")
    }

    @Test func withoutReferenceOnlyTheMunicipalityIsDrawn() throws {
        let scored = try ReportFixtures.scored()
        let report = try Report(scored: scored, options: ReportOptions(language: .en, reference: nil))
        let root = try XMLTree.parse(RadarChart.document(report))
        #expect(root.children.first?.text == "Testby 2021 per area")
        #expect(root.all(class: "radar-series").count == 1)
        #expect(root.all(class: "radar-legend").first?.all("text").map(\.text) == ["Testby 2021"])
        let html = try XMLTree.parse(HTMLReport.render(report))
        let headings = html.all(class: "areas").first?.all("thead").first?.all("th").map(\.normalizedText)
        #expect(headings == ["Area", "Points", "Max", "Percent"])
    }

    @Test func englishChartUsesEnglishTitlesAndPercent() throws {
        let report = try ReportFixtures.aleReport(.en)
        let root = try XMLTree.parse(RadarChart.document(report))
        #expect(root.attributes["lang"] == "en")
        let labels = root.all(class: "radar-label").map { $0.children.map(\.text).joined(separator: " ") }
        #expect(labels.first == "1 Interaction between elected representatives and citizens")
        #expect(labels.count == 8)
        #expect(root.children[1].text.contains("area 1 74%"))
    }

    /// Names, notes and sources with XML's special characters stay well-formed and read
    /// back as written, in the HTML report and in the chart.
    @Test func specialCharactersAreEscaped() throws {
        let instrument = try Fixture.instrument(ReportFixtures.instrument)
        let text = """
            evidence "A & B <C> \\"D\\" 'E'" year 2021 instrument "Minikompass" version "1"
              evaluator "E1 & E2"
            finding panel = yes
              source web "<kommun.se> & 'x'"
              note "a < b & c > \\"d\\""

            """
        let (evidence, bag, _) = Fixture.checkEvidence(text, for: instrument)
        let checked = try #require(evidence, "\(bag.all)")
        let report = try Report(
            scored: try ScoredEvidence(instrument: instrument, evidence: checked),
            options: ReportOptions(for: instrument))
        let html = HTMLReport.render(report)
        let root = try XMLTree.parse(html)
        #expect(root.all("h1").first?.text == "Analys av A & B <C> \"D\" 'E' 2021")
        #expect(root.all("p").contains { $0.text == "Utvärderare: E1 & E2" })
        let strengths = try #require(root.element(id: "subarea-1-1")?.all(class: "strengths").first)
        #expect(strengths.normalizedText.contains("webb ”<kommun.se> & 'x'”"))
        #expect(strengths.normalizedText.contains("Anteckning: a < b & c > \"d\""))
        #expect(html.contains("A &amp; B &lt;C&gt; &quot;D&quot; &#39;E&#39;"))
        let svg = try XMLTree.parse(RadarChart.document(report))
        #expect(svg.children.first?.text == "A & B <C> \"D\" 'E' 2021 jämfört med Snitt")
        #expect(throws: XMLTree.ParseFailure.self) { try XMLTree.parse("<p><br></p>") }
        #expect(throws: XMLTree.ParseFailure.self) { try XMLTree.parse("<p>a&nbsp;b</p>") }
        #expect(try XMLTree.parse("<p>a&#160;b<br/></p>").text == "a\u{00A0}b")
    }
}
