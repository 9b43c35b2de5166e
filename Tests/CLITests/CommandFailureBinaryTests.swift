import Foundation
import TestSupport
import Testing

@testable import kompass_score

/// Usage errors of every command through the binary: status 64, nothing on standard
/// output, the exact error (and help) lines, then the command's usage and the pointer to
/// its help.
@Suite struct UsageErrorBinaryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var command: String
        var arguments: [String]
        var lines: [String]
        var testDescription: String { "\(command) \(arguments.joined(separator: " "))" }
    }

    static let ale = Shipped.ale
    static let plan = Shipped.plan

    static let cases: [Case] = [
        Case(command: "score", arguments: [], lines: ["Error: missing argument '<evidence>'"]),
        Case(
            command: "score", arguments: [ale, "--formt", "json"],
            lines: ["Error: unknown option '--formt'", "help: did you mean '--format'?"]),
        Case(
            command: "score", arguments: [ale, "--format", "xml"],
            lines: [
                "Error: invalid value 'xml' for '--format <format>'",
                "help: the allowed values are 'text', 'json', 'csv', 'markdown', 'html', 'svg'",
            ]),
        Case(
            command: "score", arguments: [ale, "--format", "json", "--lang", "en"],
            lines: ["Error: '--lang' applies to '--format text', 'html', 'markdown' and 'svg' only, not 'json'"]),
        Case(
            command: "whatif", arguments: [ale, "--set", "kvalitet.goda_exempel=yes", "--format", "json", "--lang", "sv"],
            lines: ["Error: '--lang' applies to text output, not '--format json'"]),
        Case(
            command: "test", arguments: ["--lang", "de"],
            lines: ["Error: invalid value 'de' for '--lang <lang>'", "help: the allowed values are 'sv', 'en'"]),
        Case(
            command: "score", arguments: [ale, "--format", "markdown", "--reference", "Sverigesnit 2021"],
            lines: ["Error: unknown reference profile 'Sverigesnit 2021'", "help: did you mean 'Sverigesnitt 2021'?"]),
        Case(
            command: "explain", arguments: [ale],
            lines: ["Error: one of '--area', '--subarea' or '--rule' is required"]),
        Case(
            command: "explain", arguments: [ale, "--subarea", "1.1", "--area", "1"],
            lines: ["Error: '--subarea' cannot be used together with '--area'", "help: use only one of '--area', '--subarea', '--rule'"]),
        Case(
            command: "explain", arguments: [ale, "--subarea", "11.1"],
            lines: ["Error: unknown id '11.1' for '--subarea'", "help: did you mean '1.1'?"]),
        Case(
            command: "explain", arguments: [ale, "--subarea", "1.1", "--for", "manager"],
            lines: [
                "Error: invalid value 'manager' for '--for <audience>'",
                "help: the allowed values are 'auditor', 'evaluator', 'planner'",
            ]),
        Case(command: "whatif", arguments: [], lines: ["Error: missing argument '<evidence>'"]),
        Case(
            command: "whatif", arguments: [ale],
            lines: ["Error: nothing to compare", "help: give '--plan PLAN', '--set FACT=VALUE' or '--add FACT={…}'"]),
        Case(command: "whatif", arguments: [ale, "--action", "bolaget"], lines: ["Error: '--action' needs '--plan'"]),
        Case(
            command: "whatif", arguments: [ale, "--plan", plan, "--action", "bolagt"],
            lines: ["Error: unknown action 'bolagt' in plan 'Handlingsplan 2021'", "help: did you mean 'bolaget'?"]),
        Case(
            command: "suggest", arguments: [ale, "--top", "0"],
            lines: ["Error: '--top' takes a positive whole number, such as 10"]),
        Case(
            command: "suggest", arguments: [ale, "--budget", "500"],
            lines: ["Error: '--budget' and '--target' need '--plan'"]),
        Case(
            command: "suggest", arguments: [ale, "--plan", plan],
            lines: ["Error: '--plan' needs '--budget B' or '--target T'"]),
        Case(
            command: "suggest", arguments: [ale, "--plan", plan, "--budget", "10", "--target", "500"],
            lines: ["Error: '--budget' cannot be used together with '--target'", "help: use only one of '--budget', '--target'"]),
        Case(
            command: "suggest", arguments: [ale, "--plan", plan, "--budget", "abc"],
            lines: ["Error: '--budget' takes a non-negative number, such as 500 or 412.5, not 'abc'"]),
        Case(
            command: "suggest", arguments: [ale, "--plan", plan, "--budget", "100", "--top", "3"],
            lines: ["Error: '--top' lists suggestions; it does not apply with '--plan'"]),
        Case(
            command: "check", arguments: ["--rulez", "x"],
            lines: ["Error: unknown option '--rulez'", "help: did you mean '--rules'?"]),
        Case(command: "test", arguments: ["extra"], lines: ["Error: unexpected argument 'extra'"]),
        Case(command: "compare", arguments: [ale], lines: ["Error: missing option '--published <csv>'"]),
        Case(
            command: "compare", arguments: [ale, "--published", Shipped.published, "--tolerance", "-1"],
            lines: ["Error: '--tolerance' takes a number of points, 0 or more, not '-1'"]),
        Case(
            command: "compare", arguments: [ale, "--published", Shipped.published, "--source", "Nowhere"],
            lines: [
                "Error: no source 'Nowhere' in '\(Shipped.published)'",
                "help: pass '--source NAME'; the sources are: Ale, Vallentuna, Sverigesnitt (as published by Vallentuna, 2021), Höganäs, Tomelilla, Mark, Helsingborg, Grästorp, Örebro, Karlskoga, Nacka",
            ]),
        Case(
            command: "calibrate", arguments: ["--rules", Shipped.calibrationRules, Shipped.evaluation("norrby-E1")],
            lines: [
                "Error: calibrate needs two or more evidence files of one municipality, or '--round DIR'",
                "help: give each evaluator's evidence file, such as 'calibrate a-E1.kompass a-E2.kompass'",
            ]),
        Case(
            command: "calibrate",
            arguments: ["--rules", Shipped.calibrationRules, "--round", Shipped.round, Shipped.evaluation("norrby-E1")],
            lines: ["Error: '--round' reads every evidence file in its folder; give no EVIDENCE with it"]),
        Case(
            command: "calibrate",
            arguments: ["--rules", Shipped.calibrationRules, "--round", Shipped.round, "--consensus", "x.kompass"],
            lines: ["Error: '--consensus' drafts one municipality's evidence, not a round"]),
        Case(
            command: "fit", arguments: ["--rules", Shipped.calibrationRules, "--round", Shipped.round],
            lines: ["Error: missing option '--awarded <csv>'"]),
        Case(
            command: "fit", arguments: ["--rules", Shipped.calibrationRules, "--awarded", Shipped.awarded],
            lines: ["Error: missing option '--round <dir>'"]),
        Case(
            command: "fit",
            arguments: ["--rules", Shipped.calibrationRules, "--round", Shipped.round, "--awarded", Shipped.awarded, "--max-scale", "0"],
            lines: ["Error: '--max-scale' takes a positive number, such as 1.5"]),
        Case(
            command: "convert", arguments: [ale],
            lines: ["Error: 'convert' needs '--to json|kompass|csv'", "help: or an '--output' file ending in .json, .kompass or .csv"]),
        Case(
            command: "convert", arguments: [ale, "--to", "yaml"],
            lines: ["Error: invalid value 'yaml' for '--to <format>'", "help: the allowed values are 'json', 'kompass', 'csv'"]),
        Case(command: "convert", arguments: ["--to", "json"], lines: ["Error: missing argument '<file>'"]),
        Case(
            command: "corpus", arguments: ["Examples", "--formt", "json"],
            lines: ["Error: unknown option '--formt'", "help: did you mean '--format'?"]),
        Case(
            command: "diff", arguments: ["--rules", Shipped.instrument, "--against", Shipped.instrument],
            lines: ["Error: missing argument '<evidence>'"]),
        Case(command: "new", arguments: [], lines: ["Error: missing argument '<kind>'"]),
        Case(
            command: "facts", arguments: ["--subarea", "1.1", "--area", "1"],
            lines: ["Error: '--subarea' cannot be used together with '--area'", "help: use only one of '--area', '--subarea'"]),
        Case(
            command: "fmt", arguments: ["--chek"],
            lines: ["Error: unknown option '--chek'", "help: did you mean '--check'?"]),
    ]

    @Test(arguments: cases)
    func usageError(_ c: Case) throws {
        let outcome = try BinaryRun.run([c.command] + c.arguments)
        BinaryRun.expectUsageError(outcome, command: c.command, lines: c.lines)
    }

    /// Every command of the tool's spec has at least one usage error above, so a new
    /// command without one fails here (``EveryCommandBinaryTests`` names each command's
    /// success and failure runs).
    @Test func everyCommandIsCovered() {
        let commands = Set(KompassTool.tool.spec.subcommands.map(\.name))
        #expect(commands.count >= 16)
        // `lsp`'s usage has nothing after the command: lspTakesNoArguments checks it whole.
        let covered = Set(Self.cases.map(\.command) + ["lsp"])
        #expect(covered == commands, "without a usage error: \(commands.subtracting(covered).sorted())")
    }

    /// `lsp` takes no arguments; its usage line is the command alone.
    @Test func lspTakesNoArguments() throws {
        let outcome = try BinaryRun.run(["lsp", "extra"])
        #expect(outcome.status == 64)
        #expect(outcome.stdout == [])
        #expect(
            outcome.err == """
                Error: unexpected argument 'extra'
                Usage: kompass-score lsp
                  See 'kompass-score lsp --help' for more information.

                """)
    }

    /// Writing over an input is refused as a usage error, with no usage lines after it.
    @Test func convertRefusesToWriteOverItsInput() throws {
        let outcome = try BinaryRun.run(["convert", Shipped.ale, "--to", "kompass", "--output", Shipped.ale])
        #expect(outcome.status == 64)
        #expect(outcome.stdout == [])
        #expect(
            outcome.err == """
                Error: refusing to write '\(Shipped.ale)': it is an input
                help: inputs are never overwritten; choose another output file

                """)
    }

    /// The tool's own usage errors: an unknown subcommand, with a "did you mean".
    @Test func unknownSubcommand() throws {
        let outcome = try BinaryRun.run(["scor", Shipped.ale])
        #expect(outcome.status == 64)
        #expect(outcome.stdout == [])
        #expect(
            outcome.err == """
                Error: unknown subcommand 'scor'
                help: did you mean 'score'?
                Usage: kompass-score <subcommand>
                  See 'kompass-score --help' for more information.

                """)
    }
}

