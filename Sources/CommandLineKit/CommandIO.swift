import Foundation
import Support

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command's output and errors go, whether each gets colour, and the environment.
///
/// ``standard()`` is the process's own; tests build one that collects the text.
public struct CommandIO {
    /// Writes bytes to standard output.
    public var writeOutput: ([UInt8]) -> Void
    /// Writes bytes to standard error.
    public var writeError: ([UInt8]) -> Void
    /// Colour for standard output.
    public var outputStyle: TerminalStyle
    /// Colour for standard error.
    public var errorStyle: TerminalStyle
    /// The environment variables.
    public var environment: [String: String]

    /// Streams and settings as given.
    public init(
        writeOutput: @escaping ([UInt8]) -> Void,
        writeError: @escaping ([UInt8]) -> Void,
        outputStyle: TerminalStyle = .plain,
        errorStyle: TerminalStyle = .plain,
        environment: [String: String] = [:]
    ) {
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.outputStyle = outputStyle
        self.errorStyle = errorStyle
        self.environment = environment
    }

    /// The process's standard output and error, unbuffered, with colour decided by
    /// ``TerminalStyle/decide(isTerminal:environment:)``.
    public static func standard() -> CommandIO {
        let environment = ProcessInfo.processInfo.environment
        return CommandIO(
            writeOutput: { _ = POSIXCalls.writeAll($0, to: STDOUT_FILENO) },
            writeError: { _ = POSIXCalls.writeAll($0, to: STDERR_FILENO) },
            outputStyle: .forStandardOutput(environment: environment),
            errorStyle: .forStandardError(environment: environment),
            environment: environment)
    }

    /// Writes text, UTF-8 encoded, to standard output.
    public func print(_ text: String) {
        writeOutput(Array(text.utf8))
    }

    /// Writes text, UTF-8 encoded, to standard error.
    public func printError(_ text: String) {
        writeError(Array(text.utf8))
    }
}
