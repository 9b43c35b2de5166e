import Analysis
import Engine
import Reports
import TestSupport
import Testing

/// `compare`: the Ale example against the published table of its report.
@Suite struct ComparisonTests {
    static let csvPath = PackageRoot.path("Examples/ale-2020/published-results.csv")

    static func table() throws -> PublishedTable {
        try PublishedTable(csv: try RulesTestPaths.text(csvPath), path: "published-results.csv")
    }

    @Test func sourcesAreChosenByNameOrFirstWordAndYear() throws {
        let table = try Self.table()
        #expect(PublishedTable.firstWord("Ale kommun") == "Ale")
        #expect(table.rows(ofSource: "Ale", year: 2020)?.rows.count == 44)
        #expect(table.rows(ofSource: "ale", year: nil)?.source == "Ale")
        let average = try #require(table.rows(ofSource: "Sverigesnitt", year: 2020))
        #expect(average.source == "Sverigesnitt (as published by Vallentuna, 2021)")
        #expect(average.rows.count == 9)
        // Vallentuna has 2017, 2019 and 2021: the evidence's year when present, else the latest.
        #expect(table.rows(ofSource: "Vallentuna", year: 2019)?.rows.map(\.achieved.text) == ["603"])
        #expect(table.rows(ofSource: "Vallentuna", year: 2020)?.rows.count == 9)
        #expect(table.rows(ofSource: "Nowhere", year: 2020) == nil)
    }

    @Test func aleRowsMatchEveryAreaSubareaAndTheTotal() throws {
        let scored = try Shipped.ale()
        let rows = try #require(try Self.table().rows(ofSource: "Ale", year: 2020)).rows
        let comparison = try Comparison(scored, published: rows)
        #expect(comparison.rows.count == 44)
        #expect(comparison.unmatched.isEmpty && comparison.unpublished.isEmpty && comparison.renamed.isEmpty)
        #expect(comparison.rows.first?.id == "1" && comparison.rows.last?.id == "total")
        for row in comparison.rows {
            #expect(row.pointsDifference == (try row.computed.subtracting(row.published.achieved.value)))
            let implied = try #require(row.implied)
            #expect(implied == (try row.published.percent!.value.multiplied(by: row.max).divided(by: q(100))))
            #expect(row.impliedDifference == (try row.computed.subtracting(implied)))
        }
        let row22 = try #require(comparison.rows.first { $0.id == "2.2" })
        #expect(row22.implied == q("18.3"))
        #expect(row22.consistency?.problem == .pointsAndPercentDisagree)
        #expect(comparison.rows.filter { $0.consistency?.problem != nil }.map(\.id) == ["2", "2.2", "2.3"])
    }

    /// Area 2 prints 67 and 64 %: no score is within 1 point of both, so a tolerance of 1
    /// always finds it; a tolerance as large as the maximum finds nothing.
    @Test func toleranceFindsRowsBeyondIt() throws {
        let scored = try Shipped.ale()
        let rows = try #require(try Self.table().rows(ofSource: "Ale", year: 2020)).rows
        let comparison = try Comparison(scored, published: rows)
        #expect(comparison.beyond(tolerance: q(1)).map(\.id).contains("2"))
        #expect(comparison.beyond(tolerance: q(800)).isEmpty)
    }

    /// Rows are matched by id, else by title or alias: area 1 of the report's table is
    /// "Offentlighet och demokrati", an alias of the instrument's area 1.
    @Test func rowsMatchByAliasWhenTheIDIsUnknown() throws {
        let scored = try Shipped.ale()
        let text = TableConsistencyTests.header + "Ale,2020,2019,A,Offentlighet och demokrati,74,100,74,,\n"
            + "Ale,2020,2019,Z,Något annat,1,10,10,,\n"
        let comparison = try Comparison(scored, published: try PublishedTable(csv: text, path: "t.csv").rows)
        #expect(comparison.rows.map(\.id) == ["1"])
        #expect(comparison.unmatched.map(\.id) == ["Z"])
        #expect(comparison.unpublished.count == 42)
    }

    @Test func theTableRendersBothColumnsAndTheConsistencySection() throws {
        let scored = try Shipped.ale()
        let rows = try #require(try Self.table().rows(ofSource: "Ale", year: 2020)).rows
        let comparison = try Comparison(scored, published: rows)
        let text = ComparisonTable.render(
            comparison, scored: scored, published: .init(source: "Ale", path: "p.csv", sha256: "abc"), tolerance: q(1),
            language: .en)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Ale kommun 2020 · Kommunkompassen 2019 · published: Ale 2020")
        #expect(lines.contains { $0.hasPrefix("id ") && $0.contains("computed") && $0.contains("printed") && $0.contains("implies") })
        #expect(lines.contains { $0.hasPrefix("2.2 ") && $0.contains("61%") && $0.contains("18.3") && $0.hasSuffix("  !") })
        #expect(text.contains("""
            ! 2     its points allow [66.5, 67.5), its percent [63.5, 64.5): no value prints as both
                    (the table notes: printed total 67 but 64 percent)
            ! 2.2   its points allow [19.5, 20.5), its percent [18.15, 18.45): no value prints as both
                    (the table notes: printed points and percent disagree in the source)
            ! 2.3   its points allow [16.5, 17.5), its percent [15.75, 16.05): no value prints as both
                    (the table notes: printed points and percent disagree in the source)
              The other 41 rows are consistent; 1, 3, 4, 5, 6, 7, 8, total also with the sums of their parts' intervals.

            """))
        #expect(lines.contains { $0.hasPrefix("Tolerance 1: ") && $0.contains("beyond: ") })
        #expect(lines.last == "" && lines.dropLast().last == "published p.csv sha256 abc")
    }

    @Test func malformedTablesAreErrorsWithTheirLine() {
        #expect(throws: PublishedTableError(path: "t.csv", line: 1, message: "no 'max' column in the header")) {
            try PublishedTable(csv: "source,id,achieved\nA,1,2\n", path: "t.csv")
        }
        #expect(throws: PublishedTableError(path: "t.csv", line: 3, message: "'achieved' is not a number: 'many'")) {
            try PublishedTable(csv: "source,id,achieved,max\nA,1,2,10\nA,2,many,10\n", path: "t.csv")
        }
        #expect(throws: PublishedTableError(path: "t.csv", line: 2, message: "3 fields where the header has 4")) {
            try PublishedTable(csv: "source,id,achieved,max\nA,\"1,2\",10\n", path: "t.csv")
        }
    }
}
