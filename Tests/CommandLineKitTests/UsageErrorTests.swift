import CommandLineKit
import Testing

@Suite struct UsageErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: String
        var kind: UsageError.Kind
        var message: String
        var help: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown option with a suggestion", arguments: "score a --colour",
            kind: .unknownOption("--colour", suggestion: "--color"),
            message: "unknown option '--colour'", help: "did you mean '--color'?"),
        Case(
            name: "unknown option without a suggestion", arguments: "score a --zzzzzz",
            kind: .unknownOption("--zzzzzz", suggestion: nil), message: "unknown option '--zzzzzz'"),
        Case(
            name: "unknown option written with =", arguments: "score a --fromat=json",
            kind: .unknownOption("--fromat", suggestion: "--format"),
            message: "unknown option '--fromat'", help: "did you mean '--format'?"),
        Case(
            name: "single dash long option", arguments: "score a -strict",
            kind: .unknownOption("-strict", suggestion: "--strict"),
            message: "unknown option '-strict'", help: "did you mean '--strict'?"),
        Case(
            name: "short option", arguments: "score a -x",
            kind: .unknownOption("-x", suggestion: nil), message: "unknown option '-x'"),
        Case(
            name: "unknown subcommand with a suggestion", arguments: "scor a",
            kind: .unknownSubcommand("scor", suggestion: "score"),
            message: "unknown subcommand 'scor'", help: "did you mean 'score'?"),
        Case(
            name: "unknown subcommand without a suggestion", arguments: "bogus",
            kind: .unknownSubcommand("bogus", suggestion: nil), message: "unknown subcommand 'bogus'"),
        Case(
            name: "missing value at the end", arguments: "score a --output",
            kind: .missingValue(option: "--output"), message: "missing value for '--output <file>'"),
        Case(
            name: "missing value before another option", arguments: "score a --output --strict",
            kind: .missingValue(option: "--output"), message: "missing value for '--output <file>'"),
        Case(
            name: "missing value before --", arguments: "score a --output -- b",
            kind: .missingValue(option: "--output"), message: "missing value for '--output <file>'"),
        Case(
            name: "empty value after =", arguments: "score a --output=",
            kind: .missingValue(option: "--output"), message: "missing value for '--output <file>'"),
        Case(
            name: "missing value lists allowed values", arguments: "score a --format",
            kind: .missingValue(option: "--format"), message: "missing value for '--format <format>'",
            help: "the allowed values are 'text', 'json', 'csv', 'markdown'"),
        Case(
            name: "invalid value with a suggestion", arguments: "score a --format markdwn",
            kind: .invalidValue("markdwn", option: "--format", suggestion: "markdown"),
            message: "invalid value 'markdwn' for '--format <format>'", help: "did you mean 'markdown'?"),
        Case(
            name: "invalid value without a suggestion", arguments: "score a --format=pdf",
            kind: .invalidValue("pdf", option: "--format", suggestion: nil),
            message: "invalid value 'pdf' for '--format <format>'",
            help: "the allowed values are 'text', 'json', 'csv', 'markdown'"),
        Case(
            name: "flag with a value", arguments: "score a --strict=yes",
            kind: .unexpectedValue("yes", flag: "--strict"),
            message: "the flag '--strict' takes no value, but 'yes' was given"),
        Case(
            name: "option given twice", arguments: "score a --format json --format csv",
            kind: .repeatedOption("--format"), message: "the option '--format' may be given only once"),
        Case(
            name: "flag given twice", arguments: "score a --strict --strict",
            kind: .repeatedOption("--strict"), message: "the option '--strict' may be given only once"),
        Case(
            name: "mutually exclusive options", arguments: "explain e --area 1 --rule 1.3.c",
            kind: .mutuallyExclusive("--area", "--rule"),
            message: "'--area' cannot be used together with '--rule'",
            help: "use only one of '--area', '--subarea', '--rule'"),
        Case(
            name: "missing required option", arguments: "fit --awarded a.csv",
            kind: .missingOption("--round"), message: "missing option '--round <dir>'"),
        Case(
            name: "missing positional", arguments: "score --strict",
            kind: .missingArgument("EVIDENCE"), message: "missing argument '<evidence>'"),
        Case(
            name: "one extra positional", arguments: "explain a b",
            kind: .unexpectedArguments(["b"]), message: "unexpected argument 'b'"),
        Case(
            name: "several extra positionals", arguments: "convert a b c -- d",
            kind: .unexpectedArguments(["c", "d"]), message: "unexpected arguments 'c', 'd'"),
        Case(
            name: "tool option misspelled", arguments: "--verison",
            kind: .unknownOption("--verison", suggestion: "--version"),
            message: "unknown option '--verison'", help: "did you mean '--version'?"),
        Case(
            name: "tool flag with a value", arguments: "--version=2",
            kind: .unexpectedValue("2", flag: "--version"),
            message: "the flag '--version' takes no value, but '2' was given"),
        Case(
            name: "help for an unknown subcommand", arguments: "help explian",
            kind: .unknownSubcommand("explian", suggestion: "explain"),
            message: "unknown subcommand 'explian'", help: "did you mean 'explain'?"),
        Case(
            name: "help with extra arguments", arguments: "help score fit",
            kind: .unexpectedArguments(["fit"]), message: "unexpected argument 'fit'"),
    ]

    @Test(arguments: cases)
    func kindMessageAndHelp(_ testCase: Case) throws {
        guard case .usageError(let error) = CommandLineFixtures.parse(testCase.arguments) else {
            Issue.record("'\(testCase.arguments)' is not a usage error")
            return
        }
        #expect(error.kind == testCase.kind)
        #expect(error.message == testCase.message)
        #expect(error.help == testCase.help)
    }

    @Test func unknownOptionReportIsPinned() {
        let expected = """
            Error: unknown option '--colour'
            help: did you mean '--color'?
            Usage: kompass-score score <evidence> ... [--rules <dir>] [--format <format>]
                                       [--output <file>] [--strict] [--color]
              See 'kompass-score score --help' for more information.

            """
        #expect(CommandLineFixtures.usageErrorText("score a.kompass --colour") == expected)
    }

    @Test func reportWithoutHelpLineIsPinned() {
        let expected = """
            Error: missing option '--round <dir>'
            Usage: kompass-score fit --round <dir> --awarded <csv>
              See 'kompass-score fit --help' for more information.

            """
        #expect(CommandLineFixtures.usageErrorText("fit") == expected)
    }

    @Test func toolLevelReportPointsToToolHelp() {
        let expected = """
            Error: unknown subcommand 'scor'
            help: did you mean 'score'?
            Usage: kompass-score <subcommand>
              See 'kompass-score --help' for more information.

            """
        #expect(CommandLineFixtures.usageErrorText("scor a.kompass") == expected)
    }

    @Test func exclusiveGroupReportIsPinned() {
        let expected = """
            Error: '--subarea' cannot be used together with '--area'
            help: use only one of '--area', '--subarea', '--rule'
            Usage: kompass-score explain <evidence>
                                         [--area <id> | --subarea <id> | --rule <id>]
                                         [--for <audience>]
              See 'kompass-score explain --help' for more information.

            """
        #expect(CommandLineFixtures.usageErrorText("explain e --subarea 1.3 --area 1") == expected)
    }

    @Test func subcommandCheckBecomesAUsageErrorWithTheUsageLine() {
        let context = CommandContext(
            tool: CommandLineFixtures.tool, command: CommandLineFixtures.whatif,
            io: CommandIO(writeOutput: { _ in }, writeError: { _ in }))
        let error = context.usageError("'--action' needs '--plan'", help: "add '--plan PLAN'")
        let report = ErrorReport(error, tool: CommandLineFixtures.tool, table: CommandLineFixtures.errors)
        #expect(report.exitStatus == .usage)
        #expect(
            report.text == """
                Error: '--action' needs '--plan'
                help: add '--plan PLAN'
                Usage: kompass-score whatif <evidence> [--plan <plan>] [--action <id> ...]
                                            [--set <fact=value> ...]
                  See 'kompass-score whatif --help' for more information.

                """)
    }
}
