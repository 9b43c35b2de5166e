import Engine
import Foundation
import Reports
import Testing

/// Explanations people act on: every subarea of Ale in Swedish and English, for auditors
/// and planners, reads in words (descriptions and labels, not ids), with numbers as people
/// write them, attributed as recorded, and with the whole gap accounted for.
@Suite struct ExplanationProseTests {
    static let scored: ScoredEvidence? = try? Shipped.ale()

    static func explanations() throws -> [Explanation] {
        let scored = try #require(Self.scored)
        let explainer = Explainer(scored: scored)
        return try scored.instrument.subareas.indices.map { try explainer.explain(.subarea($0)) }
    }

    @Test func theGapAddsUpInEverySubarea() throws {
        let explanations = try Self.explanations()
        #expect(explanations.count == 35)
        for explanation in explanations {
            let s = try #require(explanation.subareas.first)
            let r = s.reconciliation
            #expect(r.missing == (try s.max.subtracting(s.points)), "\(s.id)")
            let accounted = try r.rest.reduce(r.together) { try $0.adding($1.points) }
            #expect(accounted == r.missing, "\(s.id): \(r.together.decimalString()) + rest ≠ \(r.missing.decimalString())")
            #expect(r.together <= r.missing, "\(s.id)")
            if r.missing > .zero && s.override == nil {
                #expect(!s.headroom.isEmpty || !r.rest.isEmpty, "\(s.id): points missing but nothing says where")
            }
        }
    }

