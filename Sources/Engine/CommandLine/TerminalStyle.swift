import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether a stream gets colour, and the escape codes when it does.
///
/// Colour only when the stream is a terminal, never with a non-empty `NO_COLOR`
/// (https://no-color.org) or with `TERM=dumb`.
public struct TerminalStyle: Sendable, Equatable {
    /// What a piece of text is, which decides its colour.
    public enum Role: Sendable, CaseIterable {
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

        var code: String {
            switch self {
            case .error: "1;31"
            case .warning: "1;33"
            case .note: "1"
            case .help: "1;36"
            case .success: "32"
            case .emphasis: "1;32"
            }
        }
    }

    /// Whether ``paint(_:as:)`` adds escape codes.
    public var isColorEnabled: Bool

    /// A style that colours or not, as told.
    public init(colorEnabled: Bool) {
        self.isColorEnabled = colorEnabled
    }

    /// Never colours: for files, pipes and tests.
    public static let plain = TerminalStyle(colorEnabled: false)

    /// Whether a stream gets colour: only a terminal, with `NO_COLOR` unset or empty and
    /// `TERM` other than `dumb`.
    public static func decide(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// The style for standard output in this process.
    public static func forStandardOutput(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TerminalStyle {
        TerminalStyle(colorEnabled: decide(isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment))
    }

    /// The style for standard error in this process.
    public static func forStandardError(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TerminalStyle {
        TerminalStyle(colorEnabled: decide(isTerminal: isatty(STDERR_FILENO) == 1, environment: environment))
    }

    /// `text` in the colour of `role` when colour is enabled, else `text` unchanged.
    public func paint(_ text: String, as role: Role) -> String {
        guard isColorEnabled, !text.isEmpty else { return text }
        return "\u{1B}[\(role.code)m\(text)\u{1B}[0m"
    }
}
