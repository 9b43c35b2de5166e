import Engine
import Foundation
import Rules
import Testing

/// The scoring lint of `check` (DESIGN.md, "Scoring"; ids `lint.*`): per id one pinned
/// firing case (its place at the 1️⃣ marker, severity, exact message and help; exactly one
/// diagnostic) and one quiet case that differs from it in one line.
@Suite struct LintTests {
    /// Declarations every case starts from (6 lines): one fact of each type.
    static let header = """
        instrument "K" version "1"
        ladder maturity: none < started < exists < followed_up < evaluated
        fact f: flag "F"
        fact n: number "N"
        fact k: set {webb, facebook, annons, play} "Kanaler"
        fact p: level maturity "P"

        """

    /// Four rules reading every fact, worth 14 together.
    static let fourRules = """
        rule 1.1.a "R" when f award 4
        rule 1.1.b "R" threshold n { >= 1: 3 }
        rule 1.1.c "R" ladder p { exists: 3 }
        rule 1.1.d "R" each k award 1

        """

    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        /// The instrument after the header, with a 1️⃣ marker.
        var firing: String
        /// The same instrument with one line changed, giving no diagnostic.
        var quiet: String
        var message: String
        var help: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(
            id: "lint.area-max-sum",
            firing: "area 1️⃣1 \"A\" max 30\nsubarea 1.1 \"S\" max 10\n" + fourRules,
            quiet: "area 1 \"A\" max 10\nsubarea 1.1 \"S\" max 10\n" + fourRules,
            message: "area '1' has maximum 30, but its subareas' maxima add up to 10: the area can never reach its maximum",
            help: "make the area's maximum the sum of its subareas' maxima"),
        Case(
            id: "lint.dead-rule",
            firing: """
                area 1 "A" max 10
                subarea 1.1 "S" max 10
                rule 1.1.a "R" ladder p { none: 6, evaluated: 10 }
                rule 1.1.b "R" threshold n { >= 0: 4, >= 10: 10 }
                rule 1️⃣1.1.c "R" when f or count(k) > 1 award 2
                """,
            quiet: """
                area 1 "A" max 10
                subarea 1.1 "S" max 10
                rule 1.1.a "R" ladder p { none: 6, evaluated: 10 }
                rule 1.1.b "R" threshold n { >= 1: 4, >= 10: 10 }
                rule 1.1.c "R" when f or count(k) > 1 award 2
                """,
            message: "rule '1.1.c' can never count: the other rules of subarea '1.1' give at least 10, "
                + "which fills its maximum 10",
            help: "lower the least values of the other rules, or raise the subarea's maximum"),
        Case(
            id: "lint.fact-read-twice",
            firing: """
                area 1 "A" max 20
                subarea 1.1 "S" max 20
                rule 1.1.a "R" when f award 5
                rule 1️⃣1.1.b "R" when not f and count(k) > 1 award 5
                rule 1.1.c "R" threshold n { >= 1: 5 }
                rule 1.1.d "R" ladder p { exists: 5 }
                """,
            quiet: """
                area 1 "A" max 20
                subarea 1.1 "S" max 20
                rule 1.1.a "R" when f award 5
                rule 1.1.b "R" when f and count(k) > 1 award 5
                rule 1.1.c "R" threshold n { >= 1: 5 }
                rule 1.1.d "R" ladder p { exists: 5 }
                """,
            message: "fact 'f' is read 2 times in subarea '1.1', not all in one direction: "
                + "the subarea's bounds are approximate while it is unassessed",
            help: "read 'f' in one direction only, or accept approximate bounds while it is unassessed"),
        Case(
            id: "lint.never-fires",
            firing: """
                area 1 "A" max 10
                subarea 1.1 "S" max 10
                rule 1.1.a "R" when f award 4
                rule 1.1.b "R" threshold n { >= 1: 3 }
                rule 1.1.c "R" ladder p { exists: 3 }
                rule 1️⃣1.1.d "R" when count(k) >= 5 award 2
                """,
            quiet: """
                area 1 "A" max 10
                subarea 1.1 "S" max 10
                rule 1.1.a "R" when f award 4
                rule 1.1.b "R" threshold n { >= 1: 3 }
                rule 1.1.c "R" ladder p { exists: 3 }
                rule 1.1.d "R" when count(k) >= 4 award 2
                """,
            message: "rule '1.1.d' can never fire: 'count(k) >= 5' never holds, as 'k' has at most 4 items",
            help: "change the rule so that some findings satisfy it, or remove it"),
        Case(
            id: "lint.unreachable-max",
            firing: """
                area 1 "A" max 20
                subarea 1️⃣1.1 "S" max 20
                rule 1.1.a "R" when f award 5
                rule 1.1.b "R" each k award 2
                rule 1.1.c "R" threshold n { >= 1: 2 }
                rule 1.1.d "R" ladder p { exists: 4 }
                """,
            quiet: """
                area 1 "A" max 19
                subarea 1.1 "S" max 19
                rule 1.1.a "R" when f award 5
                rule 1.1.b "R" each k award 2
                rule 1.1.c "R" threshold n { >= 1: 2 }
                rule 1.1.d "R" ladder p { exists: 4 }
                """,
            message: "subarea '1.1' can never reach its maximum 20: its rules give at most 19",
            help: "raise the rules' values, or lower the maximum to 19"),
        Case(
            id: "lint.unused-fact",
            firing: "fact 1️⃣g: flag \"G\"\narea 1 \"A\" max 10\nsubarea 1.1 \"S\" max 10\n" + fourRules,
            quiet: "fact g: flag \"G\"\narea 1 \"A\" max 10\nsubarea 1.1 \"S\" max 10\n"
                + fourRules.replacingOccurrences(of: "when f award 4", with: "when f or g award 4"),
            message: "fact 'g' is not read by any rule",
            help: "read it in a rule, or remove its declaration"),
    ]

    /// The lint's diagnostics of an instrument in one file, `lint.kompass`.
    static func lint(_ text: String) throws -> [Diagnostic] {
        let (instrument, bag, sources) = Fixture.check([(path: "lint.kompass", text: text)])
        guard let instrument, !bag.hasErrors, bag.all.isEmpty else {
            throw FixtureError(description: DiagnosticRenderer(sources: sources).render(all: bag.all))
        }
        return ScoringLint.check(instrument)
    }

    @Test(arguments: cases)
    func firesOnceWithItsPlaceMessageAndHelp(_ c: Case) throws {
        let marked = MarkedText(Self.header + c.firing)
        let place = try #require(marked.marker)
        let found = try Self.lint(String(decoding: marked.bytes, as: UTF8.self))
        #expect(found.map(\.oneLineForm) == ["lint.kompass:\(place.line):\(place.column): warning: \(c.message) [\(c.id)]"])
        #expect(found.first?.help == c.help)
        #expect(found.first?.severity == .warning)
    }

    @Test(arguments: cases)
    func staysQuietOnTheNearbyGoodInstrument(_ c: Case) throws {
        #expect(try Self.lint(Self.header + c.quiet).map(\.oneLineForm) == [])
    }

    @Test func everyLintIDIsInTheCatalogueAsAWarning() {
        let lintIDs = DiagnosticID.catalogue.filter { $0.rawValue.hasPrefix("lint.") }
        #expect(lintIDs.map(\.rawValue).sorted() == Self.cases.map(\.id).sorted())
        #expect(lintIDs.allSatisfy { $0.defaultSeverity == .warning })
    }

    /// The shipped instrument is lint-free: `kompass-score check` prints no warning.
    @Test func shippedInstrumentHasNoLintFindings() throws {
        let (instrument, workspace) = try Shipped.load()
        let loaded = try #require(instrument, "\(workspace.renderedDiagnostics(colour: false))")
        #expect(ScoringLint.check(loaded).map(\.oneLineForm) == [])
    }

    // MARK: More firing cases, each checked by its one line

    struct Firing: CustomTestStringConvertible, Sendable {
        var name: String
        var body: String
        var lines: [String]
        var testDescription: String { name }
    }

    static let firing: [Firing] = [
        Firing(
            name: "a level beyond the ladder's top",
            body: "area 1 \"A\" max 10\nsubarea 1.1 \"S\" max 10\n" + fourRules + "rule 1.1.e \"R\" when p > evaluated award 2\n",
            lines: [
                "lint.kompass:13:6: warning: rule '1.1.e' can never fire: 'p > evaluated' never holds, as 'p' is "
                    + "between 'none' and 'evaluated' [lint.never-fires]"
            ]),
        Firing(
            name: "a number below zero, inside 'or'",
            body: "area 1 \"A\" max 10\nsubarea 1.1 \"S\" max 10\n" + fourRules + "rule 1.1.e \"R\" when f or n < 0 award 2\n",
            lines: [
                "lint.kompass:13:6: warning: in rule '1.1.e', 'n < 0' never holds, as 'n' is 0 or more [lint.never-fires]"
            ]),
        Firing(
            name: "a count equal to a fraction",
            body: "area 1 \"A\" max 10\nsubarea 1.1 \"S\" max 10\n" + fourRules
                + "rule 1.1.e \"R\" when count(k) == 2.5 award 2\n",
            lines: [
                "lint.kompass:13:6: warning: rule '1.1.e' can never fire: 'count(k) == 2.5' never holds, as 'count(k)' is "
                    + "a whole number [lint.never-fires]"
            ]),
        Firing(
            name: "a band beyond a closed set",
            body: "area 1 \"A\" max 10\nsubarea 1.1 \"S\" max 10\n" + fourRules
                + "rule 1.1.e \"R\" threshold k { >= 2: 1, > 4: 2 }\n",
            lines: [
                "lint.kompass:13:6: warning: in rule '1.1.e', band '> 4' never applies, as 'k' has at most 4 items "
                    + "[lint.never-fires]"
            ]),
        Firing(
            name: "a cap beyond a closed set's worth",
            body: """
                area 1 "A" max 16
                subarea 1.1 "S" max 16
                rule 1.1.a "R" when f award 2
                rule 1.1.b "R" threshold n { >= 1: 3 }
                rule 1.1.c "R" ladder p { exists: 3 }
                rule 1.1.d "R" each k award 2 cap 12

                """,
            lines: [
                "lint.kompass:12:6: warning: in rule '1.1.d', 'cap 12' is never reached, as at most 4 items of 'k' "
                    + "count, worth 8 [lint.never-fires]"
            ]),
        Firing(
            name: "a scale whose full value needs a negative number",
            body: "area 1 \"A\" max 10\nsubarea 1.1 \"S\" max 10\n" + fourRules
                + "rule 1.1.e \"R\" scale n from 10 to -1 award 2\n",
            lines: [
                "lint.kompass:13:6: warning: in rule '1.1.e', the full value needs 'n' at -1 or less, and 'n' is 0 or "
                    + "more [lint.never-fires]",
                "lint.kompass:13:6: warning: fact 'n' is read 2 times in subarea '1.1', not all in one direction: the "
                    + "subarea's bounds are approximate while it is unassessed [lint.fact-read-twice]",
            ]),
        Firing(
            name: "a weighted rule below satisfaction 1",
            body: """
                area 1 "A" max 20
                subarea 1.1 "W" max 20 weighted
                rule 1.1.a "R" weight 3 ladder p { exists: 0.5, followed_up: 0.8 }
                rule 1.1.b "R" when f
                rule 1.1.c "R" each k award 0.25
                rule 1.1.d "R" scale n from 0 to 10

                """,
            lines: [
                "lint.kompass:8:9: warning: subarea '1.1' can never reach its maximum 20: at best it scores 18 "
                    + "[lint.unreachable-max]"
            ]),
        Firing(
            name: "a rule whose condition cannot fail fills the maximum",
            body: """
                area 1 "A" max 10
                subarea 1.1 "S" max 10
                rule 1.1.a "R" when not (p > evaluated) award 10
                rule 1.1.b "R" when f or n > 1 or count(k) > 1 award 2

                """,
            lines: [
                "lint.kompass:9:6: warning: in rule '1.1.a', 'p > evaluated' never holds, as 'p' is between 'none' "
                    + "and 'evaluated' [lint.never-fires]",
                "lint.kompass:10:6: warning: rule '1.1.b' can never count: the other rules of subarea '1.1' give at "
                    + "least 10, which fills its maximum 10 [lint.dead-rule]",
            ]),
    ]

    @Test(arguments: firing)
    func firesWhereTheFactTypesSaySo(_ c: Firing) throws {
        #expect(try Self.lint(Self.header + c.body).map(\.oneLineForm) == c.lines)
    }

    /// The weighted case's note names the rule below satisfaction 1, at its place.
    @Test func weightedNoteNamesTheRule() throws {
        let c = try #require(Self.firing.first { $0.name == "a weighted rule below satisfaction 1" })
        let notes = try Self.lint(Self.header + c.body).first?.notes ?? []
        #expect(notes.map(\.message) == ["rule '1.1.a' reaches at most 0.8 of its weight"])
        #expect(notes.first?.span?.start == SourceLocation(line: 9, column: 6))
    }

    /// Readings all in one direction keep bounds exact: a ladder, a threshold on the same
    /// set as 'each' and 'contains', a lower-is-better scale with 'n < 3'.
    @Test func readingsInOneDirectionStayQuiet() throws {
        let body = """
            area 1 "A" max 30
            subarea 1.1 "S" max 30
            rule 1.1.a "R" ladder p { exists: 2, evaluated: 4 }
            rule 1.1.b "R" when p >= followed_up and f award 4
            rule 1.1.c "R" each k award 1
            rule 1.1.d "R" threshold k { >= 3: 2 }
            rule 1.1.e "R" when k contains webb award 2
            rule 1.1.f "R" scale n from 10 to 0 award 10
            rule 1.1.g "R" when n < 3 award 4

            """
        #expect(try Self.lint(Self.header + body).map(\.oneLineForm) == [])
    }
}
