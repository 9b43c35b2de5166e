import Engine
import Foundation
import Rules
import TestSupport
import Testing

/// Every id of the catalogue, provoked from a small source: its place (at the 1️⃣
/// marker), severity, exact message and help; and nothing else, as each case has one fault.
@Suite struct DiagnosticCatalogueTests {
    /// The instrument every case starts from (12 lines; new rules land in the points
    /// subarea 1.1).
    static let rules = """
        instrument "K" version "1"
        ladder maturity: none < started < exists < followed_up < evaluated
        fact f: flag "F"
        fact n: number "N"
        fact dialog.former: set "Former"
        fact kanaler: set {webb, facebook} "Kanaler"
        fact p: level maturity "P"
        area 1 "A" max 100
        subarea 1.2 "W" max 20 weighted
        rule 1.2.j "J" weight 1 judgement max 2
        subarea 1.1 "S" max 30
        rule 1.1.a "R" when f award 2

        """

    /// The evidence header every evidence case starts from (4 lines).
    static let evidence = """
        evidence "X" year 2020 instrument "K" version "1"
          evaluator "E1"
        finding f = yes
          source web "w"

        """

    /// The instrument of the scoring lint's cases: lint-clean (every fact read, maxima
    /// that add up and can be reached); cases add one flaw.
    static func lintRules(area: Int = 4, subarea: Int = 4, facts: String = "", rules: String = "") -> String {
        """
        instrument "K" version "1"
        ladder m: none < exists
        fact f: flag "F"
        fact p: level m "P"
        fact s: set {a, b} "S"
        \(facts)area 1 "A" max \(area)
        subarea 1.1 "S" max \(subarea)
        rule 1.1.a "R" when f award 2
        rule 1.1.b "Q" ladder p { none: 2, exists: 2 }
        rule 1.1.c "T" each s award 1
        \(rules)
        """
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var rules = DiagnosticCatalogueTests.rules
        var evidence: String?
        var plan: String?
        /// Run the scoring lint of `check` on the clean instrument.
        var lint = false
        /// Score the evidence as `score --strict` does.
        var strict = false
        var severity = Severity.error
        var message: String
        var help: String?
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(
            id: "file.empty", evidence: "1️⃣", message: "the file is empty",
            help: #"evidence files start with 'evidence "Municipality" year …', plans with 'plan "Name"'"#),
        Case(
            id: "file.not-kompass", evidence: "1️⃣source,year,id\nAle,2020,1.1\n",
            message: "the file is not in the kompass language: it starts with 'source,year,id'",
            help: "it looks like a table (CSV); a kompass file starts with 'instrument', 'evidence' or 'plan' "
                + "(or another declaration)"),
        Case(
            id: "file.wrong-kind", evidence: "# an instrument's file given as evidence\n1️⃣fact g: flag \"G\"\n",
            message: "expected an evidence or plan file, found an instrument file",
            help: "pass the instrument's folder with '--rules DIR', and evidence files (they start with 'evidence') as arguments"),
        Case(
            id: "strict.unassessed", rules: rules + #"rule 1️⃣1.1.b "Q" when n > 1 award 1"#,
            evidence: evidence + "judge 1.2.j = 1 because \"Hälften.\"\n", strict: true,
            message: "'evidence.kompass' has no finding for 'n', which rule '1.1.b' reads",
            help: "record 'finding n = …' in 'evidence.kompass', or score without '--strict'"),
        Case(
            id: "strict.unjudged", rules: rules.replacingOccurrences(of: "rule 1.2.j", with: "rule 1️⃣1.2.j"),
            evidence: evidence, strict: true, message: "'evidence.kompass' has no judgement for rule '1.2.j'",
            help: #"add 'judge 1.2.j = … because "…"' to 'evidence.kompass', or score without '--strict'"#),
        Case(
            id: "lex.bad-char", rules: rules + #"rule 1.1.b "R" when f award 2 1️⃣;"#,
            message: "unexpected character ';'", help: "statements need no terminator; remove it"),
        Case(
            id: "lex.unterminated-string", rules: rules + #"rule 1.1.b "R" when f award 2 why 1️⃣"open"#,
            message: "unterminated string", help: #"close the string with '"' on the same line"#),
        Case(
            id: "lex.bad-escape", rules: rules + #"rule 1.1.b "R" when f award 2 why "a1️⃣\qb""#,
            message: #"unknown escape '\q' in string"#, help: #"the escapes are '\"', '\\', '\n' and '\t'"#),
        Case(
            id: "lex.bad-number", rules: rules + #"rule 1.1.b "R" when n > 1️⃣0,5 award 1"#,
            message: "malformed number '0,5'", help: "write '0.5': decimals use a point"),
        Case(
            id: "lex.invalid-utf8", rules: rules + #"rule 1.1.b "R" when f award 2 why "a1️⃣⟪FF⟫b""#,
            message: "invalid UTF-8 byte sequence", help: "save the file as UTF-8"),
        Case(
            id: "parse.expected-token", rules: rules + "ladder scale 1️⃣none < some",
            message: "expected ':' after the ladder's name, found 'none'"),
        Case(
            id: "parse.too-deep",
            rules: rules + #"rule 1.1.b "R" when "# + String(repeating: "(", count: 256) + "1️⃣"
                + String(repeating: "(", count: 44) + "f" + String(repeating: ")", count: 300) + " award 1",
            message: "conditions nest deeper than 256 levels", help: "split the condition into several rules or facts"),
        Case(
            id: "parse.file-too-large",
            evidence: "1️⃣# " + String(repeating: "x", count: SourceText.sizeLimit - 1),
            message: "file is \(SourceText.sizeLimit + 1) bytes, more than the limit of \(SourceText.sizeLimit) bytes",
            help: "split the input into several files"),
        Case(
            id: "sema.unknown-fact", rules: rules + #"rule 1.1.b "R" each 1️⃣dialog.forme award 3 cap 12"#,
            message: "unknown fact 'dialog.forme'", help: "did you mean 'dialog.former'?"),
        Case(
            id: "sema.unknown-level", rules: rules + #"rule 1.1.b "R" ladder p { 1️⃣exist: 2 }"#,
            message: "'exist' is not a level of ladder 'maturity'", help: "did you mean 'exists'?"),
        Case(
            id: "sema.unknown-item", rules: rules + #"rule 1.1.b "R" when kanaler contains 1️⃣web award 1"#,
            message: "'web' is not an item of 'kanaler'", help: "did you mean 'webb'?"),
        Case(
            id: "sema.unknown-kind", rules: rules + #"rule 1.1.b "R" 1️⃣tresh n { >= 1: 1 }"#,
            message: "unknown rule kind 'tresh'",
            help: "the registered kinds are 'each', 'judgement', 'ladder', 'scale', 'threshold', 'when'"),
        Case(
            id: "sema.unknown-id", rules: rules + #"test "t" given f = yes expect 1️⃣1.1.x = 2"#,
            message: "unknown id '1.1.x'", help: "did you mean '1.1.a'?"),
        Case(
            id: "sema.duplicate-id", rules: rules + #"rule 1️⃣1.1.a "R" when f award 1"#,
            message: "id '1.1.a' is declared twice"),
        Case(
            id: "sema.type-mismatch", rules: rules + #"rule 1.1.b "R" when f == 1️⃣3 award 1"#,
            message: "a flag compares only with 'yes' or 'no'", help: "write 'f == yes'"),
        Case(
            id: "sema.duplicate-finding", evidence: evidence + "finding 1️⃣f = no\n  source web \"w\"\n",
            message: "fact 'f' is recorded twice", help: "keep one finding per fact; merge the sources into it"),
        Case(
            id: "sema.judgement-over-max", evidence: evidence + #"judge 1️⃣1.2.j = 3 because "r""#,
            message: "judgement 3 of '1.2.j' is outside 0 to 2", help: "judge between 0 and 2"),
        Case(
            id: "sema.missing-reason", evidence: evidence + "1️⃣judge 1.2.j = 1\n",
            message: "judgement of '1.2.j' has no reason", help: #"add 'because "…"' saying why"#),
        Case(
            id: "sema.instrument-mismatch",
            evidence: #"evidence "X" year 2020 instrument 1️⃣"Kompass" version "1""# + "\n  evaluator \"E1\"\n",
            message: "evidence is for instrument 'Kompass', not 'K'", help: "score it with the rules of 'Kompass' (--rules)"),
        Case(
            id: "sema.number-too-large", evidence: evidence + "finding n = 1️⃣1000000000000.5\n  source web \"w\"\n",
            message: "number '1000000000000.5' is out of range",
            help: "numbers have a magnitude of at most 10^12 and at most 6 decimals"),
        Case(
            id: "sema.bad-argument", evidence: evidence + "finding n = 3\n  source 1️⃣intervju \"w\"\n",
            message: "unknown source kind 'intervju'", help: "did you mean 'interview'?"),
        Case(
            id: "sema.satisfaction-range",
            rules: rules + "subarea 1.3 \"V\" max 10 weighted\n" + #"rule 1.3.a "R" ladder p { exists: 0.5, evaluated: 1️⃣2 }"#,
            message: "value 2 is not a satisfaction in [0, 1] in a weighted subarea",
            help: "in a weighted subarea a rule gives a share of its weight, between 0 and 1"),
        Case(
            id: "sema.out-of-range", evidence: evidence + "finding n = 3\n  source web \"w\"\n  confidence 1️⃣1.5\n",
            message: "confidence 1.5 is outside [0, 1]", help: "a confidence is a share, such as 0.9"),
        Case(
            id: "sema.bad-nesting", rules: rules + #"rule 1️⃣1.2.b "R" when f award 1"#,
            message: "rule '1.2.b' does not nest in subarea '1.1'", help: "ids nest: a rule of '1.1' is named '1.1.x'"),
        Case(
            id: "sema.instrument-header", rules: rules + #"1️⃣instrument "K" version "2""#,
            message: "a second 'instrument' header", help: "an instrument folder has exactly one 'instrument' header"),
        Case(
            id: "sema.missing-source", evidence: evidence + "finding 1️⃣n = 3\n", severity: .warning,
            message: "finding 'n' has no source", help: #"add 'source interview "…"' (or document, web, social, survey, report)"#),
        Case(
            id: "sema.ignored-weight", rules: rules + #"rule 1.1.b "R" weight 1️⃣2 when f award 1"#, severity: .warning,
            message: "'weight' has no effect in points subarea '1.1'",
            help: "add 'weighted' to the subarea, or remove the weight"),
        Case(
            id: "sema.unknown-evaluator", evidence: evidence + "finding n = 3\n  source web \"w\"\n  by 1️⃣\"E3\"\n",
            message: "evaluator 'E3' is not named in the header", help: "did you mean 'E1'?"),
        Case(
            id: "plan.conflicting-set",
            plan: """
                plan "P" for "X"
                  action a "A"
                    set f = yes
                  action b
                    set 1️⃣f = no

                """,
            message: "actions 'a' and 'b' both change 'f'",
            help: "the result would depend on the order of the actions; merge them or change different facts"),
        Case(
            id: "plan.other-municipality", evidence: evidence,
            plan: """
                1️⃣plan "P" for "Y"
                  action a
                    set f = no

                """,
            severity: .warning, message: "plan 'P' is for 'Y', the evidence is for 'X'",
            help: "check that the plan and the evidence belong together"),
        Case(
            id: "lint.unused-fact", rules: lintRules(facts: "fact 1️⃣g: flag \"G\"\n"), lint: true, severity: .warning,
            message: "fact 'g' is not read by any rule", help: "read it in a rule, or remove its declaration"),
        Case(
            id: "lint.area-max-sum", rules: lintRules(area: 5).replacingOccurrences(of: "\narea 1 ", with: "\narea 1️⃣1 "),
            lint: true, severity: .warning,
            message: "area '1' has maximum 5, but its subareas' maxima add up to 4: the area can never reach its maximum",
            help: "make the area's maximum the sum of its subareas' maxima"),
        Case(
            id: "lint.unreachable-max",
            rules: lintRules(area: 7, subarea: 7).replacingOccurrences(of: "subarea 1.1", with: "subarea 1️⃣1.1"),
            lint: true, severity: .warning, message: "subarea '1.1' can never reach its maximum 7: its rules give at most 6",
            help: "raise the rules' values, or lower the maximum to 6"),
        Case(
            id: "lint.dead-rule",
            rules: """
                instrument "K" version "1"
                ladder m: none < exists
                fact f: flag "F"
                fact p: level m "P"
                area 1 "A" max 4
                subarea 1.1 "S" max 4
                rule 1️⃣1.1.a "R" when f award 2
                rule 1.1.b "Q" ladder p { none: 4, exists: 4 }

                """,
            lint: true, severity: .warning,
            message: "rule '1.1.a' can never count: the other rules of subarea '1.1' give at least 4, which fills its maximum 4",
            help: "lower the least values of the other rules, or raise the subarea's maximum"),
        Case(
            id: "lint.never-fires", rules: lintRules(rules: #"rule 1️⃣1.1.d "N" threshold s { >= 3: 1 }"#), lint: true,
            severity: .warning, message: "rule '1.1.d' can never fire: band '>= 3' never applies, as 's' has at most 2 items",
            help: "change the rule so that some findings satisfy it, or remove it"),
        Case(
            id: "lint.fact-read-twice", rules: lintRules(rules: #"rule 1️⃣1.1.d "N" when not f award 1"#), lint: true,
            severity: .warning,
            message: "fact 'f' is read 2 times in subarea '1.1', not all in one direction: "
                + "the subarea's bounds are approximate while it is unassessed",
            help: "read 'f' in one direction only, or accept approximate bounds while it is unassessed"),
        // Scoring, not checking, finds an overflow: 0.1 · 1/(10^18 − 1) has no 64-bit
        // denominator. It has no place (see `overflowIsThrownNotTrapped`).
        Case(
            id: "eval.overflow",
            rules: rules + "fact x: number \"X\"\n" + #"rule 1.1.b "R" scale x from 0 to 999999999999.999999 award 0.1"#,
            evidence: evidence + "finding x = 0.000001\n  source web \"w\"\n",
            message: "multiplication overflows exact 64-bit arithmetic"),
    ]

    @Test(arguments: cases.filter { $0.id != "eval.overflow" })
    func provokesTheDiagnostic(_ c: Case) throws {
        let (result, expected) = try Self.run(c)
        #expect(result.diagnostics.filter { $0.id.rawValue == c.id }.map(\.oneLineForm) == [expected])
        #expect(result.diagnostics.first { $0.id.rawValue == c.id }?.help == c.help)
    }

    /// Each case's source has one fault, so the diagnostic has no follow-up errors.
    @Test(arguments: cases.filter { $0.id != "eval.overflow" })
    func reportsNothingElse(_ c: Case) throws {
        let (result, expected) = try Self.run(c)
        #expect(result.lines == [expected])
    }

    /// Runs a case; returns the result and the expected diagnostic's one-line form.
    static func run(_ c: Case) throws -> (CheckingResult, String) {
        let rules = MarkedText(c.rules)
        let evidence = c.evidence.map(MarkedText.init)
        let plan = c.plan.map(MarkedText.init)
        let result = CheckingPipeline.run(
            instrument: [PipelineInput("rules/a.kompass", bytes: rules.bytes)],
            evidence: evidence.map { PipelineInput("evidence.kompass", bytes: $0.bytes) },
            plan: plan.map { PipelineInput("plan.kompass", bytes: $0.bytes) }, lint: c.lint, strict: c.strict)
        let marked = [
            rules.marker.map { ("rules/a.kompass", $0) }, evidence?.marker.map { ("evidence.kompass", $0) },
            plan?.marker.map { ("plan.kompass", $0) },
        ].compactMap { $0 }
        let (path, place) = try #require(marked.count == 1 ? marked.first : nil, "one 1️⃣ marker per case")
        return (result, "\(path):\(place.line):\(place.column): \(c.severity): \(c.message) [\(c.id)]")
    }

    /// `eval.overflow` comes from scoring: the engine throws instead of trapping.
    @Test func overflowIsThrownNotTrapped() throws {
        let c = try #require(Self.cases.first { $0.id == "eval.overflow" })
        let result = CheckingPipeline.run(
            instrument: [PipelineInput("rules/a.kompass", c.rules)],
            evidence: c.evidence.map { PipelineInput("evidence.kompass", $0) }, score: true)
        #expect(result.lines == [])
        #expect(result.evidence != nil)
        #expect(result.scored == nil)
        #expect(result.overflow == ArithmeticOverflow(.multiplication))
        #expect(result.overflow?.description == c.message)
    }

    @Test func everyCatalogueIDHasACase() {
        let table = Self.cases.map(\.id)
        #expect(Set(table).count == table.count, "an id has two cases")
        let catalogue = Set(DiagnosticID.catalogue.map(\.rawValue))
        #expect(catalogue.subtracting(table).sorted() == [], "catalogue ids without a case")
        #expect(Set(table).subtracting(catalogue).sorted() == [], "cases for ids not in the catalogue")
    }

    @Test func catalogueSeveritiesMatchTheCases() {
        for c in Self.cases {
            let id = DiagnosticID.catalogue.first { $0.rawValue == c.id }
            #expect(id?.defaultSeverity == c.severity, "\(c.id)")
        }
    }

    /// DESIGN.md, "Diagnostics": the ids the catalogue holds at least.
    @Test func catalogueHoldsTheIDsDesignRequires() {
        let required = [
            "lex.bad-char", "lex.unterminated-string", "lex.bad-escape", "lex.bad-number", "parse.expected-token",
            "parse.too-deep", "parse.file-too-large", "sema.unknown-fact", "sema.unknown-level", "sema.unknown-kind",
            "sema.unknown-id", "sema.duplicate-id", "sema.type-mismatch", "sema.duplicate-finding",
            "sema.judgement-over-max", "sema.missing-reason", "sema.instrument-mismatch", "sema.number-too-large",
            "sema.bad-argument", "sema.satisfaction-range", "plan.conflicting-set", "eval.overflow",
        ]
        #expect(Set(required).subtracting(DiagnosticID.catalogue.map(\.rawValue)).sorted() == [])
    }

    @Test func catalogueIsSortedUniqueAndSummarised() {
        let ids = DiagnosticID.catalogue.map(\.rawValue)
        #expect(ids == Array(Set(ids)).sorted())
        for id in DiagnosticID.catalogue {
            #expect(id.rawValue.wholeMatch(of: #/(file|lex|parse|sema|plan|strict|eval|lint)\.[a-z0-9]+(-[a-z0-9]+)*/#) != nil, "\(id)")
            #expect(!id.summary.isEmpty && id.summary.first?.isUppercase == false && !id.summary.hasSuffix("."), "\(id)")
        }
    }

    // MARK: The sources report only catalogued ids

    /// Every Swift file under Sources/, with its path relative to the package.
    static func sourceFiles() throws -> [(path: String, text: String)] {
        let root = PackageRoot.path("Sources")
        let enumerator = try #require(FileManager.default.enumerator(atPath: root))
        var files: [(String, String)] = []
        for case let relative as String in enumerator where relative.hasSuffix(".swift") {
            files.append(("Sources/" + relative, try RulesTestPaths.text(root + "/" + relative)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The catalogue's static names and their id texts, read from its source.
    static func catalogueNames() throws -> [String: String] {
        let file = try #require(try sourceFiles().first { $0.path.hasSuffix("/DiagnosticID+Catalogue.swift") })
        var names: [String: String] = [:]
        for match in file.text.matches(of: #/static let (\w+) = DiagnosticID\(\s*"([^"]+)"/#) {
            names[String(match.1)] = String(match.2)
        }
        return names
    }

    @Test func idsAreConstructedOnlyInTheCatalogue() throws {
        let files = try Self.sourceFiles()
        #expect(files.count > 50, "Sources/ not found from \(PackageRoot.path)")
        var offenders: [String] = []
        for file in files where !file.path.hasSuffix("/DiagnosticID+Catalogue.swift") {
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("DiagnosticID(") && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                offenders.append("\(file.path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offenders == [])
    }

    @Test func everyStaticIDInTheCatalogueSourceIsInTheList() throws {
        let names = try Self.catalogueNames()
        #expect(names.count == DiagnosticID.catalogue.count)
        #expect(Set(names.values) == Set(DiagnosticID.catalogue.map(\.rawValue)))
    }

    @Test func everyReportedIDIsInTheCatalogue() throws {
        let names = try Self.catalogueNames()
        var used: Set<String> = []
        var unknown: [String] = []
        for file in try Self.sourceFiles() {
            for match in file.text.matches(of: #/(?:report|Diagnostic)\(\s*\.([A-Za-z]\w*)/#) {
                let name = String(match.1)
                used.insert(name)
                if names[name] == nil { unknown.append("\(file.path): .\(name)") }
            }
        }
        #expect(unknown == [])
        // The scan finds the reporters: most of the catalogue is reported this way.
        #expect(used.intersection(names.keys).count >= 25)
    }

    // MARK: Rendering

    /// The full rendering of one diagnostic: the message line, the source line, carets
    /// under the whole span, the note with its own place, the help; then the summary.
    @Test func rendersTheGoldenForm() throws {
        var files = try CheckingPipeline.designInstrumentFiles()
        let excerpt = String(decoding: files[1].bytes, as: UTF8.self)
        #expect(excerpt.contains("each dialog.former award 3"))
        files[1].bytes = Array(excerpt.replacingOccurrences(of: "each dialog.former", with: "each dialog.forme").utf8)
        let result = CheckingPipeline.run(instrument: files)
        let golden = try RulesTestPaths.text(RulesTestPaths.fixtures + "/golden/unknown-fact.txt")
        #expect(result.rendered == golden)
    }
}
