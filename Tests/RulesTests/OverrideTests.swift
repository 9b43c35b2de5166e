import Engine
import Reports
import Rules
import Testing

/// DESIGN.md: an override replaces a subarea's reported score (0 ≤ v ≤ max); areas and
/// the total use it; outputs show both numbers and the reason.
@Suite struct OverrideTests {
    static let instrumentText = DesignExampleTests.declarations + "\n" + DesignExampleTests.areas

    static let evidence = """
        finding fullmaktige.fragestund = yes source interview "Politisk ledning"
        finding dialog.former = {ortsdialog, medborgarpanel, aleforslag, ungdomsrad} source web "ale.se"
        finding dialog.uppfoljning = evaluated source document "Uppföljning"
        finding medborgarpanel.storlek = 300 source document "Panelrapport"
        finding demokrati.strategi = followed_up source document "Verksamhetsplan"
        judge 1.1.b = 0.5 because "Utvärdering görs i hälften av nämnderna."
        override 1.3 = 28 because "Utvärderarnas samlade bedömning." by "E2"
        """

    @Test func overrideIsReportedAndComputedIsKept() throws {
        let scored = try Fixture.scored(Self.instrumentText, Self.evidence)
        let s = scored.subareaScore("1.3")
        #expect(s.points == q(28))
        #expect(s.computed == q(26))
        #expect(s.bounds == Bounds(min: q(28), max: q(28)))
        #expect(s.override?.reason == "Utvärderarnas samlade bedömning.")
        #expect(s.override?.by == "E2")
        // Area 1 = 28 + 14.5, the total likewise.
        #expect(scored.areaScore("1").points == q("42.5"))
        #expect(scored.score.total == q("42.5"))
        #expect(scored.areaScore("1").points.roundedHalfAwayFromZero() == 43)
    }

    @Test func overrideAppearsInJSONWithBothNumbers() throws {
        let scored = try Fixture.scored(Self.instrumentText, Self.evidence)
        let subareas = ScoreJSON.object(scored)["areas"]?.arrayValue?.first?["subareas"]?.arrayValue ?? []
        let s13 = try #require(subareas.first { $0["id"]?.stringValue == "1.3" })
        #expect(s13["points"]?.numberText == "28")
        #expect(s13["rounded"]?.numberText == "28")
        #expect(s13["percent"]?.numberText == "93")  // 28/30 = 93.3 %
        let o = try #require(s13["override"])
        #expect(o["points"]?.numberText == "28")
        #expect(o["computed"]?.numberText == "26")
        #expect(o["reason"]?.stringValue == "Utvärderarnas samlade bedömning.")
        #expect(o["by"]?.stringValue == "E2")
        let s11 = try #require(subareas.first { $0["id"]?.stringValue == "1.1" })
        #expect(s11["override"]?.isNull == true)
    }

    @Test func overrideAppearsInTheTableWithReason() throws {
        let scored = try Fixture.scored(Self.instrumentText, Self.evidence)
        let table = ScoreTable.render(scored)
        let row = try #require(table.split(separator: "\n").first { $0.hasPrefix("1.3  ") })
        #expect(row.hasSuffix("*"))
        #expect(row.contains(" 28 "))
        #expect(table.contains("* 1.3: ändrad av E2 från beräknat 26: Utvärderarnas samlade bedömning."))
    }

    @Test(arguments: ["31", "-1"])
    func overrideOutsideRangeIsAnError(_ value: String) throws {
        let instrument = try Fixture.instrument(Self.instrumentText)
        let (evidence, bag, _) = Fixture.checkEvidence(
            Fixture.header(for: instrument) + "override 1.3 = \(value) because \"x\"\n", for: instrument)
        #expect(evidence == nil)
        #expect(bag.hasErrors)
    }

    @Test func overrideWithoutReasonIsAnError() throws {
        let instrument = try Fixture.instrument(Self.instrumentText)
        let (evidence, bag, _) = Fixture.checkEvidence(
            Fixture.header(for: instrument) + "override 1.3 = 20\n", for: instrument)
        #expect(evidence == nil)
        #expect(bag.all.map(\.id) == [.semaMissingReason])
    }
}
