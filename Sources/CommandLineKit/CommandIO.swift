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
    /// Reads standard input to its end: its bytes, or the system's message when reading
    /// fails. Tests give their own; the default is an empty input.
    public var readInput: () -> (bytes: [UInt8], failure: String?) = { ([], nil) }
    /// The first failure to write standard output (a full disk, a closed pipe), if any;
    /// the tool then exits with 74 whatever the command returned.
    public var outputFailure: () -> String? = { nil }

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
        // A stream closed by the caller (`>&-`) stays closed to the tool, and its number
        // cannot be taken by a descriptor opened later (see POSIXCalls.reserveIfClosed).
        let closedInput = POSIXCalls.reserveIfClosed(STDIN_FILENO)
        let closedOutput = POSIXCalls.reserveIfClosed(STDOUT_FILENO)
        let closedError = POSIXCalls.reserveIfClosed(STDERR_FILENO)
        let environment = ProcessInfo.processInfo.environment
        // A closed pipe is a write error to report (74), not a signal that kills the tool.
        signal(SIGPIPE, SIG_IGN)
        let failure = WriteFailure()
        var io = CommandIO(
            writeOutput: { bytes in
                let code = closedOutput ? (bytes.isEmpty ? nil : EBADF) : POSIXCalls.writeAll(bytes, to: STDOUT_FILENO)
                if let code, failure.message == nil {
                    failure.message = POSIXCalls.message(for: code)
                }
            },
            writeError: { bytes in if !closedError { _ = POSIXCalls.writeAll(bytes, to: STDERR_FILENO) } },
            outputStyle: .forStandardOutput(environment: environment),
            errorStyle: .forStandardError(environment: environment),
            environment: environment)
        io.outputFailure = { failure.message }
        io.readInput = {
            if closedInput { return ([], POSIXCalls.message(for: EBADF)) }
            let (bytes, code) = POSIXCalls.readAll(from: STDIN_FILENO)
            return (bytes, code.map(POSIXCalls.message(for:)))
        }
        return io
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

/// The first error writing standard output met; the process writes from one thread.
private final class WriteFailure: @unchecked Sendable {
    var message: String?
}

/// Standard output could not be written completely (the tool exits with 74).
public struct StandardOutputError: Error, Sendable, Equatable {
    /// The system's message, such as "no space left on device" or "broken pipe".
    public var reason: String

    /// The error for a failed write.
    public init(reason: String) {
        self.reason = reason
    }

    /// What went wrong.
    public var message: String { "cannot write standard output: \(reason)" }
}
