import Engine
import Foundation
import Reports
import Rules
import Testing

/// The fact catalogue of `facts`: readers and the most each rule can add (hand-computed on
/// a small instrument), the scopes, and every format on the shipped instrument.
@Suite struct FactCatalogueTests {
    /// A small instrument with each kind of fact, a fact read in two areas, an unread
    /// fact, labels, a weighted subarea and a judgement.
    static let mini = """
        instrument "Mini" version "1" language "sv"
        ladder maturity: none < started < exists
        fact a.flagga: flag "En flagga"
        fact a.niva: level maturity "En nivå"
        fact a.kanaler: set {webb, tidning} "Kanaler"
        fact a.antal: number "Antal"
        fact a.oanvand: flag "Ingen regel läser den"
        labels maturity { none: "saknas", started: "påbörjad", exists: "finns" }
        labels maturity en { none: "not in place", started: "started", exists: "in place" }
        labels a.kanaler { webb: "webbplatsen", tidning: "lokaltidningen" }
        area 1 "Område ett" max 30
        subarea 1.1 "Första" max 10
          rule 1.1.a "Flaggan" when a.flagga award 4
          rule 1.1.b "Nivån" ladder a.niva { started: 3, exists: 8 }
        subarea 1.2 "Andra" max 20 weighted
          rule 1.2.a "Kanalerna" weight 3 each a.kanaler award 0.5
            why "Fler kanaler når fler."
          rule 1.2.b "Nivån igen" weight 1 ladder a.niva { exists: 1 }
          rule 1.2.c "Bedömt" weight 1 judgement max 2
        area 2 "Område två" max 20
        subarea 2.1 "Tredje" max 20
          rule 2.1.a "Antalet" threshold a.antal { >= 5: 10, >= 10: 25 }
          rule 2.1.b "Flaggan igen" when a.flagga award 2

        """

    static func miniCatalogue() throws -> FactCatalogue {
        let result = CheckingPipeline.run(instrument: [PipelineInput("mini/mini.kompass", mini)])
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.lines)")
        return try FactCatalogue(try #require(result.instrument))
    }

    static func shipped() throws -> FactCatalogue { try AuthoringTemplateTests.shipped() }

    static func q(_ n: Int64, _ d: Int64 = 1) -> Rational { Rational(numerator: n, denominator: d)! }

