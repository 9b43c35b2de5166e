import Foundation
import TestSupport
import Testing

/// `convert` turns evidence and plans between the language and JSON with the same
/// meaning, deterministically, never over an input, and atomically.
@Suite struct ConvertTests {
    /// Runs the tool in `scratch`, expecting success and no diagnostics.
    @discardableResult
    static func succeed(
        _ arguments: [String], in scratch: ScratchDirectory, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ProcessOutcome {
        let outcome = try KompassExecutable.run(arguments, in: scratch.path)
        #expect(outcome.reason == .exit, sourceLocation: sourceLocation)
        #expect(outcome.status == 0, "\(arguments): \(outcome.err)", sourceLocation: sourceLocation)
        #expect(outcome.err == "", sourceLocation: sourceLocation)
        return outcome
    }

    /// `check` of the documents says nothing beyond what it says of the instrument alone
    /// (the scoring lint's warnings on DESIGN.md's excerpt), and exits 0.
    static func expectCleanCheck(
        _ documents: [String], in scratch: ScratchDirectory, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let alone = try KompassExecutable.run(["check", "--rules", "rules"], in: scratch.path)
        let outcome = try KompassExecutable.run(["check", "--rules", "rules"] + documents, in: scratch.path)
        #expect(alone.status == 0, sourceLocation: sourceLocation)
        #expect(outcome.reason == .exit, sourceLocation: sourceLocation)
        #expect(outcome.status == 0, sourceLocation: sourceLocation)
        #expect(outcome.err == alone.err, sourceLocation: sourceLocation)
        #expect(!outcome.err.contains(": error: "), sourceLocation: sourceLocation)
        if alone.err.isEmpty {
            #expect(
                outcome.out == "ok: Kommunkompassen 2019: 1 areas, 2 subareas, 6 rules, 8 facts; \(documents.count) file(s) checked\n",
                sourceLocation: sourceLocation)
        }
    }

    /// The score as JSON, without what names the evidence file (its path and hash).
    static func scoreMeaning(_ file: String, in scratch: ScratchDirectory) throws -> NSDictionary {
        let outcome = try succeed(["score", "--rules", "rules", "--format", "json", file], in: scratch)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        var evidence = try #require(object["evidence"] as? [String: Any])
        #expect(evidence["sha256"] is String)
        evidence["sha256"] = nil
        evidence["path"] = nil
        object["evidence"] = evidence
        return object as NSDictionary
    }

    @Test func evidenceRoundTripsKompassJSONKompass() throws {
        let scratch = try ScratchDirectory()
        try scratch.copyDesignExamples()
        let toJSON = try Self.succeed(["convert", "evidence.kompass", "--to", "json", "--output", "e.json"], in: scratch)
        #expect(toJSON.stdout == [])
        try Self.succeed(["convert", "e.json", "--to", "kompass", "--output", "e2.kompass"], in: scratch)
        // The language written back gives the same JSON again, and is what the writer
        // makes of the original.
        let again = try Self.succeed(["convert", "e2.kompass", "--to", "json"], in: scratch)
        #expect(again.stdout == (try scratch.bytes("e.json")))
        let direct = try Self.succeed(["convert", "evidence.kompass", "--to", "kompass"], in: scratch)
        #expect(direct.stdout == (try scratch.bytes("e2.kompass")))
        // Both forms check clean against the instrument and score the same.
        try Self.expectCleanCheck(["e.json", "e2.kompass"], in: scratch)
        let original = try Self.scoreMeaning("evidence.kompass", in: scratch)
        #expect(try Self.scoreMeaning("e.json", in: scratch) == original)
        #expect(try Self.scoreMeaning("e2.kompass", in: scratch) == original)
        // The meaning in the JSON: values keep their types, numbers their exact text.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try scratch.bytes("e.json"))) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { $0["fact"] as? String } == ["dialog.former", "politik.utbildning", "medborgarpanel.storlek"])
        #expect(findings[0]["value"] as? [String] == ["ortsdialog", "Ale i 360 grader", "aleforslag", "medborgarpanel"])
        #expect(findings[1]["value"] as? String == "none")
        #expect(findings[1]["by"] as? String == "E2")
        #expect((findings[2]["value"] as? NSNumber)?.intValue == 300)
        #expect(String(decoding: try scratch.bytes("e.json"), as: UTF8.self).contains("\"confidence\": 0.9"))
    }

