import Engine
import Foundation
import TestSupport

/// A client of `kompass-score lsp` for the tests: starts the built tool with pipes, writes
/// framed messages, and reads framed answers with a time limit so no test can hang.
final class LanguageServerClient: @unchecked Sendable {
    struct TimedOut: Error, CustomStringConvertible {
        var waitingFor: String
        var description: String { "no answer from 'kompass-score lsp' while waiting for \(waitingFor)" }
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "kompass-score is not built; run 'swift build' first" }
    }

    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let lock = NSLock()
    private var received: [UInt8] = []
    private var errorBytes: [UInt8] = []
    /// Notifications read while waiting for responses, in order.
    private(set) var notifications: [JSONValue] = []
    private var nextID = 1

    init(in directory: String = PackageRoot.path) throws {
        guard let path = KompassExecutable.path else { throw NotBuilt() }
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["lsp"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { _, given in given }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.received += data }
        }
        errors.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.errorBytes += data }
        }
        try process.run()
    }

    deinit {
        output.fileHandleForReading.readabilityHandler = nil
        errors.fileHandleForReading.readabilityHandler = nil
        if process.isRunning { process.terminate() }
    }

    /// What the server wrote to standard error so far.
    var standardError: String {
        lock.withLock { String(decoding: errorBytes, as: UTF8.self) }
    }

    /// Writes bytes as they are (for malformed input).
    func sendRaw(_ bytes: [UInt8]) {
        input.fileHandleForWriting.write(Data(bytes))
    }

    /// Writes one framed message.
    func send(_ message: JSONValue) {
        let body = Array(JSONWriter.write(message, pretty: false).utf8)
        sendRaw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    /// Sends a notification.
    func notify(_ method: String, _ params: JSONValue) {
        send(.object(pairs: [("jsonrpc", "2.0"), ("method", .string(method)), ("params", params)]))
    }

    /// Sends a request and returns its response (notifications on the way are kept).
    func request(_ method: String, _ params: JSONValue, timeout: TimeInterval = 60) throws -> JSONValue {
        let id = nextID
        nextID += 1
        send(.object(pairs: [("jsonrpc", "2.0"), ("id", .number(id)), ("method", .string(method)), ("params", params)]))
        return try response(id: .number(id), timeout: timeout)
    }

    /// Reads messages until the response with this id.
    func response(id: JSONValue, timeout: TimeInterval = 60) throws -> JSONValue {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let message = try next(until: deadline, waitingFor: "the response to request \(id)")
            if message["method"] != nil {
                notifications.append(message)
            } else if message["id"] == id {
                return message
            }
        }
    }

    /// The diagnostics of the next `publishDiagnostics` for `uri` (kept ones first).
    func diagnostics(for uri: String, timeout: TimeInterval = 60) throws -> [JSONValue] {
        if let index = notifications.firstIndex(where: { Self.isDiagnostics($0, for: uri) }) {
            let message = notifications.remove(at: index)
            return message["params"]?["diagnostics"]?.arrayValue ?? []
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let message = try next(until: deadline, waitingFor: "diagnostics for \(uri)")
            if Self.isDiagnostics(message, for: uri) { return message["params"]?["diagnostics"]?.arrayValue ?? [] }
            if message["method"] != nil { notifications.append(message) }
        }
    }

    private static func isDiagnostics(_ message: JSONValue, for uri: String) -> Bool {
        message["method"] == "textDocument/publishDiagnostics" && message["params"]?["uri"] == .string(uri)
    }

    /// The next whole message the server wrote.
    func next(until deadline: Date, waitingFor what: String) throws -> JSONValue {
        while Date() < deadline {
            if let body = takeFrame() { return try JSONParser.parse(body) }
            Thread.sleep(forTimeInterval: 0.005)
        }
        throw TimedOut(waitingFor: what)
    }

    /// Closes standard input and waits for the process to end; nil when it does not in time.
    func finish(closingInput: Bool = true, timeout: TimeInterval = 30) -> Process.TerminationReason? {
        if closingInput { try? input.fileHandleForWriting.close() }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        return process.terminationReason
    }

    /// One framed body from the bytes received, if a whole one is there.
    private func takeFrame() -> [UInt8]? {
        lock.withLock {
            let separator = Array("\r\n\r\n".utf8)
            guard let end = received.indices.first(where: { received[$0...].starts(with: separator) }) else { return nil }
            let header = String(decoding: received[..<end], as: UTF8.self)
            guard let line = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
                let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
            else { return nil }
            let start = end + separator.count
            guard received.count - start >= length else { return nil }
            let body = Array(received[start..<start + length])
            received.removeFirst(start + length)
            return body
        }
    }
}
