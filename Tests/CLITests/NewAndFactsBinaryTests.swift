import Engine
import Foundation
import TestSupport
import Testing

/// `new evidence`, `new plan` and `facts` through the built binary: what they write, that
/// it checks and scores, the scopes and formats, and their usage and input errors.
@Suite struct NewAndFactsBinaryTests {
    static let rules = PackageRoot.path(Shipped.instrument)
    static let newEvidence = [
        "new", "evidence", "--municipality", "Testby kommun", "--year", "2024", "--evaluator", "E1", "--evaluator", "E2",
    ]

    @Test func newEvidenceChecksCleanAndScoresWithEveryFactOpen() throws {
        let scratch = try ScratchDirectory()
        let written = try BinaryRun.run(Self.newEvidence + ["--rules", Self.rules, "-o", "testby.kompass"], in: scratch.path)
        #expect(written.status == 0, "\(written.err)")
        #expect(written.stdout == [] && written.stderr == [])
        let text = try scratch.text("testby.kompass")
        #expect(text.hasPrefix("# Underlag för Testby kommun 2024, Kommunkompassen 2019: en mall skriven av kompass-score\n"))
        #expect(text.contains("\nevidence \"Testby kommun\" year 2024 instrument \"Kommunkompassen\" version \"2019\"\n"
            + "  evaluator \"E1\"\n  evaluator \"E2\"\n"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("# finding ") }.count == 225)
        // Standard output gets the same bytes.
        let printed = try BinaryRun.run(Self.newEvidence + ["--rules", Self.rules], in: scratch.path)
        #expect(printed.out == text)
        // `check` has nothing to say of it.
        let checked = try BinaryRun.run(["check", "--rules", Self.rules, "testby.kompass"], in: scratch.path)
        #expect(checked.status == 0, "\(checked.err)")
        #expect(checked.err == "")
        // Scored, every fact is open: counted per area, on lines people can read.
        let scored = try BinaryRun.succeed(["score", "--rules", Self.rules, "testby.kompass"], in: scratch.path)
        #expect(scored.contains("Ej bedömda fakta (225 av 225), per område:"))
        #expect(scored.filter { $0.hasPrefix("  ") && $0.contains("  alla ") }.count == 8)
        let list = BinaryRun.block(startingWith: "Ej bedömda fakta", in: scored)
        #expect(list.count == 13)  // the heading, 8 areas, 3 lines of hint, the judgements
        #expect(list.allSatisfy { $0.count <= 90 }, "\(list)")
        #expect(scored.contains { $0.contains("kompass-score new evidence") })
        #expect(scored.contains("Bedömningar som saknas (3): 3.4.d, 7.2.i, 8.2.a"))
    }

    @Test func newEvidenceInEnglish() throws {
        let lines = try BinaryRun.succeed(Self.newEvidence + ["--lang", "en"])
        #expect(lines.prefix(2) == [
            "# Evidence for Testby kommun 2024, Kommunkompassen 2019: a template written by",
            "# kompass-score new evidence.",
        ])
        #expect(lines.contains("#   answers: yes or no"))
    }

    @Test func newPlanFromAle() throws {
        let scratch = try ScratchDirectory()
        let ale = PackageRoot.path(Shipped.ale)
        let outcome = try BinaryRun.run(
            ["new", "plan", "--rules", Self.rules, "--evidence", ale, "--name", "Handlingsplan 2021", "-o", "plan.kompass"],
            in: scratch.path)
        #expect(outcome.status == 0, "\(outcome.err)")
        let text = try scratch.text("plan.kompass")
        #expect(text.contains("\nplan \"Handlingsplan 2021\" for \"Ale kommun\"\n"))
        // 1.2 as `explain --for planner` has it: 5.75 of 10, 1.2.f +2 with another language.
        #expect(text.contains("# ---- 1.2 Kommunens information till medborgarna: 5,75 av 10 poäng, 4,25 poäng saknas\n"))
        #expect(
            text.contains(
                """
                #   1.2.f Information på andra språk än svenska: +2 poäng räknat för sig
                # action r1_2_f "Information på andra språk än svenska"  # cost N
                #   set medborgarinfo.andra_sprak = yes

                """))
        // A full subarea says so.
        #expect(text.contains("# ---- 1.3 Medborgarnas möjlighet till dialog med politiken: 30 av 30 poäng: full poäng\n"))
        // Every action without a `?` to fill in, uncommented, makes a plan that checks clean.
        var plan: [String] = []
        var inAction = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("# action ") {
                inAction = true
                plan.append(String(line.dropFirst(2)))
            } else if inAction, line.hasPrefix("#   set ") || line.hasPrefix("#   add ") {
                plan.append(line.contains("?") ? "" : String(line.dropFirst(2)))
            } else {
                inAction = false
                plan.append(line)
            }
        }
        let actions = plan.filter { $0.hasPrefix("action ") }
        #expect(actions.count >= 50, "\(actions.count)")
        try scratch.write("uncommented.kompass", plan.joined(separator: "\n"))
        let checked = try BinaryRun.run(["check", "--rules", Self.rules, ale, "uncommented.kompass"], in: scratch.path)
        #expect(checked.status == 0, "\(checked.err)")
        #expect(!checked.err.contains("error"), "\(checked.err)")
        // And the one action gives 1.2 its 2 points.
        let whatif = try BinaryRun.succeed(
            ["whatif", "--rules", Self.rules, ale, "--plan", "uncommented.kompass", "--action", "r1_2_f", "--lang", "en"],
            in: scratch.path)
        #expect(whatif.contains { $0.hasPrefix("Total: 484.19 → 486.19 (+2 points)") }, "\(whatif.prefix(3))")
    }

    @Test func factsInEveryFormat() throws {
        let text = try BinaryRun.succeed(["facts", "--subarea", "1.2"])
        #expect(text.first == "Kommunkompassen 2019 · faktakatalog · 7 fakta i 1 delområde")
        #expect(text.contains("    medborgarinfo.andra_sprak (flagga)"))
        #expect(text.allSatisfy { $0.count <= 90 || $0.contains(" sha256 ") })
        let json = try BinaryRun.run(["facts", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        #expect((object["facts"] as? [Any])?.count == 225)
        let csv = try BinaryRun.run(["facts", "-f", "csv"])
        let rows = try CSVReader.records(csv.out)
        #expect(rows.count == 226)
        #expect(rows[0].first == "fact")
        let area = try BinaryRun.run(["facts", "--area", "3", "--format", "csv"])
        #expect(try CSVReader.records(area.out).count == 24)  // 23 facts, counted in FactCatalogueTests
        let guide = try BinaryRun.succeed(["facts", "--format", "markdown", "--lang", "en"])
        #expect(guide.first == "# Kommunkompassen 2019: interview guide")
        #expect(guide.filter { $0.hasPrefix("### ") }.count == 35)
        // The extension of --output chooses the format.
        let scratch = try ScratchDirectory()
        let written = try BinaryRun.run(["facts", "--rules", Self.rules, "-o", "guide.md"], in: scratch.path)
        #expect(written.status == 0)
        #expect(try scratch.text("guide.md").hasPrefix("# Kommunkompassen 2019: intervjuguide\n"))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var command: String
        var lines: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        Case(
            arguments: ["new", "evidence", "--year", "2024", "--evaluator", "E1"], command: "new",
            lines: [
                "Error: 'new evidence' needs '--municipality'",
                "help: for example: kompass-score new evidence --municipality \"Ale kommun\" --year 2024 --evaluator \"E1\"",
            ]),
        Case(
            arguments: ["new", "evidense"], command: "new",
            lines: ["Error: 'new' writes 'evidence' or 'plan', not 'evidense'", "help: did you mean 'evidence'?"]),
        Case(
            arguments: NewAndFactsBinaryTests.newEvidence + ["--name", "X"], command: "new",
            lines: ["Error: '--name' applies to 'new plan', not 'new evidence'"]),
        Case(
            arguments: ["new", "evidence", "--municipality", "A", "--year", "24", "--evaluator", "E1"], command: "new",
            lines: ["Error: '--year' takes a year of four digits, such as 2024, not '24'"]),
        Case(
            arguments: NewAndFactsBinaryTests.newEvidence + ["-o", "t.json"], command: "new",
            lines: ["Error: 'new' writes the rule language, not json", "help: name the output '….kompass'"]),
        Case(
            arguments: ["new", "plan", "--evidence", Shipped.ale], command: "new",
            lines: [
                "Error: 'new plan' needs '--name'",
                "help: for example: kompass-score new plan --evidence evidence.kompass --name \"Handlingsplan 2025\"",
            ]),
        Case(
            arguments: ["facts", "--subarea", "3.22"], command: "facts",
            lines: ["Error: unknown id '3.22' for '--subarea'", "help: did you mean '3.2'?"]),
        Case(
            arguments: ["facts", "--area", "33"], command: "facts",
            lines: ["Error: unknown id '33' for '--area'", "help: did you mean '3'?"]),
        Case(
            arguments: ["facts", "--format", "json", "--lang", "en"], command: "facts",
            lines: ["Error: '--lang' applies to text and markdown, not '--format json'"]),
    ])
    func usageErrors(_ c: Case) throws {
        BinaryRun.expectUsageError(try BinaryRun.run(c.arguments), command: c.command, lines: c.lines)
    }

    @Test(arguments: [
        NewAndFactsBinaryTests.newEvidence, ["new", "plan", "--evidence", Shipped.ale, "--name", "P"], ["facts"],
    ])
    func unknownRulesFolder(_ arguments: [String]) throws {
        let outcome = try BinaryRun.run(arguments + ["--rules", "/nonexistent"])
        BinaryRun.expectFailure(outcome, status: 66, firstLine: "Error: no such file '/nonexistent'")
    }

    @Test func missingEvidenceForAPlan() throws {
        let outcome = try BinaryRun.run(["new", "plan", "--evidence", "Examples/none.kompass", "--name", "P"])
        BinaryRun.expectFailure(outcome, status: 66, firstLine: "Error: no such file 'Examples/none.kompass'")
    }

    @Test func neverWritesIntoTheInstrument() throws {
        let outcome = try BinaryRun.run(Self.newEvidence + ["-o", Shipped.instrument + "/new.kompass"])
        #expect(outcome.status == 64, "\(outcome.err)")
        #expect(!FileManager.default.fileExists(atPath: PackageRoot.path(Shipped.instrument + "/new.kompass")))
    }
}
