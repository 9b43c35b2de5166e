/// A subcommand of the tool: its spec and what it does.
///
/// ```swift
/// enum CheckCommand: RunnableCommand {
///     static let spec = CommandSpec(
///         name: "check",
///         abstract: "Check rules and evidence for errors.",
///         arguments: [ArgumentSpec("FILE", help: "Evidence or plan files.", repeating: true, optional: true)],
///         options: [OptionSpec("--rules", value: "DIR", help: "The instrument's folder.")])
///
///     static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
///         let files = arguments.arguments("FILE")
///         context.io.print("\(files.count) files\n")
///         return .success
///     }
/// }
/// ```
public protocol RunnableCommand: Sendable {
    /// The command's name, arguments, options and help.
    static var spec: CommandSpec { get }

    /// Runs the command. Thrown errors are reported by ``ErrorReport`` through the
    /// tool's ``ErrorTable``; one the table does not know is an internal error (70).
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus
}
