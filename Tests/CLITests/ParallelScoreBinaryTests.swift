import Foundation
import TestSupport
import Testing

/// `score A B C …` reads and checks its files on every core; what it prints is what the
/// files give one at a time, in the order given, byte for byte.
@Suite struct ParallelScoreBinaryTests {
    /// Variants of the Ale evidence with distinct names, some with warnings (a finding
    /// without a source).
    static func files(_ scratch: ScratchDirectory, count: Int) throws -> [String] {
        let text = try String(contentsOfFile: PackageRoot.path("Examples/ale-2020/evidence.kompass"), encoding: .utf8)
        return try (0..<count).map { i in
            var variant = text.replacingOccurrences(of: "\"Ale kommun\"", with: "\"Kommun \(i)\"")
            if i % 3 == 1 {
                variant = variant.replacingOccurrences(
                    of: "  source document \"Kommunikationspolicyn\" section \"1.2\"\n", with: "")
            }
            // Names out of order, so path order and the order given differ.
            return try scratch.file("e\((count - i) % count).kompass", variant)
        }
    }

    static func run(_ arguments: [String]) throws -> (out: String, err: String) {
        let outcome = try KompassExecutable.run(arguments)
        #expect(outcome.status == 0, "\(outcome.err)")
        return (outcome.out, outcome.err)
    }

    /// The text of several files is each file's text, in the order given.
    @Test func textOfSeveralFilesIsEachFilesTextInOrder() throws {
        let scratch = try ScratchDirectory()
        let paths = try Self.files(scratch, count: 9)
        let together = try Self.run(["score"] + paths)
        let one = try paths.map { try Self.run(["score", $0]).out }
        #expect(together.out == one.joined(separator: "\n"))
        #expect(together.out.contains("Kommun 8"))
    }

    /// The JSON array of several files holds each file's object, in the order given.
    @Test func jsonOfSeveralFilesIsEachFilesObjectInOrder() throws {
        let scratch = try ScratchDirectory()
        let paths = try Self.files(scratch, count: 7)
        let together = try Self.run(["score", "--format", "json"] + paths).out
        let objects = try paths.map { try Self.run(["score", "--format", "json", $0]).out }
        // Each object, indented one level, between the array's brackets.
        let indented = objects.map { object in
            object.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        }
        #expect(together == "[\n" + indented.joined(separator: ",\n") + "\n]\n")
    }

    /// A file with an error among many stops the command before anything is written: no
    /// JSON at all on standard output (not the files before it), its diagnostic on
    /// standard error, exit status 65; with '-o' no file is made.
    @Test func jsonOfFilesWithAnErrorInTheMiddleWritesNothing() throws {
        let scratch = try ScratchDirectory()
        var paths = try Self.files(scratch, count: 12)
        paths[6] = try scratch.file("broken.kompass", "evidence \"Trasig\" year 2020\nfinding nonexistent.fact = yes\n")
        let outcome = try KompassExecutable.run(["score", "--format", "json"] + paths)
        #expect(outcome.status == 65)
        #expect(outcome.out == "")
        #expect(outcome.err.contains("broken.kompass:"))
        let output = scratch.path + "/out.json"
        let toFile = try KompassExecutable.run(["score", "--format", "json", "-o", output] + paths)
        #expect(toFile.status == 65)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// '-o FILE' holds the same bytes as standard output.
    @Test func jsonToAFileIsWhatStandardOutputGets() throws {
        let scratch = try ScratchDirectory()
        let paths = try Self.files(scratch, count: 5)
        let output = scratch.path + "/out.json"
        let toFile = try Self.run(["score", "--format", "json", "-o", output] + paths)
        #expect(toFile.out == "")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written == (try Self.run(["score", "--format", "json"] + paths).out))
        #expect(written.hasPrefix("[\n  {\n"))
    }

    /// The warnings of several files are each file's warnings (in path order, as one run
    /// sorts them), then one summary.
    @Test func warningsOfSeveralFilesAreEachFilesWarnings() throws {
        let scratch = try ScratchDirectory()
        let paths = try Self.files(scratch, count: 6)
        let together = try Self.run(["score"] + paths).err
        func withoutSummary(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasSuffix(" warning") && !$0.hasSuffix(" warnings") }
                .joined(separator: "\n")
        }
        let one = try paths.sorted().map { withoutSummary(try Self.run(["score", $0]).err) }.filter { !$0.isEmpty }
        let warnings = one.joined().components(separatedBy: ": warning: ").count - 1
        #expect(one.count == 2)
        #expect(warnings == 4)  // two findings of Kommunikationspolicyn's source, in each of two files
        #expect(together == one.joined() + "0 errors, \(warnings) warnings\n")
        #expect(try Self.run(["score"] + paths).err == together)
    }
}
