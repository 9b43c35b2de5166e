import Foundation
import Testing

/// Runs the built `kompass-score` in a separate process.
enum ToolProcess {
    /// The folder holding `Package.swift`, found from this file's path.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
            url.deleteLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// The DESIGN.md examples (see Tests/RulesTests/Fixtures/design).
    static let designFixtures = packageRoot + "/Tests/RulesTests/Fixtures/design"

    /// The executable: beside the running test bundle (the build products folder of
    /// whichever `--scratch-path` built the tests), else under `.build/debug` or a
    /// `.build-*/debug` of the package.
    static let executable: String? = {
        var candidates: [String] = []
        for program in [CommandLine.arguments.first, Bundle.main.executablePath].compactMap({ $0 }) {
            var url = URL(fileURLWithPath: program).resolvingSymlinksInPath()
            // Walk out of an `.xctest` bundle (on macOS the runner is inside it).
            for _ in 0..<4 {
                url.deleteLastPathComponent()
                candidates.append(url.appendingPathComponent("kompass-score").path)
            }
        }
        candidates.append(packageRoot + "/.build/debug/kompass-score")
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot)) ?? []
        for entry in entries.sorted() where entry.hasPrefix(".build-") || entry.hasPrefix(".build_") {
            candidates.append(packageRoot + "/" + entry + "/debug/kompass-score")
        }
        return candidates.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && FileManager.default.isExecutableFile(atPath: path)
        }
    }()

    struct Outcome {
        var status: Int32
        var reason: Process.TerminationReason
        var stdout: [UInt8]
        var stderr: [UInt8]
        var timedOut: Bool

        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
        /// The lines of standard error, without their line breaks.
        var errLines: [Substring] { err.split(separator: "\n", omittingEmptySubsequences: false) }
    }

    /// Runs the tool with `arguments` in `directory`; output goes to files, so large
    /// output cannot block the child. A run longer than `timeout` seconds is killed.
    static func run(_ arguments: [String], in directory: String, timeout: TimeInterval = 120) throws -> Outcome {
        let executable = try #require(executable, "build the tool first: kompass-score not found near \(packageRoot)")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kompass-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Outcome(
            status: process.terminationStatus, reason: process.terminationReason,
            stdout: Array(try Data(contentsOf: outURL)), stderr: Array(try Data(contentsOf: errURL)), timedOut: timedOut)
    }
}

/// A fresh directory per test, removed afterwards.
final class ScratchFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/kompass-cli-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file (creating folders) and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)))
    }

    func entries(_ folder: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? path : path + "/" + folder).sorted()
    }

    /// Copies the DESIGN.md examples in: `rules/` (the instrument), `evidence.kompass`, `plan.kompass`.
    func copyDesignExamples() throws {
        let design = ToolProcess.designFixtures
        for name in ["a-declarations.kompass", "b-excerpt.kompass"] {
            try write("rules/" + name, Array(try Data(contentsOf: URL(fileURLWithPath: design + "/instrument/" + name))))
        }
        for name in ["evidence.kompass", "plan.kompass"] {
            try write(name, Array(try Data(contentsOf: URL(fileURLWithPath: design + "/" + name))))
        }
    }
}
