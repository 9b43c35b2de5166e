import CommandLineKit
import Testing

@Suite struct CommandLineParserTests {
    private static let toolHelp = HelpFormatter.help(for: CommandLineFixtures.tool)
    private static let scoreHelp = HelpFormatter.help(for: CommandLineFixtures.score, tool: CommandLineFixtures.tool)

    @Test(arguments: ["", "--help", "-h", "help", "help --help", "help -h"])
    func toolHelp(_ arguments: String) {
        #expect(CommandLineFixtures.parse(arguments) == .printHelp(Self.toolHelp))
    }

    @Test(arguments: [
        "score --help", "score -h", "help score", "score a.kompass --format jsno -h",
        "score --colour --help", "score --format --help",
    ])
    func commandHelpWinsOverEveryOtherMistake(_ arguments: String) {
        #expect(CommandLineFixtures.parse(arguments) == .printHelp(Self.scoreHelp))
    }

    @Test func helpAfterDoubleDashIsAPositional() throws {
        guard case .run(let command, let parsed) = CommandLineFixtures.parse("score -- --help") else {
            Issue.record("expected a run")
            return
        }
        #expect(command == CommandLineFixtures.score)
        #expect(parsed.positionals == ["--help"])
    }

    @Test func versionPrintsNameAndVersion() {
        #expect(CommandLineFixtures.parse("--version") == .printVersion("kompass-score 0.1.0\n"))
    }

    @Test func versionIsAToolOptionOnly() {
        #expect(
            CommandLineFixtures.parse("score a --version")
                == .usageError(
                    UsageError(.unknownOption("--version", suggestion: nil), command: CommandLineFixtures.score)))
    }

    @Test func subcommandRunsWithItsArguments() throws {
        let action = CommandLineFixtures.parse("score a.kompass b.kompass --format=csv")
        let expected = try CommandLineFixtures.score.parse(["a.kompass", "b.kompass", "--format=csv"])
        #expect(action == .run(command: CommandLineFixtures.score, arguments: expected))
        #expect(expected.value("--format") == "csv")
    }

    @Test func subcommandMustComeFirst() {
        #expect(
            CommandLineFixtures.parse("a.kompass score")
                == .usageError(UsageError(.unknownSubcommand("a.kompass", suggestion: nil), command: nil)))
    }

    @Test func helpIsSuggestedForAMisspelledHelp() {
        #expect(
            CommandLineFixtures.parse("helpp")
                == .usageError(UsageError(.unknownSubcommand("helpp", suggestion: "help"), command: nil)))
    }
}
