/// How serious a diagnostic is.
public enum Severity: String, Sendable, Comparable {
    /// A warning: the input is usable, but probably not what the author meant.
    case warning
    /// An error: the input cannot be used.
    case error

    /// Warnings sort before errors.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
