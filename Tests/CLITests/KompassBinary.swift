import Foundation
import Testing

/// The result of one run of the built tool.
struct BinaryRun {
    var status: Int32
    var stdout: [UInt8]
    var stderr: [UInt8]

    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs the built `kompass-score` binary in a separate process.
enum KompassBinary {
    /// The package root, from this file's path (Tests/CLITests/).
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// The binary built with these tests: next to the running test bundle when it is
    /// there, else `.build/debug` (plain `swift test`), else the `.build-t2` scratch path.
    static let binary: String? = {
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var folder = URL(fileURLWithPath: exe).deletingLastPathComponent()
            // Inside an .xctest bundle on some platforms: step out of it.
            while folder.path.contains(".xctest") { folder.deleteLastPathComponent() }
            candidates.append(folder.appendingPathComponent("kompass-score").path)
        }
        candidates.append(root + "/.build/debug/kompass-score")
        candidates.append(root + "/.build-t2/debug/kompass-score")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs the tool with `arguments` in `directory` (the package root by default).
    static func run(_ arguments: [String], in directory: String = root) throws -> BinaryRun {
        let path = try #require(binary, "kompass-score is not built; run 'swift build' first")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        // Files, not pipes: outputs larger than a pipe's buffer cannot block the child.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kompass-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return BinaryRun(
            status: process.terminationStatus, stdout: Array(try Data(contentsOf: outURL)),
            stderr: Array(try Data(contentsOf: errURL)))
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kompass-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
