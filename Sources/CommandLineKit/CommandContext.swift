/// What a running subcommand gets besides its arguments: the tool, its own spec and I/O.
public struct CommandContext {
    /// The tool the command belongs to.
    public var tool: ToolSpec
    /// The command being run.
    public var command: CommandSpec
    /// Standard output and error, colour and environment.
    public var io: CommandIO

    /// A context for running `command`.
    public init(tool: ToolSpec, command: CommandSpec, io: CommandIO) {
        self.tool = tool
        self.command = command
        self.io = io
    }

    /// A usage error (exit status 64, shown with the command's usage line) for a check
    /// the specs cannot express, such as `--action` without `--plan`.
    public func usageError(_ message: String, help: String? = nil) -> UsageError {
        UsageError(.invalidArguments(message: message, help: help), command: command)
    }
}
