/// What a piece of terminal text is, which decides its colour: the one colour scheme of
/// diagnostics, errors and test results.
public enum TextRole: Sendable, CaseIterable {
    /// `Error:` and `error:` labels: bold red.
    case error
    /// `warning:` labels: bold yellow.
    case warning
    /// `note:` labels: bold.
    case note
    /// `help:` labels: bold cyan.
    case help
    /// Good news, such as a passing test: green.
    case success
    /// Carets under a source span and other emphasis: bold green.
    case emphasis

    /// The SGR parameters of the role's colour.
    public var code: String {
        switch self {
        case .error: "1;31"
        case .warning: "1;33"
        case .note: "1"
        case .help: "1;36"
        case .success: "32"
        case .emphasis: "1;32"
        }
    }

    /// `text` in the role's colour when `enabled`, unchanged otherwise.
    public func paint(_ text: String, enabled: Bool) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
