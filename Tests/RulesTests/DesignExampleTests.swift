import Engine
import Reports
import Rules
import Testing

/// DESIGN.md's normative examples: they parse and mean what is said there.
@Suite struct DesignExampleTests {
    /// The declarations file of DESIGN.md, "Declarations".
    static let declarations = """
        instrument "Kommunkompassen" version "2019" language "sv"

        ladder maturity: none < started < exists < followed_up < evaluated

        fact politik.utbildning: level maturity    "Utbildning för förtroendevalda efter valet"
        fact fullmaktige.fragestund: flag          "Allmänhetens frågestund i fullmäktige"
        fact dialog.former: set                    "Former för medborgardialog"
        fact dialog.uppfoljning: level maturity    "Medborgardialogen följs upp och utvärderas"
        fact demokrati.strategi: level maturity    "Demokrati och medborgarfokus i den övergripande styrningen"
        fact kommunikation.sprak: flag             "Information på andra språk än svenska"
        fact medborgarpanel.storlek: number        "Antal deltagare i medborgarpanelen"
        fact kanaler: set {webb, facebook, annons, play} "Kanaler för information till medborgarna"

        reference "Sverigesnitt 2021" { 1: 63 }   # the shipped instrument lists all 8 areas
        """

    /// The areas, rules and tests file of DESIGN.md, "Declarations".
    static let areas = """
        # An excerpt in the style of Rules/kommunkompassen-2019 (not the shipped file)
        area 1 "Samspel mellan förtroendevalda och medborgare" max 100
          alias "Offentlighet och demokrati"
          en "Interaction between elected representatives and citizens"

        subarea 1.3 "Medborgarnas möjlighet till dialog med politiken" max 30
          rule 1.3.a "Allmänhetens frågestund i fullmäktige"
            why "Kommunkompassen söker arenor där medborgare möter politiken direkt."
            when fullmaktige.fragestund award 4
          rule 1.3.b "Flera former för medborgardialog"
            each dialog.former award 3 cap 12
          rule 1.3.c "Medborgardialogen följs upp och utvärderas"
            ladder dialog.uppfoljning { exists: 2, followed_up: 4, evaluated: 6 }
          rule 1.3.d "Medborgarpanel med bred representation"
            threshold medborgarpanel.storlek { >= 100: 2, >= 300: 4 }

        subarea 1.1 "Strategi för kommunikation och demokratiutveckling" max 20 weighted
          rule 1.1.a "Demokrati i den övergripande styrningen" weight 3
            ladder demokrati.strategi { exists: 0.5, followed_up: 0.8, evaluated: 1 }
          rule 1.1.b "Utvärdering av ordförandeskap i nämnder" weight 1
            judgement max 1

        test "1.3 with the four rules above at their best"
          given fullmaktige.fragestund = yes
                dialog.former = {ortsdialog, medborgarpanel, aleforslag, ungdomsrad}
                dialog.uppfoljning = evaluated
                medborgarpanel.storlek = 300
          expect 1.3 = 26

        test "1.1 weighted, judgement at half"
          given demokrati.strategi = followed_up
                judge 1.1.b = 0.5
          expect 1.1 = 14.5
          expect 1 = 14.5 within 0.01
        """

    static func instrument() throws -> Instrument {
        try Fixture.instrument(declarations, areas)
    }

    @Test func excerptChecksWithoutDiagnostics() {
        let (instrument, bag, _) = Fixture.check([("00.kompass", Self.declarations), ("area-1.kompass", Self.areas)])
        #expect(bag.all.isEmpty, "\(bag.all.map(\.message))")
        #expect(instrument?.areas.count == 1)
        #expect(instrument?.subareas.map(\.id) == ["1.3", "1.1"])
        #expect(instrument?.rules.map(\.id) == ["1.3.a", "1.3.b", "1.3.c", "1.3.d", "1.1.a", "1.1.b"])
        #expect(instrument?.tests.count == 2)
    }

