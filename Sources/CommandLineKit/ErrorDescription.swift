/// What the tool says about an error and the status it exits with: one row of the
/// executable's error table.
public struct ErrorDescription: Sendable, Equatable {
    /// What is wrong, lowercase, code in single quotes, no trailing period; empty when
    /// everything is said already (diagnostics printed before), so nothing more is written.
    public var message: String
    /// How to fix it, shown on a `help:` line; nil when there is nothing useful to say.
    public var help: String?
    /// The status the tool exits with.
    public var exitStatus: ExitStatus

    /// A description of an error.
    public init(_ message: String, help: String? = nil, exitStatus: ExitStatus) {
        self.message = message
        self.help = help
        self.exitStatus = exitStatus
    }
}

/// The executable's one mapping from every error it knows to its text and exit status;
/// nil for an error it does not know, which is reported as an internal error (70).
public typealias ErrorTable = @Sendable (any Error) -> ErrorDescription?