    /// The text with what may hold ids or foreign numbers removed: quotations from the
    /// evidence, area/subarea/rule ids, section references and the provenance footer.
    static func prose(_ text: String, _ instrument: Instrument) -> String {
        var body = String(text[..<(text.range(of: "\nkompass-score ")?.lowerBound ?? text.endIndex)])
        body = body.replacingOccurrences(of: #"[”“][^”]*”"#, with: "Q", options: .regularExpression)
        body = body.replacingOccurrences(of: #"\"[^\"]*\""#, with: "Q", options: .regularExpression)
        body = body.replacingOccurrences(of: #"(?i)(avsnitt|avsnitten|section|sections) [0-9.]+"#, with: "S", options: .regularExpression)
        for id in instrument.ids.keys.sorted(by: { $0.count > $1.count }) {
            body = body.replacingOccurrences(of: #"(?<![\w.])"# + NSRegularExpression.escapedPattern(for: id) + #"(?!\w|\.\w)"#, with: "ID", options: .regularExpression)
        }
        return body
    }

    @Test(arguments: [ReportLanguage.sv, .en])
    func auditorsAndPlannersReadWordsNotIds(_ language: ReportLanguage) throws {
        let scored = try #require(Self.scored)
        let instrument = scored.instrument
        for explanation in try Self.explanations() {
            for audience in [Audience.auditor, .planner] {
                let text = explanation.render(for: audience, in: language)
                let id = "\(explanation.subareas[0].id) \(audience) \(language)"
                for path in instrument.factIndex.keys where text.contains(path) {
                    Issue.record("\(id): fact id '\(path)'")
                }
                let words = Set(Self.prose(text, instrument).split(whereSeparator: { !$0.isLetter && $0 != "_" }).map(String.init))
                // A level's id may stand only where it is also a word of the language (the
                // English label of 'started' is "started"); ids such as 'followed_up' never.
                for ladder in instrument.ladders.indices {
                    for (index, level) in instrument.ladders[ladder].levels.enumerated() where words.contains(level) {
                        let label = instrument.labels.level(index, ofLadder: ladder, in: language.rawValue) ?? ""
                        let isWordToo = !level.contains("_") && language == .en
                        if !isWordToo && !label.split(separator: " ").contains(Substring(level)) {
                            Issue.record("\(id): level id '\(level)' (label: '\(label)')")
                        }
                    }
                }
                #expect(!text.contains("…"), "\(id): a placeholder item")
                let body = Self.prose(text, instrument)
                #expect(body.range(of: #"\d[.,]\d{3,}"#, options: .regularExpression) == nil, "\(id): more than two decimals")
                let wrongMark = language == .sv ? #"\d\.\d"# : #"\d,\d"#
                if let found = body.range(of: wrongMark, options: .regularExpression) {
                    let start = body.index(found.lowerBound, offsetBy: -40, limitedBy: body.startIndex) ?? body.startIndex
                    let context = String(body[start..<found.upperBound])
                    Issue.record("\(id): the other language's decimal mark in '\(context)'")
                }
            }
        }
    }

    @Test func noFindingIsAttributedToOneOfSeveralEvaluators() throws {
        let scored = try #require(Self.scored)
        #expect(scored.evidence.evaluators == ["Anna Eklöf", "Leif Eldås"])
        #expect(scored.evidence.findings.allSatisfy { $0.by == nil })
        for explanation in try Self.explanations() {
            let sv = explanation.render(for: .auditor, in: .sv)
            #expect(!sv.contains("registrerat av Anna Eklöf,") && !sv.contains("registrerat av Leif Eldås,"))
            let en = explanation.render(for: .auditor, in: .en)
            #expect(!en.contains("recorded by Anna Eklöf,") && !en.contains("recorded by Leif Eldås,"))
            if explanation.subareas[0].rules.contains(where: { $0.facts.contains { $0.finding != nil } }) {
                #expect(sv.contains("registrerat av utvärderarna (Anna Eklöf, Leif Eldås)"))
                #expect(en.contains("recorded by the evaluators (Anna Eklöf, Leif Eldås)"))
            }
        }
    }

    @Test func confidenceIsShownWhereverTheFindingIs() throws {
        let scored = try #require(Self.scored)
        let finding = try #require(scored.evidence.findings.first { $0.confidence != nil })
        let rule = try #require(scored.instrument.rules.firstIndex { $0.kind.factsRead.contains(finding.fact) })
        let explanation = try Explainer(scored: scored).explain(.subarea(scored.instrument.rules[rule].subarea))
        let confidence = try #require(finding.confidence)
        #expect(explanation.render(for: .auditor, in: .sv).contains("(säkerhet \(ReportLanguage.sv.decimal(confidence)))"))
        #expect(explanation.render(for: .auditor, in: .en).contains("(confidence \(ReportLanguage.en.decimal(confidence)))"))
        let json = JSONWriter.write(explanation.json(audience: .auditor))
        #expect(json.contains("\"confidence\": \(confidence.decimalString())"))
        // The printed report too, in HTML and Markdown, where it lists a finding: under the
        // strengths, the rules that give points.
        let listed = try #require(
            scored.evidence.findings.first { finding in
                finding.confidence != nil
                    && scored.instrument.rules.indices.contains {
                        scored.instrument.rules[$0].kind.factsRead.contains(finding.fact) && scored.score.rules[$0].points > .zero
                    }
            })
        let report = try Report(scored: scored, options: ReportOptions(for: scored.instrument))
        let shown = "säkerhet \(ReportLanguage.sv.decimal(try #require(listed.confidence)))"
        #expect(MarkdownReport.render(report).contains(shown))
        #expect(HTMLReport.render(report).contains(shown))
    }

    @Test func aRuleAtItsBestSaysWhereTheSubareasPointsAre() throws {
        let scored = try #require(Self.scored)
        let rule = try #require(scored.instrument.rules.firstIndex { $0.id == "8.4.b" })
        let explanation = try Explainer(scored: scored).explain(.rule(rule))
        let sv = explanation.render(for: .planner, in: .sv)
        #expect(sv.contains("Delområdet saknar 9,5 poäng; de finns i regel 8.4.a (+6 poäng), regel 8.4.d (+3 poäng), regel 8.4.e (+2 poäng) och regel 8.4.c (+1,5 poäng)."))
        #expect(sv.contains("Regeln ger redan allt den kan."))
        let en = explanation.render(for: .planner, in: .en)
        #expect(en.contains("The subarea misses 9.5 points; they are in rule 8.4.a (+6 points)"))
    }
}
