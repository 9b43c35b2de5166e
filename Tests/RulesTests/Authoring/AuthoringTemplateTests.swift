import Engine
import Foundation
import Reports
import Rules
import Testing

/// The authoring outputs on the shipped instrument: the evidence template of `new
/// evidence` parses clean, lists every fact once, and scores like the Ale example once
/// filled in with Ale's findings; the plan template of `new plan`; the fact catalogue of
/// `facts` in every format and scope.
@Suite struct AuthoringTemplateTests {
    /// The shipped instrument and its catalogue.
    static func shipped() throws -> FactCatalogue {
        try FactCatalogue(try #require(try Shipped.load().instrument))
    }

    /// Parses and checks evidence text against the instrument as the tool reads evidence.
    static func check(_ text: String, _ instrument: Instrument) -> (Evidence?, DiagnosticBag) {
        let (syntax, parsed) = Parser.parse(SourceText(path: "template.kompass", text: text))
        guard !parsed.hasErrors else { return (nil, parsed) }
        var bag = parsed
        let (evidence, checked) = EvidenceChecker.check(syntax, sha256: "", instrument: instrument)
        bag.append(contentsOf: checked)
        return (evidence, bag)
    }

    static let header = EvidenceTemplate(municipality: "Ale kommun", year: 2020, evaluators: ["Anna Eklöf", "Leif Eldås"])

    @Test func evidenceTemplateParsesCleanAndListsEveryFactOnce() throws {
        let catalogue = try Self.shipped()
        let instrument = catalogue.instrument
        // The README and the instrument's own notes count 225 facts.
        #expect(instrument.facts.count == 225)
        for language in ReportLanguage.allCases {
            let text = Self.header.render(catalogue, language: language)
            let (evidence, diagnostics) = Self.check(text, instrument)
            #expect(diagnostics.all.isEmpty, "\(diagnostics.all.map(\.message))")
            let checked = try #require(evidence)
            #expect(checked.municipality == "Ale kommun")
            #expect(checked.year == 2020)
            #expect(checked.evaluators == ["Anna Eklöf", "Leif Eldås"])
            #expect(checked.findings.isEmpty)
            let lines = text.split(separator: "\n").map(String.init)
            let findingLines = lines.filter { $0.hasPrefix("# finding ") }
            #expect(findingLines.count == 225)
            let paths = findingLines.map { $0.dropFirst("# finding ".count).prefix { $0 != " " } }.map(String.init)
            #expect(Set(paths) == Set(instrument.facts.map(\.path)))
            // The three judged rules of the shipped instrument (README, "Judgements").
            #expect(lines.filter { $0.hasPrefix("# judge ") } == [
                "# judge 3.4.d = ?  because \"…\"", "# judge 7.2.i = ?  because \"…\"", "# judge 8.2.a = ?  because \"…\"",
            ])
            // No line of comments runs on: only a finding line of a long path, and the
            // provenance with its 64-digit hash, may be longer than 90 characters.
            let long = lines.filter { $0.count > 90 && !$0.hasPrefix("# finding ") && !$0.contains(" sha256 ") }
            #expect(long.isEmpty, "\(long)")
        }
    }

    @Test func evidenceTemplateGroupsFactsUnderTheFirstSubareaThatReadsThem() throws {
        let text = Self.header.render(try Self.shipped(), language: .sv)
        // The first fact of the instrument, with its description, answers and reader.
        #expect(
            text.contains(
                """
                # ---- 1.1 Strategi för kommunikation och demokratiutveckling (max 20, viktat)

                # demokrati.vision (flagga): Medborgarna står i fokus i kommunens vision
                #   svar: yes (ja) eller no (nej)
                #   läses av: 1.1.a (högst 2,5 poäng)
                # finding demokrati.vision = ?  source document "…" section "1.1"
                """))
        // A level fact: every level with its label.
        #expect(
            text.contains(
                """
                # demokrati.dialogstrategi (nivå på stegen maturity): Medborgardialog som långsiktigt
                #   arbetssätt: metoder prövas, följs upp och utvärderas
                #   svar: none (saknas) < started (påbörjad) < exists (finns) < followed_up (följs upp) <
                #     evaluated (utvärderas och utvecklas)
                #   läses av: 1.1.d (högst 5 poäng)
                # finding demokrati.dialogstrategi = ?  source document "…" section "1.1"
                """))
        // A fact read in a later subarea too says where.
        #expect(text.contains("#   läses också i 4.2\n"))
        // Area headings in instrument order, and subareas in order under them.
        let subareaIDs = text.split(separator: "\n").filter { $0.hasPrefix("# ---- ") }.map {
            String($0.dropFirst("# ---- ".count).prefix { $0 != " " })
        }
        #expect(subareaIDs == (try Self.shipped()).instrument.subareas.map(\.id))
    }

    /// The example's findings and judgements, each as its lines: a `finding` or `judge`
    /// line and the indented lines after it.
    static func aleBlocks() throws -> [String: [String]] {
        let text = try RulesTestPaths.text(RulesTestPaths.aleEvidence)
        var blocks: [String: [String]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("finding ") || line.hasPrefix("judge ") {
                let words = line.split(separator: " ")
                let key = "\(words[0]) \(words[1])"
                #expect(blocks[key] == nil, "\(key) twice")
                blocks[key] = [line]
                current = key
            } else if let key = current, line.hasPrefix("  ") {
                blocks[key, default: []].append(line)
            } else {
                current = nil
            }
        }
        return blocks
    }

    @Test func filledWithAlesFindingsTheTemplateScoresLikeTheExample() throws {
        let catalogue = try Self.shipped()
        let instrument = catalogue.instrument
        let template = Self.header.render(catalogue)
        let blocks = try Self.aleBlocks()
        #expect(blocks.count == 228)  // 225 findings and 3 judgements
        var used = Set<String>()
        var filled: [String] = []
        for line in template.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let words = line.split(separator: " ")
            if line.hasPrefix("# finding ") || line.hasPrefix("# judge "), words.count > 2 {
                let key = "\(words[1]) \(words[2])"
                let block = try #require(blocks[key], "\(key) is not in the example")
                filled += block
                used.insert(key)
            } else {
                filled.append(line)
            }
        }
        #expect(used == Set(blocks.keys))
        let (evidence, diagnostics) = Self.check(filled.joined(separator: "\n"), instrument)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all.map(\.message))")
        let scored = try ScoredEvidence(instrument: instrument, evidence: try #require(evidence))
        let ale = try Shipped.ale()
        #expect(scored.score.total == ale.score.total)
        #expect(scored.score.total.roundedHalfAwayFromZero() == 484)
        #expect(scored.score.subareas.map(\.points) == ale.score.subareas.map(\.points))
        #expect(scored.score.areas.map(\.points) == ale.score.areas.map(\.points))
        #expect(scored.score.unassessed.isEmpty)
        #expect(scored.score.unjudged.isEmpty)
    }
}