    /// 1.3: 4 + min(4·3, 12) + 6 + 4 = 26, under its maximum of 30.
    @Test func subarea13GivesTwentySix() throws {
        let scored = try Fixture.scored(
            try Self.instrument(),
            """
            finding fullmaktige.fragestund = yes source interview "Politisk ledning"
            finding dialog.former = {ortsdialog, medborgarpanel, aleforslag, ungdomsrad} source web "ale.se"
            finding dialog.uppfoljning = evaluated source document "Uppföljning"
            finding medborgarpanel.storlek = 300 source document "Panelrapport"
            """)
        #expect(scored.subareaScore("1.3").points == q(26))
        #expect(scored.subareaScore("1.3").capCut == q(0))
        #expect(scored.subareaScore("1.3").bounds == Bounds(min: q(26), max: q(26)))
        #expect(scored.ruleScore("1.3.a").points == q(4))
        #expect(scored.ruleScore("1.3.b").points == q(12))
        #expect(scored.ruleScore("1.3.b").outcome.ownCapCut == q(0))
        #expect(scored.ruleScore("1.3.c").points == q(6))
        #expect(scored.ruleScore("1.3.d").points == q(4))
        for id in ["1.3.a", "1.3.b", "1.3.c", "1.3.d"] { #expect(scored.ruleScore(id).status == .hit, "\(id)") }
    }

    /// 1.1: 20·(3·0.8 + 1·0.5)/4 = 14.5, shown as 15 and 73 %; area 1 is 14.5 because
    /// 1.3's facts are not given.
    @Test func subarea11WeightedGivesFourteenAndAHalf() throws {
        let scored = try Fixture.scored(
            try Self.instrument(),
            """
            finding demokrati.strategi = followed_up source document "Verksamhetsplan"
            judge 1.1.b = 0.5 because "Utvärdering görs i hälften av nämnderna."
            """)
        let s = scored.subareaScore("1.1")
        #expect(s.points == q("14.5"))
        #expect(s.points.roundedHalfAwayFromZero() == 15)
        #expect(s.points.percent(of: q(20)) == 73)
        #expect(scored.ruleScore("1.1.a").points == q(12))  // 20·3·0.8/4
        #expect(scored.ruleScore("1.1.a").outcome.value == q("0.8"))
        #expect(scored.ruleScore("1.1.a").status == .partial)
        #expect(scored.ruleScore("1.1.b").points == q("2.5"))  // 20·1·0.5/4
        #expect(scored.ruleScore("1.1.b").outcome.value == q("0.5"))
        #expect(scored.areaScore("1").points == q("14.5"))
        #expect(scored.score.total == q("14.5"))
        // 1.3 is unassessed: it adds nothing now and at most 4 + 12 + 6 + 4 = 26.
        #expect(scored.subareaScore("1.3").points == q(0))
        #expect(scored.subareaScore("1.3").bounds == Bounds(min: q(0), max: q(26)))
        #expect(scored.areaScore("1").bounds == Bounds(min: q("14.5"), max: q("40.5")))
        #expect(scored.unassessedPaths == ["fullmaktige.fragestund", "dialog.former", "dialog.uppfoljning", "medborgarpanel.storlek"])
        #expect(scored.score.unjudged.isEmpty)
    }

    @Test func tableShowsFifteenAndSeventyThreePercent() throws {
        let scored = try Fixture.scored(
            try Self.instrument(),
            """
            finding demokrati.strategi = followed_up source document "Verksamhetsplan"
            judge 1.1.b = 0.5 because "Utvärdering görs i hälften av nämnderna."
            """)
        let table = ScoreTable.render(scored)
        let row = try #require(table.split(separator: "\n").first { $0.hasPrefix("1.1  ") })
        let cells = row.split(separator: " ").suffix(3).map(String.init)
        #expect(cells == ["15", "20", "73\u{00A0}%"])
    }

    @Test func designTestBlocksPass() throws {
        let report = try InstrumentTestRunner.run(try Self.instrument())
        #expect(report.results.map(\.name) == ["1.3 with the four rules above at their best", "1.1 weighted, judgement at half"])
        for result in report.results {
            #expect(result.passed, "\(result.name): \(result.failures.map { "\($0.target) = \($0.actual)" })")
        }
    }

    /// The runner really compares: a wrong expectation fails with the actual value.
    @Test func wrongExpectationFailsWithActualValue() throws {
        let text = Self.areas + """

            test "deliberately wrong"
              given dialog.uppfoljning = followed_up
              expect 1.3 = 5
            """
        let report = try InstrumentTestRunner.run(try Fixture.instrument(Self.declarations, text))
        let failed = try #require(report.results.last)
        #expect(!failed.passed)
        #expect(failed.failures.map(\.target) == ["1.3"])
        #expect(failed.failures.first?.actual == q(4))
    }
}
