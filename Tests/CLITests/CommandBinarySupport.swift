import Engine
import Foundation
import TestSupport
import Testing

/// The shipped examples the binary-level command tests run on, as paths relative to the
/// package root (the tests run the tool there, so outputs name these exact paths).
enum Shipped {
    static let instrument = "Rules/kommunkompassen-2019"
    static let ale = "Examples/ale-2020/evidence.kompass"
    static let plan = "Examples/ale-2020/plan-2021.kompass"
    static let published = "Examples/ale-2020/published-results.csv"
    static let calibrationRules = "Examples/calibration/rules"
    static let round = "Examples/calibration/round"
    static let awarded = "Examples/calibration/awarded.csv"

    /// One evaluation of the calibration round, such as `norrby-E1`.
    static func evaluation(_ name: String) -> String { round + "/" + name + ".kompass" }

    /// The first line of every provenance block: the tool and the shipped instrument.
    static var toolLine: String { "\(ToolInfo.name) \(ToolInfo.version)" }
}

/// Runs the built tool and checks what every run must satisfy, for the command tests.
enum BinaryRun {
    /// Runs the tool in `directory` (the package root by default) and checks that it
    /// exited on its own, in time.
    static func run(
        _ arguments: [String], in directory: String = PackageRoot.path, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> ProcessOutcome {
        let outcome = try KompassExecutable.run(arguments, in: directory)
        #expect(!outcome.timedOut, "\(arguments) timed out", sourceLocation: sourceLocation)
        #expect(outcome.reason == .exit, "\(arguments) ended by a signal", sourceLocation: sourceLocation)
        return outcome
    }

    /// Runs the tool expecting success: status 0 and nothing at all on standard error.
    /// Returns standard output as lines (without the empty string after the last break).
    @discardableResult
    static func succeed(
        _ arguments: [String], in directory: String = PackageRoot.path, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> [String] {
        let outcome = try run(arguments, in: directory, sourceLocation: sourceLocation)
        #expect(outcome.status == 0, "\(arguments): \(outcome.err)", sourceLocation: sourceLocation)
        #expect(outcome.err == "", sourceLocation: sourceLocation)
        #expect(
            outcome.out.isEmpty || outcome.out.hasSuffix("\n"), "output does not end with a line break",
            sourceLocation: sourceLocation)
        return lines(outcome.out)
    }

    /// The lines of `text`, without the empty string after a final line break.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Checks a failed run: its exit status, nothing on standard output, and the first
    /// line of standard error.
    static func expectFailure(
        _ outcome: ProcessOutcome, status: Int32, firstLine: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(outcome.status == status, "\(outcome.err)", sourceLocation: sourceLocation)
        #expect(outcome.stdout == [], "\(outcome.out)", sourceLocation: sourceLocation)
        #expect(outcome.errLines.first.map(String.init) == firstLine, sourceLocation: sourceLocation)
    }

    /// Checks a usage error of `command`: status 64, nothing on standard output, the
    /// given first line(s) of standard error, then the command's usage and the pointer
    /// to its help as the last line.
    static func expectUsageError(
        _ outcome: ProcessOutcome, command: String, lines expected: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(outcome.status == 64, "\(outcome.err)", sourceLocation: sourceLocation)
        #expect(outcome.stdout == [], "\(outcome.out)", sourceLocation: sourceLocation)
        let lines = Self.lines(outcome.err)
        #expect(Array(lines.prefix(expected.count)) == expected, sourceLocation: sourceLocation)
        #expect(
            lines.dropFirst(expected.count).first?.hasPrefix("Usage: kompass-score \(command) ") == true,
            "\(outcome.err)", sourceLocation: sourceLocation)
        #expect(
            lines.last == "  See 'kompass-score \(command) --help' for more information.", sourceLocation: sourceLocation)
    }

    /// The lines of `lines` from the first that starts with `prefix` up to (not including)
    /// the first empty line after it.
    static func block(startingWith prefix: String, in lines: [String]) -> [String] {
        guard let start = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else { return [] }
        let end = lines[start...].firstIndex(of: "") ?? lines.endIndex
        return Array(lines[start..<end])
    }

    /// The output without its provenance block: every line before the tool's line
    /// (`kompass-score 0.1.0 · …`), with the empty line before it.
    static func withoutProvenance(_ lines: [String]) -> [String] {
        guard let start = lines.firstIndex(where: { $0.hasPrefix(Shipped.toolLine + " · ") }) else { return lines }
        var body = Array(lines[..<start])
        if body.last == "" { body.removeLast() }
        return body
    }
}

/// SHA-256 digests computed by `sha256sum`, independently of the tool, for checking the
/// provenance lines.
enum Sha256Sum {
    /// The SHA-256 of the file at `path` (relative to the package root).
    static func file(_ path: String) throws -> String {
        try shell("sha256sum \(quoted(path)) | cut -d' ' -f1")
    }

    /// The instrument's manifest digest as README gives it:
    /// `sha256sum *.kompass | LC_ALL=C sort -k2 | sha256sum`, in the instrument's folder.
    static func instrument(_ folder: String) throws -> String {
        try shell("cd \(quoted(folder)) && sha256sum *.kompass | LC_ALL=C sort -k2 | sha256sum | cut -d' ' -f1")
    }

    private static func quoted(_ path: String) -> String {
        "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func shell(_ command: String) throws -> String {
        let outcome = try ProcessRunner.run("/bin/sh", ["-c", command], in: PackageRoot.path)
        let digest = outcome.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(outcome.status == 0 && digest.count == 64, "\(command): \(outcome.err)")
        return digest
    }

    /// The provenance lines every output ends with: the tool and the instrument, then one
    /// line per named input, `kind path sha256 digest` plus an optional suffix.
    static func expectProvenance(
        _ lines: [String], instrument: String, inputs: [(kind: String, path: String, suffix: String)],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let name = instrument == Shipped.instrument ? "Kommunkompassen 2019" : "Kalibreringsexempel 2019"
        var expected = ["\(Shipped.toolLine) · instrument \(name) sha256 \(try Self.instrument(instrument))"]
        for input in inputs {
            expected.append("\(input.kind) \(input.path) sha256 \(try file(input.path))\(input.suffix)")
        }
        #expect(Array(lines.suffix(expected.count)) == expected, sourceLocation: sourceLocation)
        #expect(lines.dropLast(expected.count).last == "", "an empty line before the provenance", sourceLocation: sourceLocation)
    }

    /// `expectProvenance` for inputs without a suffix.
    static func expectProvenance(
        _ lines: [String], instrument: String = Shipped.instrument, inputs: [(kind: String, path: String)],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        try expectProvenance(
            lines, instrument: instrument, inputs: inputs.map { ($0.kind, $0.path, "") }, sourceLocation: sourceLocation)
    }
}
