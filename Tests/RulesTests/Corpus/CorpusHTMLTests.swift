import Analysis
import Engine
import Reports
import Rules
import TestSupport
import Testing

/// The corpus page, and the report shown against a corpus: well-formed XML, the rows and
/// values where they belong.
@Suite struct CorpusHTMLTests {
    @Test func corpusPageIsWellFormedWithABoxPlotPerRow() throws {
        let root = try XMLTree.parse(CorpusHTML.render(try CorpusTests.corpus()))
        let rows = root.all("tr").filter { $0.attributes["data-id"] != nil }
        #expect(rows.map { $0.attributes["data-id"] ?? "" } == ["1", "1.1", "1.2", "2", "2.1", "total"])
        // The total's band: Q1 16.25 to Q3 25 (CorpusTests works them out).
        let band = try #require(rows.last?.all(class: "box-band").first)
        #expect(band.attributes["data-q1"] == "16.25")
        #expect(band.attributes["data-q3"] == "25")
        #expect(root.all("tr").filter { $0.attributes["data-evidence"] != nil }.count == 4)
        #expect(root.all("table").filter { $0.attributes["class"] == "series" }.count == 1)
        #expect(root.all("footer").first?.normalizedText.contains("T 1, sha256") == true)
    }

    /// Ale 2020 against Examples/corpus: the quartile band behind the radar, and a line per
    /// area and subarea whose percentile is counted here from the scores themselves.
    @Test func aleAgainstTheExampleCorpus() throws {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let instrument = try #require(try workspace.loadInstrument(directory: RulesTestPaths.instrumentDirectory))
        let compiled = CompiledInstrument(instrument)
        let ale = try ScoredEvidence(
            compiled: compiled, evidence: try #require(try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: instrument)))
        var scored: [ScoredEvidence] = []
        for path in try EvidencePaths.expand([PackageRoot.path("Examples/corpus")]) {
            scored.append(try ScoredEvidence(compiled: compiled, evidence: try #require(try workspace.loadEvidence(path: path, instrument: instrument))))
        }
        #expect(scored.count == 14)
        var options = ReportOptions(for: instrument)
        options.corpus = try Corpus(scored)
        let root = try XMLTree.parse(HTMLReport.render(try Report(scored: ale, options: options)))
        let band = try #require(root.all(class: "radar-band").first)
        #expect(band.name == "path")
        #expect(band.normalizedText.hasPrefix("Det grå bandet: mittersta hälften (första till tredje kvartilen) av 14 utvärderingar"))
        let lines = root.all(class: "corpus")
        #expect(lines.count == 8 + 35)
        // Area 1: Ale's points against the 14 (Ale among them), equal ones counted half.
        let values = scored.map { $0.score.areas[0].points }
        let own = ale.score.areas[0].points
        let share = (Double(values.filter { $0 < own }.count) + Double(values.filter { $0 == own }.count) / 2) / 14
        let percentile = Int((100 * share).rounded(.toNearestOrAwayFromZero))
        #expect(lines.first?.normalizedText.hasPrefix("Bland 14 utvärderingar i jämförelsematerialet: percentil \(percentile) (median") == true)
        // Without a corpus the report has neither.
        let plain = try XMLTree.parse(HTMLReport.render(try Report(scored: ale, options: ReportOptions(for: instrument))))
        #expect(plain.all(class: "radar-band").isEmpty)
        #expect(plain.all(class: "corpus").isEmpty)
    }
}
