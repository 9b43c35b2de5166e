import Engine
import Rules
import Testing

/// The diagnostics of the kinds that build step tables from a map (`ladder`, `threshold`),
/// rendered whole: each error at the entry that causes it, its note at the entry it
/// conflicts with (the kinds read the entries in place and keep each step's entry index).
/// A note on the error's own line is not shown again.
@Suite struct StepKindDiagnosticsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let rule: String
        let rendered: String
        var testDescription: String { name }
    }

    static let cases = [
        Case(
            name: "a level listed twice", rule: #"rule 1.1.b "R" ladder p { exists: 1, started: 1, exists: 2 }"#,
            rendered: """
                rules/a.kompass:13:50: error: level 'exists' is listed twice [sema.duplicate-id]
                 13 | rule 1.1.b "R" ladder p { exists: 1, started: 1, exists: 2 }
                    |                                                  ^~~~~~
                rules/a.kompass:13:27: note: first listed here
                1 error, 0 warnings

                """),
        Case(
            name: "a level listed three times", rule: #"rule 1.1.b "R" ladder p { exists: 1, exists: 2, exists: 3 }"#,
            rendered: """
                rules/a.kompass:13:38: error: level 'exists' is listed twice [sema.duplicate-id]
                 13 | rule 1.1.b "R" ladder p { exists: 1, exists: 2, exists: 3 }
                    |                                      ^~~~~~
                rules/a.kompass:13:27: note: first listed here
                rules/a.kompass:13:49: error: level 'exists' is listed again [sema.duplicate-id]
                 13 | rule 1.1.b "R" ladder p { exists: 1, exists: 2, exists: 3 }
                    |                                                 ^~~~~~
                rules/a.kompass:13:27: note: first listed here
                2 errors, 0 warnings

                """),
        Case(
            name: "ladder values that decrease, listed out of order",
            rule: #"rule 1.1.b "R" ladder p { exists: 1, started: 2 }"#,
            rendered: """
                rules/a.kompass:13:35: error: 'ladder' values decrease from 2 to 1 [sema.bad-argument]
                 13 | rule 1.1.b "R" ladder p { exists: 1, started: 2 }
                    |                                   ^
                rules/a.kompass:13:47: note: the higher value is here
                help: a higher step must be worth at least as much as a lower one
                1 error, 0 warnings

                """),
        Case(
            name: "threshold values that decrease", rule: #"rule 1.1.b "R" threshold n { >= 10: 3, > 5: 4.5 }"#,
            rendered: """
                rules/a.kompass:13:37: error: 'threshold' values decrease from 4.5 to 3 [sema.bad-argument]
                 13 | rule 1.1.b "R" threshold n { >= 10: 3, > 5: 4.5 }
                    |                                     ^
                rules/a.kompass:13:45: note: the higher value is here
                help: a higher step must be worth at least as much as a lower one
                1 error, 0 warnings

                """),
        Case(
            name: "a threshold band without its operator", rule: #"rule 1.1.b "R" threshold n { >= 1: 1, 5: 2 }"#,
            rendered: """
                rules/a.kompass:13:39: error: a threshold band starts with '>=' or '>' [sema.bad-argument]
                 13 | rule 1.1.b "R" threshold n { >= 1: 1, 5: 2 }
                    |                                       ^
                help: write '>= 5: 2'
                1 error, 0 warnings

                """),
    ]

    @Test(arguments: cases)
    func rendersAtTheEntries(_ c: Case) {
        let result = LanguageDiagnosticsTests.run(rules: LanguageDiagnosticsTests.rules + c.rule + "\n")
        #expect(result.rendered == c.rendered)
    }

    /// The same maps without the fault check, and score as their steps say.
    @Test func wellFormedMapsCheck() {
        let result = LanguageDiagnosticsTests.run(
            rules: LanguageDiagnosticsTests.rules + #"rule 1.1.b "R" ladder p { started: 1, exists: 2 }"# + "\n"
                + #"rule 1.1.c "T" threshold n { > 5: 3, >= 5: 2 }"# + "\n")
        #expect(result.lines == [])
    }
}
