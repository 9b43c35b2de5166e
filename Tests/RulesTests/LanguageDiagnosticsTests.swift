import Engine
import Foundation
import Rules
import Testing

/// The rule language's diagnostics beyond one id each: "did you mean", recovery,
/// character columns, CRLF and BOM, number and string errors.
@Suite struct LanguageDiagnosticsTests {
    static let rules = DiagnosticCatalogueTests.rules
    static let evidence = DiagnosticCatalogueTests.evidence

    static func run(rules: String, evidence: String? = nil) -> CheckingResult {
        CheckingPipeline.run(
            instrument: [PipelineInput("rules/a.kompass", bytes: MarkedText(rules).bytes)],
            evidence: evidence.map { PipelineInput("evidence.kompass", bytes: MarkedText($0).bytes) })
    }

    // MARK: Did you mean

    struct Suggestion: CustomTestStringConvertible, Sendable {
        let name: String
        var rules = LanguageDiagnosticsTests.rules
        var evidence: String?
        let line: String
        let help: String
        var testDescription: String { name }
    }

    static let suggestions = [
        Suggestion(
            name: "unknown fact in a condition", rules: rules + #"rule 1.1.b "R" when kanaller contains webb award 1"#,
            line: "rules/a.kompass:13:21: error: unknown fact 'kanaller' [sema.unknown-fact]",
            help: "did you mean 'kanaler'?"),
        Suggestion(
            name: "unknown fact in a finding", evidence: evidence + "finding dialog.formr = {a}\n  source web \"w\"\n",
            line: "evidence.kompass:5:9: error: unknown fact 'dialog.formr' [sema.unknown-fact]",
            help: "did you mean 'dialog.former'?"),
        Suggestion(
            name: "unknown fact far from every fact", rules: rules + #"rule 1.1.b "R" when medborgarpanel award 1"#,
            line: "rules/a.kompass:13:21: error: unknown fact 'medborgarpanel' [sema.unknown-fact]",
            help: "declare it with 'fact medborgarpanel: …'"),
        Suggestion(
            name: "unknown level in a ladder rule", rules: rules + #"rule 1.1.b "R" ladder p { folowed_up: 2 }"#,
            line: "rules/a.kompass:13:27: error: 'folowed_up' is not a level of ladder 'maturity' [sema.unknown-level]",
            help: "did you mean 'followed_up'?"),
        Suggestion(
            name: "unknown level in a finding", evidence: evidence + "finding p = evaluted\n  source web \"w\"\n",
            line: "evidence.kompass:5:13: error: 'evaluted' is not a level of ladder 'maturity' [sema.unknown-level]",
            help: "did you mean 'evaluated'?"),
        Suggestion(
            name: "unknown level far from every level", evidence: evidence + "finding p = good\n  source web \"w\"\n",
            line: "evidence.kompass:5:13: error: 'good' is not a level of ladder 'maturity' [sema.unknown-level]",
            help: "the levels are none < started < exists < followed_up < evaluated"),
        Suggestion(
            name: "unknown ladder", rules: rules + #"fact q: level maturty "Q""#,
            line: "rules/a.kompass:13:15: error: unknown ladder 'maturty' [sema.unknown-level]",
            help: "did you mean 'maturity'?"),
        Suggestion(
            name: "unknown kind", rules: rules + #"rule 1.1.b "R" tresholds n { >= 1: 1 }"#,
            line: "rules/a.kompass:13:16: error: unknown rule kind 'tresholds' [sema.unknown-kind]",
            help: "did you mean 'threshold'?"),
        Suggestion(
            name: "unknown kind, one letter off", rules: rules + #"rule 1.1.b "R" eachh dialog.former award 1 cap 3"#,
            line: "rules/a.kompass:13:16: error: unknown rule kind 'eachh' [sema.unknown-kind]",
            help: "did you mean 'each'?"),
        Suggestion(
            name: "misspelt declaration keyword", rules: rules + "test \"t\" expect 1.1.a = 2\n" + #"fakt g: flag "G""#,
            line: "rules/a.kompass:14:1: error: expected a declaration, found 'fakt' [parse.expected-token]",
            help: "did you mean 'fact'?"),
    ]

