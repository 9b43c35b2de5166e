import Analysis
import Engine
import TestSupport
import Testing

/// The consistency check of published tables, by intervals (DESIGN.md, "Display").
@Suite struct TableConsistencyTests {
    static let header = "source,year,revision,id,name,achieved,max,printed_percent,reference,note\n"

    static func check(_ csv: String) throws -> TableConsistency {
        try TableConsistency(PublishedTable(csv: header + csv, path: "t.csv").rows)
    }

    static func problems(_ consistency: TableConsistency) -> [String: TableConsistency.Problem] {
        Dictionary(uniqueKeysWithValues: consistency.problems.compactMap { row in row.problem.map { (row.id, $0) } })
    }

    // MARK: Ale's table

    static func ale() throws -> TableConsistency {
        let text = try RulesTestPaths.text(PackageRoot.path("Examples/ale-2020/published-results.csv"))
        let table = try PublishedTable(csv: text, path: "published-results.csv")
        let rows = try #require(table.rows(ofSource: "Ale", year: 2020)).rows
        #expect(rows.count == 44)
        return try TableConsistency(rows)
    }

    @Test func aleFlagsArea2AndSubareas22And23() throws {
        let consistency = try Self.ale()
        #expect(consistency.problems.map(\.id) == ["2", "2.2", "2.3"])
        #expect(consistency.problems.allSatisfy { $0.problem == .pointsAndPercentDisagree })
        let row22 = try #require(consistency.rows.first { $0.id == "2.2" })
        #expect(row22.points.description == "[19.5, 20.5)")
        #expect(row22.percent?.description == "[18.15, 18.45)")
    }

    /// Areas 4, 5, 7 and 8 print points their subareas' printed points do not add up to;
    /// they are consistent because an area is rounded from the exact sum.
    @Test(arguments: ["4", "5", "7", "8"])
    func aleAreasRoundedFromExactSumsAreConsistent(_ area: String) throws {
        let text = try RulesTestPaths.text(PackageRoot.path("Examples/ale-2020/published-results.csv"))
        let rows = try #require(try PublishedTable(csv: text, path: "p.csv").rows(ofSource: "Ale", year: 2020)).rows
        let printedSum = rows.filter { $0.parentID == area }.reduce(Rational.zero) { (try? $0.adding($1.achieved.value)) ?? $0 }
        #expect(printedSum != rows.first { $0.id == area }?.achieved.value, "the printed subareas add up differently")
        let row = try #require(try Self.ale().rows.first { $0.id == area })
        #expect(row.problem == nil)
        #expect(row.partsSum != nil && row.parts.count >= 4)
    }

    @Test func aleTotalIsConsistentWithItsAreas() throws {
        let total = try #require(try Self.ale().rows.first { $0.id == "total" })
        #expect(total.problem == nil)
        #expect(total.parts == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(total.percent?.description == "[483.6, 484.4)")
    }

    // MARK: A small synthetic table

    /// Area a: 4 + 4 printed, 9 for the area, consistent (4.45..4.5 each, 8.9..9 summed).
    /// b.1: 3 points but 40 %. Area c: its parts sum to about 4, it prints 5.
    /// Area d: one subarea of two, so its sum is not checked.
    static let synthetic = """
        S,2020,1,a,A,9,20,45,,
        S,2020,1,a.1,A1,4,10,45,,
        S,2020,1,a.2,A2,4,10,45,,
        S,2020,1,b,B,3,10,30,,
        S,2020,1,b.1,B1,3,10,40,,
        S,2020,1,c,C,5,20,25,,
        S,2020,1,c.1,C1,2,10,20,,
        S,2020,1,c.2,C2,2,10,20,,
        S,2020,1,d,D,9,20,45,,
        S,2020,1,d.1,D1,1,10,10,,

        """

    @Test func syntheticTableFlagsExactlyTheInconsistentRows() throws {
        let consistency = try Self.check(Self.synthetic)
        #expect(Self.problems(consistency) == ["b.1": .pointsAndPercentDisagree, "c": .partsCannotSum])
        let a = try #require(consistency.rows.first { $0.id == "a" })
        #expect(a.partsSum?.description == "[8.9, 9)")
        #expect(a.feasible.description == "[8.9, 9)")
        #expect(consistency.rows.first { $0.id == "d" }?.partsSum == nil)
        // b.1 is flagged; b, summed from it, takes any value b.1's points or percent allow.
        #expect(consistency.rows.first { $0.id == "b.1" }?.feasible.description == "[2.5, 4.05)")
        #expect(consistency.rows.first { $0.id == "b" }?.problem == nil)
    }

    /// Intervals that only touch do not meet: 2.5 prints as 3, so 3 points and 2 % of 100
    /// cannot both hold, nor 2 points and 3 %; 3 points and 3 % can.
    @Test(arguments: [("3", "2", false), ("2", "3", false), ("3", "3", true), ("0", "0", true)])
    func touchingEndsDoNotMeet(_ points: String, _ percent: String, _ consistent: Bool) throws {
        let consistency = try Self.check("S,2020,1,x,X,\(points),100,\(percent),,\n")
        #expect((consistency.problems.isEmpty) == consistent)
    }

    @Test func aTotalPercentWithADecimalIsRoundedAtItsDecimal() throws {
        let consistency = try Self.check("S,2020,1,total,T,484,800,60.5,,\nS,2020,1,t2,T,485,800,60.5,,\n")
        #expect(consistency.rows.first { $0.id == "total" }?.problem == nil)
        #expect(consistency.rows.first { $0.id == "t2" }?.problem == .pointsAndPercentDisagree)
    }
}
