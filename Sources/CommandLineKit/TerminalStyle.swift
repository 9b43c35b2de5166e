import Foundation
import Support

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
    /// What a piece of text is, which decides its colour (one scheme, in ``TextRole``).
    public typealias Role = TextRole

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
        guard !text.isEmpty else { return text }
        return role.paint(text, enabled: isColorEnabled)
    }
}
