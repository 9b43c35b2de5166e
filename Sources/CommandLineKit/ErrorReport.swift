/// Turns any error into the text on standard error and an exit status, through the
/// tool's ``ErrorTable``.
///
/// - A ``UsageError``: `Error: …`, an optional `help: …`, the usage line and a pointer
///   to `--help`.
/// - Any other error the table describes: `Error: …` and an optional `help: …`.
/// - Anything else is a bug: `Error: internal error: …`; status 70.
public struct ErrorReport: Sendable, Equatable {
    /// The text for standard error, ending in a newline.
    public var text: String
    /// The status the tool exits with.
    public var exitStatus: ExitStatus

    /// The report of `error` from `tool`, described by `table`, coloured by `style`.
    public init(_ error: any Error, tool: ToolSpec, table: ErrorTable, style: TerminalStyle = .plain) {
        func lines(_ message: String, _ help: String?) -> String {
            var text = style.paint("Error:", as: .error) + " " + message + "\n"
            if let help { text += style.paint("help:", as: .help) + " " + help + "\n" }
            return text
        }
        guard let description = table(error) else {
            text = lines(
                "internal error: \(String(describing: error))", "this is a bug in \(tool.name); please report it")
            exitStatus = .internalError
            return
        }
        // An empty message: everything is said already (diagnostics were printed).
        text = description.message.isEmpty ? "" : lines(description.message, description.help)
        exitStatus = description.exitStatus
        if let usageError = error as? UsageError {
            let path = ([tool.name] + (usageError.command.map { [$0.name] } ?? [])).joined(separator: " ")
            text += HelpFormatter.usage(for: usageError.command, tool: tool, prefix: "Usage: ") + "\n"
            text += "  See '\(path) --help' for more information.\n"
        }
    }
}
