import Engine
import Testing

/// One mistake in an instrument gets one error: a declaration that fails (a misspelt
/// keyword or type, a missing maximum, a broken clause, an unknown ladder) does not make
/// every rule, test and label that names it report it again as unknown.
@Suite struct DiagnosticCascadeTests {
    /// A clean instrument whose names are each used by rules, a test and labels.
    static let clean = """
        instrument "K" version "1"
        ladder maturity: none < started < exists
        fact f: flag "F"
        fact p: level maturity "P"
        area 1 "A" max 100
        subarea 1.1 "S" max 30
        rule 1.1.a "R" when f award 2
        rule 1.1.b "Q" ladder p { started: 1, exists: 3 }
        subarea 1.2 "T" max 20
        rule 1.2.a "U" when f and p >= exists award 4
        test "t"
          given f = yes
          given p = exists
          expect 1.1.a = 2
          expect 1.1.b = 3
          expect 1.1 = 5
          expect 1.2.a = 4
          expect 1.2 = 4
        labels maturity { none: "saknas", started: "påbörjad", exists: "finns" }

        """

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// What to replace in ``DiagnosticCascadeTests/clean``, and with what (holding the 1️⃣ marker).
        var replace: String
        var with: String
        var message: String
        var help: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a misspelt 'rule'", replace: "rule 1.1.a", with: "1️⃣ruel 1.1.a",
            message: "expected a declaration, found 'ruel'", help: "did you mean 'rule'?"),
        Case(
            name: "a misspelt 'fact'", replace: "fact p:", with: "1️⃣fcat p:",
            message: "expected a declaration, found 'fcat'", help: "did you mean 'fact'?"),
        Case(
            name: "a misspelt fact type", replace: "fact p: level", with: "fact p: 1️⃣levle",
            message: "expected a fact type ('flag', 'level LADDER', 'number' or 'set'), found 'levle'",
            help: "did you mean 'level'?"),
        Case(
            name: "a fact type that is nothing like one", replace: "fact p: level maturity", with: "fact p: 1️⃣grade maturity",
            message: "expected a fact type ('flag', 'level LADDER', 'number' or 'set'), found 'grade'"),
        Case(
            name: "'ladder' written for 'level'", replace: "fact p: level", with: "fact p: 1️⃣ladder",
            message: "expected a fact type ('flag', 'level LADDER', 'number' or 'set'), found 'ladder'",
            help: "a fact whose value is a step of a ladder has the type 'level maturity'"),
        Case(
            name: "a misspelt 'max'", replace: #""T" max 20"#, with: #""T" 1️⃣maks 20"#,
            message: "expected 'max N' for subarea '1.2', found 'maks'", help: "give the maximum, as in 'max 20'"),
        Case(
            name: "an area without a maximum", replace: #"area 1 "A" max 100"#, with: #"area 1️⃣1 "A""#,
            message: "expected 'max N' for area '1'", help: "give the maximum, as in 'max 20'"),
        Case(
            name: "a broken rule clause", replace: "ladder p { started", with: "ladder p { 1️⃣{ started",
            message: "expected an item (a word or a string), found '{'"),
        Case(
            name: "an unknown ladder", replace: "level maturity", with: "level 1️⃣maturiy",
            message: "unknown ladder 'maturiy'", help: "did you mean 'maturity'?"),
        Case(
            name: "a broken ladder", replace: "none < started", with: "none < 1️⃣< started",
            message: "expected a level name, found '<'"),
    ]

    @Test(arguments: cases)
    func oneMistakeGivesOneError(_ c: Case) throws {
        #expect(Self.clean.contains(c.replace))
        let rules = MarkedText(Self.clean.replacingOccurrences(of: c.replace, with: c.with))
        let result = CheckingPipeline.run(instrument: [PipelineInput("rules/a.kompass", bytes: rules.bytes)])
        let place = try #require(rules.marker)
        let id = c.message.hasPrefix("unknown ladder") ? "sema.unknown-level" : "parse.expected-token"
        #expect(result.lines == ["rules/a.kompass:\(place.line):\(place.column): error: \(c.message) [\(id)]"])
        #expect(result.diagnostics.first?.help == c.help)
        #expect(result.instrument == nil)
    }

    /// The clean instrument has no error, so every case's one error is its mistake's.
    @Test func theCleanInstrumentChecksAndItsTestPasses() throws {
        let result = CheckingPipeline.run(instrument: [PipelineInput("rules/a.kompass", Self.clean)])
        #expect(result.lines == [])
        let instrument = try #require(result.instrument)
        #expect(instrument.rules.map(\.id) == ["1.1.a", "1.1.b", "1.2.a"])
        #expect(instrument.tests.count == 1)
    }

    /// Independent mistakes are each still reported: a misspelt keyword is read on as the
    /// declaration it most likely is, so a mistake inside that declaration is found too.
    @Test func aMistakeInsideARecoveredDeclarationIsReportedToo() {
        let text = Self.clean.replacingOccurrences(of: "rule 1.1.a \"R\" when f award 2", with: "ruel 1.1.a \"R\" when g award 2")
        let result = CheckingPipeline.run(instrument: [PipelineInput("rules/a.kompass", text)])
        #expect(
            result.lines == [
                "rules/a.kompass:7:1: error: expected a declaration, found 'ruel' [parse.expected-token]",
                "rules/a.kompass:7:21: error: unknown fact 'g' [sema.unknown-fact]",
            ])
    }

    /// A rule outside any subarea is still reported, and a subarea outside any area once,
    /// without its rules repeating it.
    @Test func aSubareaOutsideAnyAreaIsOneError() {
        let text = Self.clean.replacingOccurrences(of: "area 1 \"A\" max 100\n", with: "")
        let result = CheckingPipeline.run(instrument: [PipelineInput("rules/a.kompass", text)])
        #expect(
            result.lines == [
                "rules/a.kompass:5:9: error: subarea '1.1' is not inside any area [sema.bad-nesting]",
                "rules/a.kompass:8:9: error: subarea '1.2' is not inside any area [sema.bad-nesting]",
            ])
    }
}
