#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The tool: its registered subcommands and the dispatch from command line to exit status.
///
/// The executable's `main.swift` is one statement:
///
/// ```swift
/// CommandLineTool(name: "kompass-score", version: "0.1.0", abstract: "…",
///                 commands: [CheckCommand.self, ScoreCommand.self], errors: Errors.describe).main()
/// ```
public struct CommandLineTool: Sendable {
    /// The tool's spec, built from the registered commands' specs.
    public let spec: ToolSpec
    private let commands: [any RunnableCommand.Type]
    private let errors: ErrorTable

    /// A tool with these subcommands, listed in help in this order, whose errors
    /// `errors` describes.
    public init(
        name: String, version: String, abstract: String, commands: [any RunnableCommand.Type], errors: @escaping ErrorTable
    ) {
        self.spec = ToolSpec(name: name, version: version, abstract: abstract, subcommands: commands.map { $0.spec })
        self.commands = commands
        self.errors = errors
    }

    /// Parses `arguments` (without the executable's path), prints help, the version or an
    /// error, or runs the subcommand; returns the status to exit with.
    public func run(arguments: [String], io: CommandIO) -> ExitStatus {
        let status = dispatch(arguments: arguments, io: io)
        if let failure = io.outputFailure() {
            return report(StandardOutputError(reason: failure), io: io)
        }
        return status
    }

    private func dispatch(arguments: [String], io: CommandIO) -> ExitStatus {
        switch CommandLineParser.parse(arguments: arguments, tool: spec) {
        case .printHelp(let text), .printVersion(let text):
            io.print(text)
            return .success
        case .usageError(let error):
            return report(error, io: io)
        case .run(let command, let arguments):
            guard let runnable = commands.first(where: { $0.spec.name == command.name }) else {
                return report(UnregisteredCommand(name: command.name), io: io)
            }
            do {
                return try runnable.run(arguments, context: CommandContext(tool: spec, command: command, io: io))
            } catch {
                return report(error, io: io)
            }
        }
    }

    /// Runs with the process's arguments and streams, then exits with the status.
    public func main() -> Never {
        exit(run(arguments: Array(CommandLine.arguments.dropFirst()), io: .standard()).rawValue)
    }

    private func report(_ error: any Error, io: CommandIO) -> ExitStatus {
        let report = ErrorReport(error, tool: spec, table: errors, style: io.errorStyle)
        io.printError(report.text)
        return report.exitStatus
    }
}

/// A spec without a registered command: cannot happen when the spec is built from the commands.
private struct UnregisteredCommand: Error, CustomStringConvertible {
    var name: String
    var description: String { "no command is registered for '\(name)'" }
}
