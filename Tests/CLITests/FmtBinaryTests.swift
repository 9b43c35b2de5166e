import Foundation
import TestSupport
import Testing

/// `fmt` through the built tool: the shipped files are in the canonical layout; a messy
/// copy is listed by `--check` (which writes nothing) and rewritten back to the shipped
/// bytes, with the same score; a file that does not parse stops everything; only
/// `.kompass` files are ever written.
@Suite struct FmtBinaryTests {
    /// The same text with every line's indentation removed, spaces at the ends of lines,
    /// and each blank line tripled: messy, and the same meaning (layout carries none).
    static func messy(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let trimmed = line.drop { $0 == " " }
            return trimmed.isEmpty ? "\n\n" : String(trimmed) + "   "
        }.joined(separator: "\n")
    }

    static let instrumentFiles = [
        "00-instrument.kompass", "area-1.kompass", "area-2.kompass", "area-3.kompass", "area-4.kompass", "area-5.kompass",
        "area-6.kompass", "area-7.kompass", "area-8.kompass", "labels.kompass",
    ]

    /// A messy copy of the shipped instrument in `rules/` and of Ale's evidence.
    static func messyCopy() throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        #expect(try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(Shipped.instrument)).sorted()
            == instrumentFiles)
        for name in instrumentFiles {
            try scratch.write("rules/" + name, messy(try String(contentsOfFile: PackageRoot.path(Shipped.instrument + "/" + name), encoding: .utf8)))
        }
        try scratch.write("evidence.kompass", messy(try String(contentsOfFile: PackageRoot.path(Shipped.ale), encoding: .utf8)))
        return scratch
    }

    @Test func theShippedFilesAreFormatted() throws {
        #expect(try BinaryRun.succeed(["fmt", "--check", "Rules", "Examples"]) == [])
        #expect(try BinaryRun.succeed(["fmt", "--check"]) == [])
    }

    @Test func checkListsAMessyCopyAndFmtRewritesItToTheShippedBytes() throws {
        let scratch = try Self.messyCopy()
        let names = instrumentFilesPaths + ["evidence.kompass"]
        let messyBytes = try names.map { try scratch.bytes($0) }
        let scoreBefore = try Self.score(in: scratch)

        let check = try BinaryRun.run(["fmt", "--check", "rules", "evidence.kompass"], in: scratch.path)
        #expect(check.status == 1)
        #expect(check.err == "")
        #expect(BinaryRun.lines(check.out) == names.map { $0 + ": not formatted" })
        #expect(try names.map { try scratch.bytes($0) } == messyBytes, "--check writes nothing")

        // Without a path, the instrument's folder (here given with --rules).
        let byDefault = try BinaryRun.run(["fmt", "--check", "--rules", "rules"], in: scratch.path)
        #expect(byDefault.status == 1)
        #expect(BinaryRun.lines(byDefault.out) == instrumentFilesPaths.map { $0 + ": not formatted" })

        #expect(
            try BinaryRun.succeed(["fmt", "rules", "evidence.kompass"], in: scratch.path)
                == names.map { $0 + ": formatted" })
        for name in Self.instrumentFiles {
            #expect(try scratch.bytes("rules/" + name) == Array(try Data(contentsOf: URL(fileURLWithPath: PackageRoot.path(Shipped.instrument + "/" + name)))), "\(name)")
        }
        #expect(try scratch.bytes("evidence.kompass") == Array(try Data(contentsOf: URL(fileURLWithPath: PackageRoot.path(Shipped.ale)))))
        #expect(try Self.score(in: scratch) == scoreBefore)
        #expect(try BinaryRun.succeed(["fmt", "--check", "rules", "evidence.kompass"], in: scratch.path) == [])
        #expect(try scratch.entries("rules") == Self.instrumentFiles, "no temporary file left behind")
    }

    var instrumentFilesPaths: [String] { Self.instrumentFiles.map { "rules/" + $0 } }

    /// Ale's score as JSON, without the digests (the bytes of the files differ).
    static func score(in scratch: ScratchDirectory) throws -> NSDictionary {
        let outcome = try BinaryRun.run(["score", "--rules", "rules", "--format", "json", "evidence.kompass"], in: scratch.path)
        #expect(outcome.status == 0, "\(outcome.err)")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        for key in ["instrument", "evidence"] {
            var part = try #require(object[key] as? [String: Any])
            #expect(part["sha256"] is String)
            part["sha256"] = nil
            object[key] = part
        }
        return object as NSDictionary
    }

    @Test func aFileThatDoesNotParseStopsEverythingAndIsUntouched() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("a.kompass", "fact a:   flag\n")
        try scratch.write("b.kompass", "fact a: flag\n   fact b flag\n")
        let outcome = try BinaryRun.run(["fmt", "a.kompass", "b.kompass"], in: scratch.path)
        BinaryRun.expectFailure(
            outcome, status: 65,
            firstLine: "b.kompass:2:11: error: expected ':' after the fact's path, found 'flag' [parse.expected-token]")
        #expect(Array(BinaryRun.lines(outcome.err).dropFirst()) == [" 2 |    fact b flag", "   |           ^~~~", "1 error, 0 warnings"])
        #expect(try scratch.text("a.kompass") == "fact a:   flag\n", "nothing is written when one file does not parse")
        #expect(try scratch.text("b.kompass") == "fact a: flag\n   fact b flag\n")
        #expect(try scratch.entries() == ["a.kompass", "b.kompass"])
    }

    @Test func aDashFormatsStandardInputToStandardOutputAndWritesNoFile() throws {
        let scratch = try Self.messyCopy()
        let shipped = try String(contentsOfFile: PackageRoot.path(Shipped.ale), encoding: .utf8)
        let entries = try scratch.entries()
        let formatted = try KompassExecutable.run(["fmt", "-"], in: scratch.path, standardInput: scratch.path + "/evidence.kompass")
        #expect(formatted.status == 0, "\(formatted.err)")
        #expect(formatted.err == "")
        #expect(formatted.out == shipped)
        #expect(try scratch.entries() == entries)

        // Already canonical: the input comes back as it is; --check gives the verdict only.
        let again = try KompassExecutable.run(["fmt", "-"], standardInput: PackageRoot.path(Shipped.ale))
        #expect(again.status == 0)
        #expect(again.out == shipped)
        let canonical = try KompassExecutable.run(["fmt", "--check", "-"], standardInput: PackageRoot.path(Shipped.ale))
        #expect(canonical.status == 0)
        #expect(canonical.out == "")
        let check = try KompassExecutable.run(["fmt", "--check", "-"], in: scratch.path, standardInput: scratch.path + "/evidence.kompass")
        #expect(check.status == 1)
        #expect(check.out == "<stdin>: not formatted\n")

        try scratch.write("bad.kompass", "fact a: flag\n   fact b flag\n")
        let bad = try KompassExecutable.run(["fmt", "-"], in: scratch.path, standardInput: scratch.path + "/bad.kompass")
        BinaryRun.expectFailure(
            bad, status: 65,
            firstLine: "<stdin>:2:11: error: expected ':' after the fact's path, found 'flag' [parse.expected-token]")
        #expect(Array(BinaryRun.lines(bad.err).dropFirst()) == [" 2 |    fact b flag", "   |           ^~~~", "1 error, 0 warnings"])

        let mixed = try BinaryRun.run(["fmt", "-", "evidence.kompass"], in: scratch.path)
        BinaryRun.expectUsageError(
            mixed, command: "fmt",
            lines: ["Error: '-' (standard input) cannot be combined with other paths", "help: format standard input on its own"])
    }

    @Test func onlyKompassFilesAreWritten() throws {
        let scratch = try ScratchDirectory()
        let text = "fact a:   flag\n"
        for name in ["d/notes.txt", "d/x.kompass.bak", "d/.hidden.kompass", "d/sub/y.kompass", "d/z.kompass", "target.txt", "t.kompass"] {
            try scratch.write(name, text)
        }
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/d/link.kompass", withDestinationPath: "../target.txt")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/link.kompass", withDestinationPath: "t.kompass")

        #expect(try BinaryRun.succeed(["fmt", "d"], in: scratch.path) == ["d/sub/y.kompass: formatted", "d/z.kompass: formatted"])
        #expect(try scratch.text("d/sub/y.kompass") == "fact a: flag\n")
        #expect(try scratch.text("d/z.kompass") == "fact a: flag\n")
        for name in ["d/notes.txt", "d/x.kompass.bak", "d/.hidden.kompass", "target.txt", "t.kompass"] {
            #expect(try scratch.text(name) == text, "\(name)")
        }

        BinaryRun.expectFailure(
            try BinaryRun.run(["fmt", "d/notes.txt"], in: scratch.path), status: 66,
            firstLine: "Error: cannot read 'd/notes.txt': not a '.kompass' file, so fmt leaves it alone")
        BinaryRun.expectFailure(
            try BinaryRun.run(["fmt", "d/link.kompass"], in: scratch.path), status: 66,
            firstLine: "Error: cannot read 'd/link.kompass': not a '.kompass' file, so fmt leaves it alone")
        #expect(try scratch.text("target.txt") == text)

        // A link to a .kompass file: the file it names is rewritten, the link stays a link.
        #expect(try BinaryRun.succeed(["fmt", "link.kompass"], in: scratch.path) == ["link.kompass: formatted"])
        #expect(try scratch.text("t.kompass") == "fact a: flag\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path + "/link.kompass") == "t.kompass")
        BinaryRun.expectFailure(
            try BinaryRun.run(["fmt", "nothing.kompass"], in: scratch.path), status: 66,
            firstLine: "Error: no such file 'nothing.kompass'")
    }
}
