import Engine
import Reports
import Testing

/// Numbers and percent for the language, rounded half away from zero (never half to even).
@Suite struct ReportLanguageTests {
    @Test func swedishUsesDecimalCommaAndSpacedPercent() {
        let sv = ReportLanguage.sv
        #expect(sv.decimal(q("16.25")) == "16,25")
        #expect(sv.decimal(q(1, 8)) == "0,13")
        #expect(sv.decimal(q(1, 3), digits: 1) == "0,3")
        #expect(sv.decimal(q(20)) == "20")
        #expect(sv.decimal(q("-7.65"), digits: 1) == "−7,7")
        #expect(sv.points(q("14.5")) == "15")
        #expect(sv.points(q("2.5")) == "3")
        #expect(sv.percent(q("16.2").percent(of: q(20))) == "81\u{00A0}%")
        #expect(sv.integer(1234) == "1234")
        #expect(sv.integer(12345) == "12\u{00A0}345")
        #expect(sv.integer(1_234_567) == "1\u{00A0}234\u{00A0}567")
    }

    @Test func englishUsesDecimalPointAndGroupsThousands() {
        let en = ReportLanguage.en
        #expect(en.decimal(q("16.25")) == "16.25")
        #expect(en.decimal(q(1, 8)) == "0.13")
        #expect(en.points(q("14.5")) == "15")
        #expect(en.percent(q("14.5").percent(of: q(20))) == "73%")
        #expect(en.integer(800) == "800")
        #expect(en.integer(1234) == "1,234")
        #expect(en.decimal(q("12345.5")) == "12,345.5")
    }

    @Test func defaultIsTheInstrumentsLanguage() throws {
        let swedish = try Fixture.instrument("instrument \"I\" version \"1\" language \"sv\"\narea a \"A\" max 1\n")
        let english = try Fixture.instrument("instrument \"I\" version \"1\" language \"en\"\narea a \"A\" max 1\n")
        let none = try Fixture.instrument("instrument \"I\" version \"1\"\narea a \"A\" max 1\n")
        #expect(ReportLanguage.default(for: swedish) == .sv)
        #expect(ReportLanguage.default(for: english) == .en)
        #expect(ReportLanguage.default(for: none) == .sv)
    }

    @Test func titlesFallBackToTheMainTitle() throws {
        let scored = try ReportFixtures.scored()
        let report = try Report(scored: scored, options: ReportOptions(language: .en, reference: nil))
        #expect(report.areas.map(\.title) == ["Democracy", "Working life"])
        #expect(report.areas[0].subareas.map(\.title) == ["Dialogue", "Information"])
        let swedish = try Report(scored: scored, options: ReportOptions(for: scored.instrument))
        #expect(swedish.areas.map(\.title) == ["Demokrati", "Arbetsliv"])
        #expect(swedish.reference?.name == "Snitt")
    }
}