    @Test func planRoundTripsKompassJSONKompass() throws {
        let scratch = try ScratchDirectory()
        try scratch.copyDesignExamples()
        try Self.succeed(["convert", "plan.kompass", "--to", "json", "--output", "p.json"], in: scratch)
        try Self.succeed(["convert", "p.json", "--to", "kompass", "--output", "p2.kompass"], in: scratch)
        let again = try Self.succeed(["convert", "p2.kompass", "--to", "json"], in: scratch)
        #expect(again.stdout == (try scratch.bytes("p.json")))
        let direct = try Self.succeed(["convert", "plan.kompass", "--to", "kompass"], in: scratch)
        #expect(direct.stdout == (try scratch.bytes("p2.kompass")))
        try Self.expectCleanCheck(["p.json", "p2.kompass"], in: scratch)
        // The plan means what DESIGN.md says: three actions, their costs and changes.
        #expect(
            String(decoding: try scratch.bytes("p2.kompass"), as: UTF8.self) == """
                plan "Handlingsplan 2021" for "Ale kommun"
                  action utbildning "Utbildning för förtroendevalda" cost 80
                    set politik.utbildning = exists
                  action sprak "Information på fler språk" cost 40
                    set kommunikation.sprak = yes
                  action dialog "Fokusgrupper" cost 30
                    add dialog.former {fokusgrupper}

                """)
    }

    struct Conversion: CustomTestStringConvertible, Sendable {
        let input: String
        let format: String
        var testDescription: String { "\(input) to \(format)" }
    }

    static let conversions = [
        Conversion(input: "evidence.kompass", format: "json"), Conversion(input: "plan.kompass", format: "json"),
        Conversion(input: "evidence.kompass", format: "kompass"), Conversion(input: "plan.kompass", format: "kompass"),
    ]

    /// Two processes (each with its own hash seed) write the same bytes.
    @Test(arguments: conversions)
    func conversionIsByteIdenticalAcrossProcesses(_ conversion: Conversion) throws {
        let scratch = try ScratchDirectory()
        try scratch.copyDesignExamples()
        let first = try Self.succeed(["convert", conversion.input, "--to", conversion.format], in: scratch)
        let second = try Self.succeed(["convert", conversion.input, "--to", conversion.format], in: scratch)
        #expect(first.stdout.count > 100)
        #expect(first.stdout == second.stdout)
    }

    /// `--output` naming the input, however spelt, is refused before anything is written.
    @Test(arguments: ["evidence.kompass", "./evidence.kompass", "sub/../evidence.kompass", "link.kompass", "ABSOLUTE"])
    func outputNamingTheInputIsRefused(_ spelling: String) throws {
        let scratch = try ScratchDirectory()
        try scratch.copyDesignExamples()
        try FileManager.default.createDirectory(atPath: scratch.path + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/link.kompass", withDestinationPath: "evidence.kompass")
        let output = spelling == "ABSOLUTE" ? scratch.path + "/evidence.kompass" : spelling
        let before = try scratch.bytes("evidence.kompass")
        let entries = try scratch.entries()
        let outcome = try KompassExecutable.run(
            ["convert", "evidence.kompass", "--to", "json", "--output", output], in: scratch.path)
        #expect(outcome.reason == .exit)
        #expect(outcome.status == 64)
        #expect(outcome.stdout == [])
        #expect(outcome.err.hasPrefix("Error: refusing to write '\(output)': it is "))
        #expect(outcome.err.hasSuffix("\nhelp: inputs are never overwritten; choose another output file\n"))
        #expect(try scratch.bytes("evidence.kompass") == before)
        #expect(try scratch.entries() == entries)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path + "/link.kompass") == "evidence.kompass")
    }

    /// The output is replaced by a rename, not rewritten in place: a hard link to the old
    /// file keeps the old bytes whole, and no temporary file is left beside it.
    @Test func outputIsReplacedAtomically() throws {
        let scratch = try ScratchDirectory()
        try scratch.copyDesignExamples()
        let old = Array("{\"old\": true}\n".utf8)
        try scratch.write("out/e.json", old)
        try FileManager.default.linkItem(atPath: scratch.path + "/out/e.json", toPath: scratch.path + "/out/held.json")
        try Self.succeed(["convert", "evidence.kompass", "--to", "json", "--output", "out/e.json"], in: scratch)
        let expected = try Self.succeed(["convert", "evidence.kompass", "--to", "json"], in: scratch).stdout
        #expect(try scratch.bytes("out/e.json") == expected)
        #expect(try scratch.bytes("out/held.json") == old)
        #expect(try scratch.entries("out") == ["e.json", "held.json"])
    }

    /// Invalid input writes nothing: an existing output keeps its bytes.
    @Test func invalidInputLeavesTheOutputUntouched() throws {
        let scratch = try ScratchDirectory()
        try scratch.copyDesignExamples()
        let broken = String(decoding: try scratch.bytes("evidence.kompass"), as: UTF8.self)
            .replacingOccurrences(of: "confidence 0.9", with: "confidence 0,9")
        try scratch.write("broken.kompass", broken)
        let old = Array("previous output\n".utf8)
        try scratch.write("out/e.json", old)
        let outcome = try KompassExecutable.run(
            ["convert", "broken.kompass", "--to", "json", "--output", "out/e.json"], in: scratch.path)
        #expect(outcome.reason == .exit)
        #expect(outcome.status == 65)
        #expect(outcome.errLines.first == "broken.kompass:14:14: error: malformed number '0,9' [lex.bad-number]")
        #expect(try scratch.bytes("out/e.json") == old)
        #expect(try scratch.entries("out") == ["e.json"])
    }

    @Test func unwritableOutputIsExitStatus73() throws {
        let scratch = try ScratchDirectory()
        try scratch.copyDesignExamples()
        let outcome = try KompassExecutable.run(
            ["convert", "evidence.kompass", "--to", "json", "--output", "missing/e.json"], in: scratch.path)
        #expect(outcome.reason == .exit)
        #expect(outcome.status == 73)
        #expect(outcome.stdout == [])
        #expect(outcome.err.hasPrefix("Error: "))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/missing"))
    }
}
