/// The one place that turns any error into the text on standard error and an exit status.
///
/// - ``UsageError``: `Error: …`, an optional `help: …`, the usage line and a pointer to
///   `--help`; status 64.
/// - Any other ``ReportableError`` (``InputFileError``, ``OutputFileError``, a
///   subcommand's own): `Error: …` and an optional `help: …`; its own status.
/// - Anything else is a bug: `Error: internal error: …`; status 70.
public struct ErrorReport: Sendable, Equatable {
    /// The text for standard error, ending in a newline.
    public var text: String
    /// The status the tool exits with.
    public var exitStatus: ExitStatus

    /// The report of `error` from `tool`, coloured by `style`.
    public init(_ error: any Error, tool: ToolSpec, style: TerminalStyle = .plain) {
        func lines(_ message: String, _ help: String?) -> String {
            var text = style.paint("Error:", as: .error) + " " + message + "\n"
            if let help { text += style.paint("help:", as: .help) + " " + help + "\n" }
            return text
        }
        switch error {
        case let usageError as UsageError:
            let path = ([tool.name] + (usageError.command.map { [$0.name] } ?? [])).joined(separator: " ")
            text =
                lines(usageError.message, usageError.help)
                + HelpFormatter.usage(for: usageError.command, tool: tool, prefix: "Usage: ") + "\n"
                + "  See '\(path) --help' for more information.\n"
            exitStatus = usageError.exitStatus
        case let reportable as any ReportableError:
            text = lines(reportable.message, reportable.help)
            exitStatus = reportable.exitStatus
        default:
            text = lines(
                "internal error: \(String(describing: error))", "this is a bug in \(tool.name); please report it")
            exitStatus = .internalError
        }
    }
}
