import Foundation

/// The built `kompass-score` tool, for the tests that run it as a separate process.
public enum KompassExecutable {
    /// Thrown by `run` when no built tool is found.
    public struct NotBuilt: Error, CustomStringConvertible {
        /// The paths looked at, in order.
        public var candidates: [String]

        /// Says to build the tool first, and where it was looked for.
        public var description: String {
            "kompass-score is not built; run 'swift build' first (looked for: \(candidates.joined(separator: ", ")))"
        }
    }

    /// Where the tool may be, most likely first: beside the running test bundle (the
    /// build products folder of whichever `--scratch-path` built the tests), found from
    /// `/proc/self/exe` and from the program's path, stepping out of an `.xctest` bundle;
    /// then `.build/debug` of the package, then the `debug` folder of any `.build-*` or
    /// `.build_*` scratch folder of the package.
    public static let candidates: [String] = {
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var folder = URL(fileURLWithPath: exe).deletingLastPathComponent()
            // Inside an .xctest bundle on some platforms: step out of it.
            while folder.path.contains(".xctest") { folder.deleteLastPathComponent() }
            candidates.append(folder.appendingPathComponent("kompass-score").path)
        }
        for program in [CommandLine.arguments.first, Bundle.main.executablePath].compactMap({ $0 }) {
            var url = URL(fileURLWithPath: program).resolvingSymlinksInPath()
            // Walk out of an `.xctest` bundle (on macOS the runner is inside it).
            for _ in 0..<4 {
                url.deleteLastPathComponent()
                candidates.append(url.appendingPathComponent("kompass-score").path)
            }
        }
        candidates.append(PackageRoot.path(".build/debug/kompass-score"))
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: PackageRoot.path)) ?? []
        for entry in entries.sorted() where entry.hasPrefix(".build-") || entry.hasPrefix(".build_") {
            candidates.append(PackageRoot.path(entry + "/debug/kompass-score"))
        }
        var seen = Set<String>()
        return candidates.filter { seen.insert($0).inserted }
    }()

    /// The first candidate that is an executable file, or nil when the tool is not built.
    public static let path: String? = candidates.first { candidate in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: candidate)
    }

    /// Runs the tool with `arguments` in `directory` (the package root by default), with
    /// `NO_COLOR=1` and standard input from the file `standardInput` (`/dev/null` when nil);
    /// see `ProcessRunner.run`. Throws `NotBuilt` when the tool is missing.
    public static func run(
        _ arguments: [String], in directory: String = PackageRoot.path, timeout: TimeInterval = 120,
        standardInput: String? = nil
    ) throws -> ProcessOutcome {
        guard let path else { throw NotBuilt(candidates: candidates) }
        return try ProcessRunner.run(
            path, arguments, in: directory, environment: ["NO_COLOR": "1"], timeout: timeout, standardInput: standardInput)
    }
}
