/// An error the tool reports to the user with a message, an optional help line and an exit status.
///
/// Subcommands throw such errors; ``ErrorReport`` turns any of them into the text on
/// standard error and the exit status. Errors that do not conform are internal errors
/// (exit status 70).
public protocol ReportableError: Error {
    /// What is wrong, lowercase, code in single quotes, no trailing period.
    var message: String { get }
    /// How to fix it, shown on a `help:` line; nil when there is nothing useful to say.
    var help: String? { get }
    /// The status the tool exits with.
    var exitStatus: ExitStatus { get }
}
