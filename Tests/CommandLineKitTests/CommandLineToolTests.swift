import CommandLineKit
import Testing

/// A command that echoes its arguments, for dispatch tests.
private enum EchoCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "echo",
        abstract: "Print the words.",
        arguments: [ArgumentSpec("WORD", help: "Words to print.", repeating: true, optional: true)],
        options: [
            .flag("--fail", help: "Exit with status 1."),
            OptionSpec("--read", value: "FILE", help: "Read a file."),
            .flag("--crash", help: "Throw an error the error table does not know."),
            .flag("--check", help: "Fail the command's own check."),
        ])

    struct Crash: Error {}

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> CommandLineKit.ExitStatus {
        if arguments.flag("--crash") { throw Crash() }
        if arguments.flag("--check") { throw context.usageError("'--check' needs a word", help: nil) }
        if let path = arguments.value("--read") { throw CommandLineFixtures.MissingFile(path: path) }
        context.io.print(arguments.arguments("WORD").joined(separator: " ") + "\n")
        return arguments.flag("--fail") ? .failure : .success
    }
}

@Suite struct CommandLineToolTests {
    final class Captured {
        var output = ""
        var error = ""
    }

    static let tool = CommandLineTool(
        name: "kompass-score", version: "0.1.0", abstract: "Test tool.", commands: [EchoCommand.self],
        errors: CommandLineFixtures.errors)

    private func run(_ arguments: [String]) -> (status: CommandLineKit.ExitStatus, output: String, error: String) {
        let captured = Captured()
        let io = CommandIO(
            writeOutput: { captured.output += String(decoding: $0, as: UTF8.self) },
            writeError: { captured.error += String(decoding: $0, as: UTF8.self) })
        let status = Self.tool.run(arguments: arguments, io: io)
        return (status, captured.output, captured.error)
    }

    @Test func runsTheSubcommand() {
        let result = run(["echo", "hej", "då"])
        #expect(result.status == .success)
        #expect(result.output == "hej då\n")
        #expect(result.error == "")
    }

    @Test func subcommandStatusIsTheToolStatus() {
        #expect(run(["echo", "--fail"]).status == .failure)
    }

    @Test func helpAndVersionGoToStandardOutput() {
        let help = run(["echo", "--help"])
        #expect(help.status == .success)
        #expect(help.output == HelpFormatter.help(for: EchoCommand.spec, tool: Self.tool.spec))
        #expect(help.error == "")
        #expect(run(["--version"]).output == "kompass-score 0.1.0\n")
    }

    @Test func usageErrorsGoToStandardErrorWithStatus64() {
        let result = run(["echo", "--fial"])
        #expect(result.status == .usage)
        #expect(result.output == "")
        #expect(
            result.error == """
                Error: unknown option '--fial'
                help: did you mean '--fail'?
                Usage: kompass-score echo [<word> ...] [--fail] [--read <file>] [--crash]
                                          [--check]
                  See 'kompass-score echo --help' for more information.

                """)
    }

    @Test func errorsThrownByTheSubcommandAreReported() {
        let missing = run(["echo", "--read", "/nonexistent/kompass-score/file"])
        #expect(missing.status == .inputNotFound)
        #expect(missing.error == "Error: no such file '/nonexistent/kompass-score/file'\n")
        let check = run(["echo", "--check"])
        #expect(check.status == .usage)
        #expect(check.error.hasPrefix("Error: '--check' needs a word\nUsage: kompass-score echo "))
        let crash = run(["echo", "--crash"])
        #expect(crash.status == .internalError)
        #expect(crash.error.hasPrefix("Error: internal error: Crash()\n"))
    }

    @Test func registeredSpecsAreSound() {
        #expect(Self.tool.spec.specProblems == [])
        #expect(CommandLineFixtures.tool.specProblems == [])
    }

    @Test func specMistakesAreFound() {
        let bad = CommandSpec(
            name: "bad", abstract: "",
            arguments: [ArgumentSpec("X", help: ""), ArgumentSpec("X", help: "")],
            options: [
                OptionSpec("-f", value: "F", help: ""),
                OptionSpec("--format", value: "F", allowedValues: ["a"], defaultValue: "b", help: ""),
                OptionSpec("--format", help: ""),
                OptionSpec("--strict", defaultValue: "yes", help: ""),
                OptionSpec("--area", value: "ID", help: "", group: "target", required: true),
            ])
        let tool = ToolSpec(
            name: "t", version: "1", abstract: "", subcommands: [bad, bad, CommandSpec(name: "help", abstract: "")])
        #expect(
            tool.specProblems == [
                "bad: option '-f' must be '--' followed by a name without '=' or spaces",
                "bad: option '--format' has default 'b' outside its allowed values",
                "bad: option '--format' is declared twice or shadows '--help'",
                "bad: flag '--strict' cannot have allowed values, a default or take several values",
                "bad: option '--area' is required, so it cannot be in a mutually exclusive group",
                "bad: group 'target' of '--area' has no other member",
                "bad: argument 'X' is empty or declared twice",
                "subcommand 'bad' is declared twice or shadows 'help'",
                "bad: option '-f' must be '--' followed by a name without '=' or spaces",
                "bad: option '--format' has default 'b' outside its allowed values",
                "bad: option '--format' is declared twice or shadows '--help'",
                "bad: flag '--strict' cannot have allowed values, a default or take several values",
                "bad: option '--area' is required, so it cannot be in a mutually exclusive group",
                "bad: group 'target' of '--area' has no other member",
                "bad: argument 'X' is empty or declared twice",
                "subcommand 'help' is declared twice or shadows 'help'",
            ])
    }
}