    @Test func readersAndTheirMostAreHandComputed() throws {
        let catalogue = try Self.miniCatalogue()
        let instrument = catalogue.instrument
        func readers(_ path: String) -> [String] {
            catalogue.entries[instrument.factIndex[path]!].readers.map {
                "\(instrument.rules[$0.rule].id) \($0.most.decimalString())"
            }
        }
        // Points subareas: the rule's best, at most the subarea's maximum (2.1.a's 25 is cut
        // to 20). Weighted 1.2 (weights 3 + 1 + 1 = 5, max 20): 20·3/5 = 12 for 1.2.a (two
        // items at 0.5 reach satisfaction 1), 20·1/5 = 4 for 1.2.b and the judgement 1.2.c.
        #expect(readers("a.flagga") == ["1.1.a 4", "2.1.b 2"])
        #expect(readers("a.niva") == ["1.1.b 8", "1.2.b 4"])
        #expect(readers("a.kanaler") == ["1.2.a 12"])
        #expect(readers("a.antal") == ["2.1.a 20"])
        #expect(readers("a.oanvand") == [])
        #expect(catalogue.ruleMost[instrument.ids["1.2.c"].flatMap { if case .rule(let r) = $0 { r } else { nil } }!] == Self.q(4))
        #expect(catalogue.subareaIDs(of: instrument.factIndex["a.flagga"]!) == ["1.1", "2.1"])
        // Catalogue order: as the subareas first read the facts, the unread one last.
        #expect(catalogue.facts(in: .all).map { instrument.facts[$0].path } == [
            "a.flagga", "a.niva", "a.kanaler", "a.antal", "a.oanvand",
        ])
        #expect(catalogue.facts(in: .area(1)).map { instrument.facts[$0].path } == ["a.antal", "a.flagga"])
        #expect(catalogue.facts(in: .subarea(1)).map { instrument.facts[$0].path } == ["a.kanaler", "a.niva"])
    }

    /// The text form of the small instrument, reviewed line by line: each fact in full
    /// where first read, by reference after, the judgement with its range, the unread fact.
    static let miniText = """
        Mini 1 · faktakatalog · 5 fakta i 3 delområden

        1 Område ett (max 30)

          1.1 Första (max 10)
            a.flagga (flagga)
              En flagga
              svar: yes (ja) eller no (nej)
              läses av: 1.1.a (högst 4 poäng), 2.1.b (högst 2 poäng)
            a.niva (nivå på stegen maturity)
              En nivå
              svar: none (saknas) < started (påbörjad) < exists (finns)
              läses av: 1.1.b (högst 8 poäng), 1.2.b (högst 4 poäng)

          1.2 Andra (max 20, viktat)
            a.kanaler (mängd med fasta alternativ)
              Kanaler
              svar: en mängd av tidning (lokaltidningen), webb (webbplatsen); eller none
              läses av: 1.2.a (högst 12 poäng)
            a.niva: se 1.1
            1.2.c Bedömt: utvärderarnas bedömning, 0 till 2 (högst 4 poäng)

        2 Område två (max 20)

          2.1 Tredje (max 20)
            a.antal (tal)
              Antal
              svar: ett tal, 0 eller mer, med decimalpunkt (till exempel 12 eller 0.5)
              läses av: 2.1.a (högst 20 poäng)
            a.flagga: se 1.1

        Fakta som ingen regel läser
            a.oanvand (flagga)
              Ingen regel läser den
              svar: yes (ja) eller no (nej)

        """

    @Test func textIsWrittenPerSubarea() throws {
        let catalogue = try Self.miniCatalogue()
        let text = catalogue.renderText(.all, language: .sv)
        #expect(text.hasPrefix(Self.miniText), "\(text)")
        #expect(text.hasSuffix("\(Provenance.tool) · instrument Mini 1 sha256 \(catalogue.instrument.sha256)\n"))
        let english = catalogue.renderText(.subarea(0), language: .en)
        #expect(english.hasPrefix("Mini 1 · fact catalogue · 2 facts in 1 subarea\n"))
        #expect(english.contains("      answers: none (not in place) < started < exists (in place)\n"))
        #expect(english.contains("      read by: 1.1.a (at most 4 points), 2.1.b (at most 2 points)\n"))
    }

    @Test func jsonHasEveryFactWithItsAnswersAndReaders() throws {
        let catalogue = try Self.miniCatalogue()
        let text = JSONWriter.write(catalogue.json(.all))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "facts")
        #expect(object["scope"] is NSNull)
        let facts = try #require(object["facts"] as? [[String: Any]])
        #expect(facts.map { $0["path"] as? String } == ["a.flagga", "a.niva", "a.kanaler", "a.antal", "a.oanvand"])
        let niva = facts[1]
        #expect(niva["type"] as? String == "level")
        #expect(niva["ladder"] as? String == "maturity")
        let answers = try #require(niva["answers"] as? [[String: Any]])
        #expect(answers.map { $0["value"] as? String } == ["none", "started", "exists"])
        #expect((answers[2]["labels"] as? [String: String]) == ["sv": "finns", "en": "in place"])
        let rules = try #require(niva["rules"] as? [[String: Any]])
        #expect(rules.map { $0["rule"] as? String } == ["1.1.b", "1.2.b"])
        #expect(rules.map { ($0["maxPoints"] as? NSNumber)?.intValue } == [8, 4])
        #expect(facts[3]["answers"] is NSNull)
        #expect(facts[2]["subareas"] as? [String] == ["1.2"])
        let scoped = JSONWriter.write(catalogue.json(.area(1)))
        #expect(scoped.contains("\"scope\": {\n    \"area\": \"2\"\n  }"))
    }

    @Test func shippedCatalogueInEveryFormat() throws {
        let catalogue = try Self.shipped()
        let instrument = catalogue.instrument
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONWriter.write(catalogue.json()).utf8)) as? [String: Any])
        #expect((object["facts"] as? [Any])?.count == 225)
        let rows = try CSVReader.records(catalogue.renderCSV())
        #expect(rows.count == 226)
        #expect(rows[0] == FactCatalogue.csvHeader)
        #expect(rows.dropFirst().allSatisfy { $0.count == FactCatalogue.csvHeader.count })
        #expect(Set(rows.dropFirst().map { $0[0] }) == Set(instrument.facts.map(\.path)))
        let first = rows[1]
        #expect(first[0] == "demokrati.vision")
        #expect(first[2] == "flag")
        #expect(first[7] == "1.1")
        #expect(first[8] == "1.1.a")
        #expect(first[9] == "2.5")  // 1.1 is weighted: 20 · weight 1 / total weight 8
        for language in ReportLanguage.allCases {
            let guide = catalogue.renderMarkdown(language: language)
            let headings = guide.split(separator: "\n").filter { $0.hasPrefix("### ") }
            #expect(headings.count == 35)
            for (heading, subarea) in zip(headings, instrument.subareas) {
                let title = language == .en ? (subarea.english ?? subarea.title) : subarea.title
                #expect(heading.hasPrefix("### \(subarea.id) \(title) (max "), "\(heading)")
            }
            #expect(guide.split(separator: "\n").filter { $0.hasPrefix("## ") }.count == 8)
            // Text lines are wrapped: nothing like the 6,000-character line of old.
            let text = catalogue.renderText(language: language)
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= 90 || $0.contains(" sha256 ") })
        }
    }

    /// Scopes, counted by hand from the kind clauses of Rules/kommunkompassen-2019/area-3.kompass:
    /// 3.1's rules read 4 facts, 3.2's 8 (styrning.vision, vardegrund, kf_mal, prioriteringar,
    /// rod_trad, uppdrag, ekonomistyrning, koncern), 3.3's 7 and 3.4's 4 (and a judgement),
    /// no fact twice: 23 in area 3.
    @Test func areaAndSubareaScopes() throws {
        let catalogue = try Self.shipped()
        let instrument = catalogue.instrument
        guard case .subarea(let s)? = instrument.ids["3.2"], case .area(let a)? = instrument.ids["3"] else {
            Issue.record("no 3.2 or 3")
            return
        }
        #expect(catalogue.facts(in: .subarea(s)).count == 8)
        #expect(catalogue.facts(in: .area(a)).count == 23)
        let text = catalogue.renderText(.subarea(s), language: .sv)
        #expect(text.hasPrefix("Kommunkompassen 2019 · faktakatalog · 8 fakta i 1 delområde\n"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONWriter.write(catalogue.json(.area(a))).utf8)) as? [String: Any])
        #expect((json["facts"] as? [Any])?.count == 23)
    }
}
