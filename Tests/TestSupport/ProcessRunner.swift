import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How one run of a program ended, and what it wrote.
public struct ProcessOutcome {
    /// The exit status, or the signal's number when `reason` is `.uncaughtSignal`.
    public var status: Int32
    /// Whether the program exited or was ended by a signal.
    public var reason: Process.TerminationReason
    /// Everything written to standard output.
    public var stdout: [UInt8]
    /// Everything written to standard error.
    public var stderr: [UInt8]
    /// Whether the run outlasted its time limit and was killed.
    public var timedOut: Bool

    /// Creates an outcome from its parts.
    public init(
        status: Int32, reason: Process.TerminationReason, stdout: [UInt8], stderr: [UInt8], timedOut: Bool
    ) {
        self.status = status
        self.reason = reason
        self.stdout = stdout
        self.stderr = stderr
        self.timedOut = timedOut
    }

    /// Standard output decoded as UTF-8.
    public var out: String { String(decoding: stdout, as: UTF8.self) }
    /// Standard error decoded as UTF-8.
    public var err: String { String(decoding: stderr, as: UTF8.self) }
    /// The lines of standard error, without their line breaks.
    public var errLines: [Substring] { err.split(separator: "\n", omittingEmptySubsequences: false) }
}

/// Runs a program in a separate process and collects what it wrote: the one way the
/// tests start processes.
public enum ProcessRunner {
    /// Runs `executable` with `arguments` in `directory` (the current one when nil), with
    /// `environment` laid over this process's environment and standard input from the file
    /// `standardInput` (`/dev/null` when nil). Output goes to temporary files, not pipes, so output larger than a
    /// pipe's buffer cannot block the child. A run longer than `timeout` seconds is
    /// terminated (then killed if it lingers) and reported as `timedOut`.
    public static func run(
        _ executable: String, _ arguments: [String], in directory: String? = nil,
        environment: [String: String] = [:], timeout: TimeInterval = 120, standardInput: String? = nil
    ) throws -> ProcessOutcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kompass-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
            FileManager.default.createFile(atPath: errURL.path, contents: nil)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: scratch.path]) }
        let outHandle = try FileHandle(forWritingTo: outURL)
        defer { try? outHandle.close() }
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer { try? errHandle.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, given in given }
        if let standardInput {
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: standardInput))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()

        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                // A child that ignores SIGTERM is killed after a grace period.
                let grace = Date().addingTimeInterval(5)
                while process.isRunning && Date() < grace { Thread.sleep(forTimeInterval: 0.01) }
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        return ProcessOutcome(
            status: process.terminationStatus, reason: process.terminationReason,
            stdout: Array(try Data(contentsOf: outURL)), stderr: Array(try Data(contentsOf: errURL)), timedOut: timedOut)
    }
}
