import Foundation
import TestSupport
import Testing

/// DESIGN.md, "Provenance and determinism": the same input gives byte-identical output,
/// also across separate processes; no timestamps and no absolute paths.
@Suite struct DeterminismTests {
    static let ale = "Examples/ale-2020/evidence.kompass"

    @Test(arguments: [["score", ale], ["score", ale, "--format", "json"]])
    func scoreIsByteIdenticalAcrossProcesses(_ arguments: [String]) throws {
        let first = try KompassExecutable.run(arguments)
        let second = try KompassExecutable.run(arguments)
        #expect(first.status == 0, "\(first.err)")
        #expect(second.status == 0, "\(second.err)")
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
        #expect(first.err.isEmpty, "\(first.err)")
        #expect(!first.out.contains(PackageRoot.path), "output holds an absolute path")
        #expect(first.out.contains(Self.ale), "the evidence is named by the path as given")
    }

    @Test func explainIsByteIdenticalAcrossProcesses() throws {
        let arguments = ["explain", Self.ale, "--subarea", "1.3", "--for", "auditor"]
        let first = try KompassExecutable.run(arguments)
        let second = try KompassExecutable.run(arguments)
        #expect(first.status == 0, "\(first.err)")
        #expect(first.stdout == second.stdout)
        #expect(first.out.hasPrefix("1.3 "))
    }

    @Test func jsonAndTextAgreeOnTheTotal() throws {
        let text = try KompassExecutable.run(["score", Self.ale]).out
        let json = try KompassExecutable.run(["score", Self.ale, "--format", "json"]).out
        let totalLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("Totalt") })
        let cells = totalLine.split(separator: " ").suffix(3).map(String.init)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let total = try #require(object["total"] as? [String: Any])
        #expect(cells == ["\(total["rounded"] ?? "?")", "\(total["max"] ?? "?")", "\(total["percent"] ?? "?")\u{00A0}%"])
    }
}

/// Exit statuses of DESIGN.md, "Command line": 64 usage, 65 invalid input, 66 not found.
@Suite struct ScoreExitStatusTests {
    @Test func missingEvidenceFileExits66() throws {
        let run = try KompassExecutable.run(["score", "Examples/ale-2020/no-such-file.kompass"])
        #expect(run.status == 66)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("no-such-file.kompass"), "\(run.err)")
    }

    @Test func missingRulesFolderExits66() throws {
        let run = try KompassExecutable.run(["score", DeterminismTests.ale, "--rules", "Rules/no-such-instrument"])
        #expect(run.status == 66, "\(run.err)")
        #expect(run.out.isEmpty)
    }

    @Test func invalidEvidenceExits65WithDiagnostic() throws {
        let folder = try ScratchDirectory()
        let path = try folder.write(
            "bad.kompass",
            """
            evidence "Testby" year 2020 instrument "Kommunkompassen" version "2019"
              evaluator "E1"
            finding dialog.formr = {ortsdialog} source web "x"

            """)
        let run = try KompassExecutable.run(["score", path])
        #expect(run.status == 65)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("\(path):3:9: error: unknown fact 'dialog.formr' [sema.unknown-fact]"), "\(run.err)")
        #expect(run.err.contains("did you mean 'dialog.former'?"), "\(run.err)")
    }

    @Test func unknownOptionExits64WithDidYouMean() throws {
        let run = try KompassExecutable.run(["score", DeterminismTests.ale, "--formt", "json"])
        #expect(run.status == 64)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("unknown option '--formt'"), "\(run.err)")
        #expect(run.err.contains("did you mean '--format'?"), "\(run.err)")
    }

    @Test func overflowExits65WithEvalOverflow() throws {
        let folder = try ScratchDirectory()
        try folder.write(
            "rules/big.kompass",
            """
            instrument "Big" version "1"
            fact n: number "N"
            area x "X" max 1000000000000
            subarea x.1 "X1" max 1000000000000
              rule x.1.a "A" each n award 1000000000000 cap 1000000000000

            """)
        let rules = folder.path + "/rules"
        let evidence = try folder.write(
            "e.kompass",
            """
            evidence "Testby" year 2020 instrument "Big" version "1"
              evaluator "E1"
            finding n = 1000000000000 source web "n"

            """)
        let run = try KompassExecutable.run(["score", evidence, "--rules", rules])
        #expect(run.status == 65, "\(run.err)")
        #expect(run.err.contains("[eval.overflow]"), "\(run.err)")
        #expect(run.out.isEmpty)
    }
}