/// The exit status of each failure that is not a usage error, through the binary: 66 for
/// a missing input, 65 for invalid input (with a located first line), 1 for a result
/// that fails its check.
@Suite struct FailureStatusBinaryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var status: Int32
        var firstLine: String
        var testDescription: String { name }
    }

    static let missing = "Examples/ale-2020/no-such-file.kompass"

    static let cases: [Case] = [
        Case(
            name: "score: missing evidence", arguments: ["score", missing], status: 66,
            firstLine: "Error: no such file '\(missing)'"),
        Case(
            name: "explain: missing evidence", arguments: ["explain", missing, "--subarea", "1.1"], status: 66,
            firstLine: "Error: no such file '\(missing)'"),
        Case(
            name: "whatif: missing plan", arguments: ["whatif", Shipped.ale, "--plan", "Examples/ale-2020/no-plan.kompass"],
            status: 66, firstLine: "Error: no such file 'Examples/ale-2020/no-plan.kompass'"),
        Case(
            name: "suggest: missing plan",
            arguments: ["suggest", Shipped.ale, "--plan", "Examples/ale-2020/no-plan.kompass", "--budget", "3"], status: 66,
            firstLine: "Error: no such file 'Examples/ale-2020/no-plan.kompass'"),
        Case(
            name: "check: missing evidence", arguments: ["check", missing], status: 66,
            firstLine: "Error: no such file '\(missing)'"),
        Case(
            name: "compare: missing table",
            arguments: ["compare", Shipped.ale, "--published", "Examples/ale-2020/no-table.csv"], status: 66,
            firstLine: "Error: no such file 'Examples/ale-2020/no-table.csv'"),
        Case(
            name: "calibrate: missing round folder",
            arguments: ["calibrate", "--rules", Shipped.calibrationRules, "--round", "Examples/no-round"], status: 66,
            firstLine: "Error: no such file 'Examples/no-round'"),
        Case(
            name: "fit: missing awarded table",
            arguments: ["fit", "--rules", Shipped.calibrationRules, "--round", Shipped.round, "--awarded", "no-awarded.csv"],
            status: 66, firstLine: "Error: no such file 'no-awarded.csv'"),
        Case(
            name: "convert: missing file", arguments: ["convert", missing, "--to", "json"], status: 66,
            firstLine: "Error: no such file '\(missing)'"),
        Case(
            name: "calibrate: two municipalities",
            arguments: ["calibrate", "--rules", Shipped.calibrationRules, Shipped.evaluation("norrby-E1"), Shipped.evaluation("adala-E2")],
            status: 65,
            firstLine:
                "Error: '\(Shipped.evaluation("adala-E2"))' evaluates Ådala kommun 2020, '\(Shipped.evaluation("norrby-E1"))' Norrby kommun 2020"
        ),
    ]

    @Test(arguments: cases)
    func failure(_ c: Case) throws {
        let outcome = try BinaryRun.run(c.arguments)
        BinaryRun.expectFailure(outcome, status: c.status, firstLine: c.firstLine)
    }

    /// `--rules` naming no folder is 66 for every command that reads an instrument.
    @Test(arguments: [
        ["score", Shipped.ale], ["explain", Shipped.ale, "--subarea", "1.1"],
        ["whatif", Shipped.ale, "--set", "kvalitet.goda_exempel=yes"], ["suggest", Shipped.ale], ["check"], ["test"],
        ["compare", Shipped.ale, "--published", Shipped.published],
        ["calibrate", Shipped.evaluation("norrby-E1"), Shipped.evaluation("norrby-E2")],
        ["fit", "--round", Shipped.round, "--awarded", Shipped.awarded],
    ])
    func missingInstrumentFolder(_ arguments: [String]) throws {
        let outcome = try BinaryRun.run(arguments + ["--rules", "/nonexistent"])
        BinaryRun.expectFailure(outcome, status: 66, firstLine: "Error: no such file '/nonexistent'")
        #expect(outcome.errLines.count == 2, "one line and its break: \(outcome.err)")
    }

    /// Evidence with an unknown fact: 65, and the first line locates it, for every command
    /// that checks evidence against the instrument.
    @Test(arguments: [
        ["score"], ["explain", "--subarea", "1.1"], ["whatif", "--set", "kvalitet.goda_exempel=yes"], ["suggest"], ["check"],
        ["compare", "--published", PackageRoot.path(Shipped.published)],
    ])
    func invalidEvidence(_ command: [String]) throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "bad.kompass",
            """
            evidence "Testby" year 2020 instrument "Kommunkompassen" version "2019"
              evaluator "E1"
            finding dialog.formr = {ortsdialog} source web "x"

            """)
        let arguments = [command[0], "bad.kompass", "--rules", PackageRoot.path(Shipped.instrument)] + command.dropFirst()
        let outcome = try BinaryRun.run(arguments, in: scratch.path)
        BinaryRun.expectFailure(outcome, status: 65, firstLine: "bad.kompass:3:9: error: unknown fact 'dialog.formr' [sema.unknown-fact]")
        #expect(outcome.err.contains("help: did you mean 'dialog.former'?\n"))
        // The count of diagnostics ends the report, for every command alike.
        #expect(outcome.err.hasSuffix("\n1 error, 0 warnings\n"))
    }

    /// A syntax error is located too, also for `convert`, which reads without an instrument.
    @Test func convertOfInvalidSyntaxExits65() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("e.kompass", "evidence \"Testby\" year 2020\n")
        let outcome = try BinaryRun.run(["convert", "e.kompass", "--to", "json"], in: scratch.path)
        BinaryRun.expectFailure(outcome, status: 65, firstLine: "e.kompass:2:1: error: expected 'instrument', found end of file [parse.expected-token]")
    }

    /// A `--set` that names no fact is located on the command line.
    @Test func whatifSetOfAnUnknownFactExits65() throws {
        let outcome = try BinaryRun.run(["whatif", Shipped.ale, "--set", "nosuch.fact=yes"])
        BinaryRun.expectFailure(outcome, status: 65, firstLine: "--set:1:1: error: unknown fact 'nosuch.fact' [sema.unknown-fact]")
    }

    @Test func comparePublishedTableThatIsNotCSVExits65() throws {
        let scratch = try ScratchDirectory()
        let table = try scratch.file("bad.csv", "source,year,id\nAle,2020,\"1\n")
        let outcome = try BinaryRun.run(["compare", Shipped.ale, "--published", table])
        #expect(outcome.status == 65)
        #expect(outcome.stdout == [])
        #expect(
            outcome.err == """
                Error: \(table):2: a quoted field is not closed
                help: the published table is RFC 4180 CSV with a header naming its columns

                """)
    }

    @Test func fitAwardedScoresThatNameNoEvaluationExit65() throws {
        let scratch = try ScratchDirectory()
        let unknown = try scratch.file("unknown.csv", "municipality,year,evaluator,subarea,awarded\nNowhere kommun,2020,E1,1.1,10\n")
        let outcome = try BinaryRun.run(["fit", "--rules", Shipped.calibrationRules, "--round", Shipped.round, "--awarded", unknown])
        BinaryRun.expectFailure(outcome, status: 65, firstLine: "Error: \(unknown):2: no evaluation of Nowhere kommun 2020 in the round")
        let notANumber = try scratch.file("nan.csv", "municipality,year,evaluator,subarea,awarded\nNorrby kommun,2020,E1,1.1,ten\n")
        let second = try BinaryRun.run(["fit", "--rules", Shipped.calibrationRules, "--round", Shipped.round, "--awarded", notANumber])
        BinaryRun.expectFailure(second, status: 65, firstLine: "Error: \(notANumber):2: awarded 'ten' is not a number")
        let columns = try scratch.file("columns.csv", "a,b\n1,2\n")
        let third = try BinaryRun.run(["fit", "--rules", Shipped.calibrationRules, "--round", Shipped.round, "--awarded", columns])
        BinaryRun.expectFailure(third, status: 65, firstLine: "Error: '\(columns)' has no column 'municipality'")
    }

    /// One evaluator twice on a municipality of a round is invalid input.
    @Test func calibrateRoundWithAnEvaluatorTwiceExits65() throws {
        let scratch = try ScratchDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(Shipped.round)) {
            try scratch.write("round/" + name, Array(try Data(contentsOf: URL(fileURLWithPath: PackageRoot.path(Shipped.round + "/" + name)))))
        }
        try scratch.write("round/norrby-E1b.kompass", try scratch.bytes("round/norrby-E1.kompass"))
        let outcome = try BinaryRun.run(
            ["calibrate", "--rules", PackageRoot.path(Shipped.calibrationRules), "--round", "round"], in: scratch.path)
        BinaryRun.expectFailure(
            outcome, status: 65,
            firstLine: "Error: evaluator 'E1' evaluated Norrby kommun 2020 twice: 'round/norrby-E1.kompass' and 'round/norrby-E1b.kompass'")
    }
}