    @Test(arguments: suggestions)
    func didYouMean(_ s: Suggestion) {
        let result = Self.run(rules: s.rules, evidence: s.evidence)
        #expect(result.lines == [s.line])
        #expect(result.diagnostics.first?.help == s.help)
    }

    /// The suggested fact's declaration is quoted as a note with its own place.
    @Test func unknownFactNotesTheSuggestedDeclaration() throws {
        let result = Self.run(rules: Self.rules + #"rule 1.1.b "R" when kanaller contains webb award 1"#)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.notes.map(\.message) == ["'kanaler' declared here"])
        #expect(diagnostic.notes.first?.span == SourceSpan(path: "rules/a.kompass", start: .init(line: 6, column: 6), length: 7))
    }

    // MARK: Recovery

    /// One run reports every independent error of a file: bad characters, syntax errors
    /// (recovering at the next declaration keyword) and meaning errors.
    @Test func reportsEveryIndependentErrorInOneFile() {
        let result = Self.run(
            rules: Self.rules + """
                rule 1.1.b "R" when f award 2 ;
                fact h: flag "H"
                fakt g: flag "G"
                rule 1.1.c "R" when dialog.forme award 1
                rule 1.1.d "R" when f award
                rule 1.1.e "R" wen f award 1
                ladder m2 none < some
                rule 1.1.f "R" ladder p { exist: 1 }
                rule 1.1.g "R" why "a\\qb" when f award 1
                fact i flag "I"
                rule 1.1.h "R" when f award 1

                """)
        let expected = [
            "rules/a.kompass:13:31: error: unexpected character ';' [lex.bad-char]",
            "rules/a.kompass:15:1: error: expected a declaration, found 'fakt' [parse.expected-token]",
            "rules/a.kompass:16:21: error: unknown fact 'dialog.forme' [sema.unknown-fact]",
            "rules/a.kompass:17:23: error: 'award' takes one number [sema.bad-argument]",
            "rules/a.kompass:18:16: error: unknown rule kind 'wen' [sema.unknown-kind]",
            "rules/a.kompass:19:11: error: expected ':' after the ladder's name, found 'none' [parse.expected-token]",
            "rules/a.kompass:20:27: error: 'exist' is not a level of ladder 'maturity' [sema.unknown-level]",
            "rules/a.kompass:21:22: error: unknown escape '\\q' in string [lex.bad-escape]",
            "rules/a.kompass:22:8: error: expected ':' after the fact's path, found 'flag' [parse.expected-token]",
        ]
        #expect(result.lines.sorted(by: Self.byPlace) == expected)
        // Nothing else: the last rule, after every error, is declared and checked.
        #expect(result.lines.count == expected.count)
    }

    /// Syntax errors are found in source order; each is reported once.
    @Test func reportsSyntaxErrorsInSourceOrder() {
        let result = Self.run(
            rules: Self.rules + """
                ladder m2 none
                fact : flag
                area "B" max 1
                subarea 1.9 max 2
                rule 1.1.b "R" when (f award 1
                test t expect 1 = 1

                """)
        #expect(
            result.lines == [
                "rules/a.kompass:13:11: error: expected ':' after the ladder's name, found 'none' [parse.expected-token]",
                "rules/a.kompass:14:6: error: expected the fact's path, found ':' [parse.expected-token]",
                "rules/a.kompass:15:6: error: expected the area's id, found string \"B\" [parse.expected-token]",
                "rules/a.kompass:16:13: error: expected the title as a string, found 'max' [parse.expected-token]",
                "rules/a.kompass:17:24: error: expected ')' to close '(', found 'award' [parse.expected-token]",
                "rules/a.kompass:18:6: error: expected the test's name as a string, found 't' [parse.expected-token]",
            ])
    }

