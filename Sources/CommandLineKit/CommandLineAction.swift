/// What the tool should do with its command line, as decided by ``CommandLineParser``.
public enum CommandLineAction: Sendable, Equatable {
    /// Run a subcommand with its parsed arguments.
    case run(command: CommandSpec, arguments: ParsedArguments)
    /// Print this help text to standard output and exit with status 0.
    case printHelp(String)
    /// Print this version line to standard output and exit with status 0.
    case printVersion(String)
    /// Print the error to standard error and exit with status 64.
    case usageError(UsageError)
}
