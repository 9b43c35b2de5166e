import Analysis
import Engine
import Reports
import Testing

/// A corpus of small hand-written evaluations: rows in table order, the ranking with ties,
/// standings per row, series with the change per area, and the renderings' key lines.
@Suite struct CorpusTests {
    /// Four evaluations of three municipalities (Norrby twice). Totals: Norrby 2019 0 + 5 + 0 = 5,
    /// Söderby 10 + 5 + 10 = 25, Norrby 2023 10 + 0 + 10 = 20, Västerby 10 + 5 + 10 = 25.
    static func corpus() throws -> Corpus {
        let f = try CorpusFixture()
        let (instrument, _) = try f.instrument("rules", CorpusFixture.corpusInstrument)
        let evidence = try [
            f.evidence("a.kompass", CorpusFixture.corpusEvidence("Norrby", year: 2019, a: false, b: true, c: false), for: instrument),
            f.evidence("b.kompass", CorpusFixture.corpusEvidence("Söderby", year: 2020, a: true, b: true, c: true), for: instrument),
            f.evidence("c.kompass", CorpusFixture.corpusEvidence("Norrby", year: 2023, a: true, b: false, c: true), for: instrument),
            f.evidence("d.kompass", CorpusFixture.corpusEvidence("Västerby", year: 2021, a: true, b: true, c: true), for: instrument),
        ]
        return try #require(try Corpus(CorpusFixture.scored(evidence, instrument)))
    }

    @Test func rowsFollowThePointTable() throws {
        let corpus = try Self.corpus()
        #expect(corpus.rows.map(\.target.id) == ["1", "1.1", "1.2", "2", "2.1", "total"])
        #expect(corpus.rows.map(\.target.level.rawValue) == ["area", "subarea", "subarea", "area", "subarea", "total"])
        #expect(corpus.total.target.title == "Totalt")
        #expect(corpus.total.target.max == CorpusFixture.q(30))
        #expect(corpus.total.values == [5, 25, 20, 25].map { CorpusFixture.q($0) })
        #expect(corpus.municipalities == ["Norrby", "Söderby", "Västerby"])
    }

    /// Totals 5, 25, 20, 25: the two 25s share rank 1 in corpus order, 20 is third.
    @Test func rankingAndStandingsOfTheTotal() throws {
        let corpus = try Self.corpus()
        #expect(corpus.ranking == [1, 3, 2, 0])
        #expect(corpus.total.standings.map(\.rank) == [4, 1, 3, 1])
        // 5: 1/2 of 4 → 12.5; 25: (2 + 1)/4 → 75; 20: (1 + 1/2)/4 → 37.5.
        #expect(corpus.total.standings.map(\.percentile) == [CorpusFixture.q(25, 2), CorpusFixture.q(75), CorpusFixture.q(75, 2), CorpusFixture.q(75)])
        let d = corpus.total.distribution
        // Sorted 5 20 25 25: Q1 h = 0.75 → 5 + 0.75·15 = 16.25; median 22.5; Q3 h = 2.25 → 25.
        #expect([d.minimum, d.lowerQuartile, d.median, d.upperQuartile, d.maximum]
            == [CorpusFixture.q(5), CorpusFixture.q(65, 4), CorpusFixture.q(45, 2), CorpusFixture.q(25), CorpusFixture.q(25)])
        #expect(d.mean == CorpusFixture.q(75, 4))
    }

    @Test func seriesByYearWithTheChangePerArea() throws {
        let corpus = try Self.corpus()
        #expect(corpus.series.count == 1)
        let series = try #require(corpus.series.first)
        #expect(series.municipality == "Norrby")
        #expect(series.evaluations == [0, 2])
        // Area 1: 5 → 10; area 2: 0 → 10; total 5 → 20.
        #expect(series.steps.map(\.areaChanges) == [[CorpusFixture.q(5), CorpusFixture.q(10)]])
        #expect(series.steps.map(\.totalChange) == [CorpusFixture.q(15)])
    }

    @Test func areaMeansAreTheReferenceValues() throws {
        let corpus = try Self.corpus()
        // Area 1: 5, 15, 10, 15 → 45/4; area 2: 0, 10, 10, 10 → 15/2.
        #expect(corpus.areaMeans.map(\.area) == ["1", "2"])
        #expect(corpus.areaMeans.map(\.value) == [CorpusFixture.q(45, 4), CorpusFixture.q(15, 2)])
    }

    @Test func textShowsRanksPercentilesAndSeries() throws {
        let text = CorpusText.render(try Self.corpus())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Corpus · T 1 · 4 evaluations of 3 municipalities, 2019–2023")
        // Total: mean 75/4, least 5, Q1 16.25, median 22.5, Q3 and greatest 25, to one decimal.
        #expect(lines.contains("total  Total     30  4  18.8    5  16.3    22.5  25   25"))
        // Area 2 is 10 for three of four: (1 + 3/2)/4 = 62.5, shown 63.
        #expect(lines.contains("   1  Söderby       2020     25    75  75  63"))
        #expect(lines.contains("   1  Västerby      2021     25    75  75  63"))
        #expect(lines.contains("   3  Norrby        2023     20    38  38  63"))
        #expect(lines.contains("   4  Norrby        2019      5    13  13  13"))
        #expect(lines.contains("  Δ       +15  +5  +10"))
    }

    /// The same corpus in Swedish: the heading in words, decimal commas, the same ranks.
    @Test func textInSwedish() throws {
        let text = CorpusText.render(try Self.corpus(), prose: Prose(.sv))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Jämförelsematerial · T 1 · 4 utvärderingar av 3 kommuner, 2019–2023")
        let tokens = lines.map { $0.split(separator: " ").map(String.init) }
        #expect(tokens.contains(["Totalt", "30", "4", "18,8", "5", "16,3", "22,5", "25", "25"]))
        #expect(tokens.contains(["id", "rubrik", "max", "antal", "medel", "lägst", "Q1", "median", "Q3", "högst"]))
        #expect(tokens.contains(["3", "Norrby", "2023", "20", "38", "38", "63"]))
        #expect(lines.contains { $0.hasPrefix("Kommuner som utvärderats mer än en gång") })
        #expect(lines.contains { $0.hasPrefix("underlag ") })
        #expect(!text.contains("evaluation") && !text.contains("percentile in"))
    }

    @Test func csvHasOneRowPerEvaluationAndTarget() throws {
        let corpus = try Self.corpus()
        let rows = CorpusCSV.render(corpus).split(separator: "\r\n").map(String.init)
        #expect(rows.count == 1 + 4 * 6)
        #expect(rows[0] == CorpusCSV.header.joined(separator: ","))
        #expect(rows[6].hasPrefix("Norrby,2019,total,total,5,30,4,4,12.5,18.75,5,16.25,22.5,25,25,T,1,"))
    }
}