    /// The command line prints a file's diagnostics in the order of their places, as
    /// `Workspace.renderedDiagnostics` documents ("sorted by place"), not lexer errors
    /// first and syntax errors after them.
    @Test func workspaceRendersDiagnosticsInOrderOfPlace() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/kompass-order-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = Self.rules + "fact g: flag \"G\"\nfakt h: flag \"H\"\nrule 1.1.b \"R\" when f award 2 ;\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/a.kompass"))
        var workspace = Workspace(registry: BuiltinKinds.registry)
        _ = try workspace.loadInstrument(directory: folder)
        let headers = workspace.renderedDiagnostics(colour: false).split(separator: "\n")
            .filter { $0.hasPrefix(folder) }.map { $0.dropFirst(folder.count + 1) }
        #expect(
            headers == [
                "a.kompass:14:1: error: expected a declaration, found 'fakt' [parse.expected-token]",
                "a.kompass:15:31: error: unexpected character ';' [lex.bad-char]",
            ])
    }

    static func byPlace(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> (Int, Int) {
            let parts = s.split(separator: ":")
            return (Int(parts[1]) ?? 0, Int(parts[2]) ?? 0)
        }
        return key(a) < key(b)
    }

    // MARK: Columns

    /// Columns count characters: å, ä, ö (also decomposed) and a tab are one column each.
    @Test func columnsCountCharactersWithSwedishLettersAndATab() {
        let line = "rule 1.1.b \"Åäö och a\u{030A}\"\twhen\tförmåga award 1"
        let result = Self.run(rules: Self.rules + line + "\n")
        #expect(result.lines == ["rules/a.kompass:13:29: error: unknown fact 'förmåga' [sema.unknown-fact]"])
        #expect(
            result.rendered == """
                rules/a.kompass:13:29: error: unknown fact 'förmåga' [sema.unknown-fact]
                 13 | \(line)
                    | \(String(repeating: " ", count: 22))\t    \t^~~~~~~
                help: declare it with 'fact förmåga: …'
                1 error, 0 warnings

                """)
    }

    @Test func emojiSequencesAreOneColumnEach() {
        let result = Self.run(rules: Self.rules + "rule 1.1.b \"👩‍👩‍👧 Ålö\" when f award 2 §\n")
        #expect(result.lines == ["rules/a.kompass:13:35: error: unexpected character '§' [lex.bad-char]"])
    }

    // MARK: Line breaks and BOM

    static func crlf(_ text: String) -> [UInt8] {
        Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// DESIGN.md's examples saved with a BOM and CRLF line breaks check clean and mean the same.
    @Test func bomAndCRLFAreAccepted() throws {
        let plain = try CheckingPipeline.designInstrumentFiles()
        let evidence = try RulesTestPaths.text(RulesTestPaths.design + "/evidence.kompass")
        let plan = try RulesTestPaths.text(RulesTestPaths.design + "/plan.kompass")
        let converted = plain.map { PipelineInput($0.path, bytes: Self.bom + Self.crlf(String(decoding: $0.bytes, as: UTF8.self))) }
        let result = CheckingPipeline.run(
            instrument: converted, evidence: PipelineInput("evidence.kompass", bytes: Self.bom + Self.crlf(evidence)),
            plan: PipelineInput("plan.kompass", bytes: Self.bom + Self.crlf(plan)))
        #expect(result.lines == [])
        let reference = CheckingPipeline.run(
            instrument: plain, evidence: PipelineInput("evidence.kompass", evidence),
            plan: PipelineInput("plan.kompass", plan))
        let instrument = try #require(result.instrument)
        let expected = try #require(reference.instrument)
        #expect(instrument.rules.map(\.id) == expected.rules.map(\.id))
        #expect(instrument.rules.map { $0.span.start } == expected.rules.map { $0.span.start })
        #expect(instrument.facts.map(\.description) == expected.facts.map(\.description))
        #expect(result.evidence?.findings.map(\.value) == reference.evidence?.findings.map(\.value))
        #expect(result.evidence?.findings.map(\.note) == reference.evidence?.findings.map(\.note))
        #expect(result.plan?.actions.map(\.title) == reference.plan?.actions.map(\.title))
    }

    /// With CRLF, lines and columns are those of the text; the quoted line has no CR.
    @Test func crlfKeepsLinesAndColumns() {
        let text = Self.rules + "rule 1.1.b \"R\" when f award 2\nrule 1.1.c \"R\" when fx award 2\n"
        let result = CheckingPipeline.run(instrument: [PipelineInput("rules/a.kompass", bytes: Self.bom + Self.crlf(text))])
        #expect(result.lines == ["rules/a.kompass:14:21: error: unknown fact 'fx' [sema.unknown-fact]"])
        #expect(
            result.rendered.contains(
                " 14 | rule 1.1.c \"R\" when fx award 2\n    | " + String(repeating: " ", count: 20) + "^~\n"))
        #expect(!result.rendered.contains("\r"))
    }

    /// A BOM is not a column: an error on the first line keeps its place.
    @Test func bomDoesNotShiftTheFirstLine() {
        let result = CheckingPipeline.run(
            instrument: [PipelineInput("rules/a.kompass", bytes: Self.bom + Array("instrument \"K\" version 2\n".utf8))])
        #expect(
            result.lines == [
                "rules/a.kompass:1:24: error: expected the version as a string, found '2' [parse.expected-token]",
                "rules/a.kompass:1:1: error: no 'instrument' header in the instrument's files [sema.instrument-header]",
            ])
    }

    // MARK: Values in weighted subareas

    /// DESIGN.md, "Rule kinds": "a value above 1 there is an error at its token". The
    /// caret goes under the value, whichever kind gives it.
    @Test(arguments: [
        #"when f award 1️⃣2"#, #"each dialog.former award 1️⃣2 cap 1"#, #"each dialog.former award 0.5 cap 1️⃣3"#,
        #"scale n from 0 to 10 award 1️⃣2"#, #"ladder p { exists: 1️⃣2 }"#, #"threshold n { >= 1: 1️⃣2 }"#,
    ])
    func satisfactionErrorIsAtTheValuesToken(_ clause: String) throws {
        let text = Self.rules + "subarea 1.3 \"V\" max 10 weighted\nrule 1.3.a \"R\" " + clause + "\n"
        let marker = try #require(MarkedText(text).marker)
        let result = Self.run(rules: text)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.map(\.id.rawValue) == ["sema.satisfaction-range"])
        #expect(diagnostic.span?.start == marker)
        #expect(diagnostic.span?.length == 1)
    }

    // MARK: Nesting

    /// The condition itself is level 1 (as a JSON document's outer value is), so 255
    /// parentheses make 256 levels and pass; the 256th parenthesis opens level 257, which
    /// is refused at its first token, before anything in it is built.
    @Test func nestingBoundary() {
        func rule(_ depth: Int) -> String {
            Self.rules + "rule 1.1.b \"R\" when " + String(repeating: "(", count: depth) + "f"
                + String(repeating: ")", count: depth) + " award 1\n"
        }
        let accepted = Self.run(rules: rule(255))
        #expect(accepted.lines == [])
        #expect(accepted.instrument?.rules.map(\.id) == ["1.2.j", "1.1.a", "1.1.b"])
        #expect(Self.run(rules: rule(256)).lines == ["rules/a.kompass:13:277: error: conditions nest deeper than 256 levels [parse.too-deep]"])
    }

    @Test func longNotChainIsRefusedNotOverflowingTheStack() {
        let result = Self.run(
            rules: Self.rules + "rule 1.1.b \"R\" when " + String(repeating: "not ", count: 100_000) + "f award 1\n")
        // Each 'not' is a level: the 256th opens level 257 and the error points after it.
        #expect(result.lines == ["rules/a.kompass:13:\(21 + 4 * 256): error: conditions nest deeper than 256 levels [parse.too-deep]"])
    }

    // MARK: Numbers and strings

    struct Malformed: CustomTestStringConvertible, Sendable {
        let name: String
        var rules = LanguageDiagnosticsTests.rules
        var evidence: String?
        let line: String
        let help: String
        let carets: Int
        var testDescription: String { name }
    }

    static let malformed = [
        Malformed(
            name: "decimal comma in a condition", rules: rules + #"rule 1.1.b "R" when n > 0,5 award 1"#,
            line: "rules/a.kompass:13:25: error: malformed number '0,5' [lex.bad-number]",
            help: "write '0.5': decimals use a point", carets: 3),
        Malformed(
            name: "decimal comma in an award", rules: rules + #"rule 1.1.b "R" when f award 12,25"#,
            line: "rules/a.kompass:13:29: error: malformed number '12,25' [lex.bad-number]",
            help: "write '12.25': decimals use a point", carets: 5),
        Malformed(
            name: "decimal comma in a confidence",
            evidence: evidence + "finding n = 3\n  source web \"w\"\n  confidence 0,9\n",
            line: "evidence.kompass:7:14: error: malformed number '0,9' [lex.bad-number]",
            help: "write '0.9': decimals use a point", carets: 3),
        Malformed(
            name: "negative decimal comma", rules: rules + #"rule 1.1.b "R" when n > -0,5 award 1"#,
            line: "rules/a.kompass:13:25: error: malformed number '-0,5' [lex.bad-number]",
            help: "write '-0.5': decimals use a point", carets: 4),
        Malformed(
            name: "unterminated string", rules: rules + #"rule 1.1.b "R" when f award 2 why "open to the end"#,
            line: "rules/a.kompass:13:35: error: unterminated string [lex.unterminated-string]",
            help: #"close the string with '"' on the same line"#, carets: 16),
        Malformed(
            name: "unterminated string before a line break", evidence: evidence + "finding n = 3\n  source web \"w\n",
            line: "evidence.kompass:6:14: error: unterminated string [lex.unterminated-string]",
            help: #"close the string with '"' on the same line"#, carets: 2),
        Malformed(
            name: "bad escape", rules: rules + #"rule 1.1.b "R" when f award 2 why "tab\tok, \x not""#,
            line: #"rules/a.kompass:13:45: error: unknown escape '\x' in string [lex.bad-escape]"#,
            help: #"the escapes are '\"', '\\', '\n' and '\t'"#, carets: 2),
    ]

    @Test(arguments: malformed)
    func malformedNumbersAndStrings(_ m: Malformed) throws {
        let result = Self.run(rules: m.rules, evidence: m.evidence)
        #expect(result.lines == [m.line])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.help == m.help)
        #expect(diagnostic.span?.length == m.carets)
    }

    /// After an unterminated string the next line lexes normally: its error is found too.
    @Test func unterminatedStringEndsAtTheLineBreak() {
        let result = Self.run(rules: Self.rules + "rule 1.1.b \"R\" when f award 2 why \"open\nrule 1.1.c \"R\" when fx award 1\n")
        #expect(
            result.lines == [
                "rules/a.kompass:13:35: error: unterminated string [lex.unterminated-string]",
                "rules/a.kompass:14:21: error: unknown fact 'fx' [sema.unknown-fact]",
            ])
        #expect(result.instrument == nil)
    }

    /// The valid escapes decode; an unknown one is reported and the string still ends
    /// at its closing quote.
    @Test func escapesDecode() throws {
        let result = Self.run(rules: Self.rules + #"rule 1.1.b "R" why "a\"b\\c\nd\te" when f award 2"# + "\n")
        #expect(result.lines == [])
        let rule = try #require(result.instrument?.rules.last)
        #expect(rule.why == "a\"b\\c\nd\te")
    }
}
