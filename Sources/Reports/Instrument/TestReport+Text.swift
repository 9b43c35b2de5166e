import Engine

extension InstrumentTestReport {
    /// The results of an instrument's own tests as text in `language` (default: the
    /// instrument's): one line per test, each failure with its location, the expected and
    /// the actual value and the rules that gave points; then the counts and rule coverage.
    ///
    /// The expected value and tolerance are the test's own numbers, shown as written; the
    /// actual value is rounded to two decimals, and when that hides the difference the line
    /// says so.
    public func renderText(instrument: Instrument, language: ReportLanguage? = nil) -> String {
        let prose = Prose(language, for: instrument)
        let words = TestWords.of(prose)
        var out = ""
        for result in results {
            out += (result.passed ? words.pass : words.fail) + "  \(result.name)\n"
            for failure in result.failures {
                let span = failure.span
                let expected = prose.localized(failure.expected.decimalString())
                var line = "  \(span.path):\(span.start.line):\(span.start.column): "
                line += words.expected(failure.target, expected)
                if let tolerance = failure.tolerance {
                    line += " " + words.within(prose.localized(tolerance.decimalString()))
                }
                let actual = prose.number(failure.actual)
                line += ", " + words.got(actual, prose.shown(failure.actual))
                if actual == prose.number(failure.expected) { line += " " + words.hiddenDifference(prose.number(0.01)) }
                out += line + "\n"
                let fired = failure.fired.map { "\($0.id) \(prose.number($0.points))" }
                out += "    \(words.fired): " + (fired.isEmpty ? words.noRule : fired.joined(separator: ", ")) + "\n"
            }
        }
        let failed = results.filter { !$0.passed }.count
        out += "\n" + words.counts(prose.integer(results.count - failed), prose.integer(failed)) + "\n"
        let rules = instrument.rules.count
        out +=
            words.coverage(
                prose.integer(rules - neverHit.count), prose.integer(rules - neverMissed.count), prose.integer(rules),
                prose.count(rules, words.rule)) + "\n"
        if !neverHit.isEmpty {
            out += "  \(words.neverHit): \(neverHit.map { instrument.rules[$0].id }.joined(separator: ", "))\n"
        }
        if !neverMissed.isEmpty {
            out += "  \(words.neverMissed): \(neverMissed.map { instrument.rules[$0].id }.joined(separator: ", "))\n"
        }
        return out
    }
}

/// The words of `test`, in one language.
struct TestWords: Sendable {
    var pass: String
    var fail: String
    var expected: @Sendable (_ target: String, _ value: String) -> String
    var within: @Sendable (_ tolerance: String) -> String
    var got: @Sendable (_ actual: String, _ shown: String) -> String
    var hiddenDifference: @Sendable (_ step: String) -> String
    var fired: String
    var noRule: String
    var counts: @Sendable (_ passed: String, _ failed: String) -> String
    var rule: Noun
    var coverage: @Sendable (_ best: String, _ zero: String, _ count: String, _ rules: String) -> String
    var neverHit: String
    var neverMissed: String

    static func of(_ prose: Prose) -> TestWords { prose.isSwedish ? swedish : english }

    static let swedish = TestWords(
        pass: "ok  ", fail: "FEL ",
        expected: { "väntade \($0) = \($1)" }, within: { "inom \($0)" },
        got: { "fick \($0) (visas som \($1))" },
        hiddenDifference: { "(skillnaden är mindre än \($0))" },
        fired: "regler som gav poäng", noRule: "ingen",
        counts: { "\($0) godkända, \($1) underkända" },
        rule: Noun("regel", "regler"),
        coverage: { best, zero, count, rules in
            "täckning: \(best) av \(rules) når sitt högsta värde i något test, \(zero) av \(count) ger 0 i något test"
        },
        neverHit: "når aldrig sitt högsta värde", neverMissed: "ger aldrig 0")

    static let english = TestWords(
        pass: "pass", fail: "FAIL",
        expected: { "expected \($0) = \($1)" }, within: { "within \($0)" },
        got: { "got \($0) (shown as \($1))" },
        hiddenDifference: { "(the difference is less than \($0))" },
        fired: "rules that gave points", noRule: "none",
        counts: { "\($0) passed, \($1) failed" },
        rule: Noun("rule", "rules"),
        coverage: { best, zero, count, rules in
            "coverage: \(best) of \(rules) reach their best value in some test, \(zero) of \(count) give 0 in some test"
        },
        neverHit: "never at their best value", neverMissed: "never give 0")
}
