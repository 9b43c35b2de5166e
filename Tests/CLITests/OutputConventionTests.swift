import Foundation
import TestSupport
import Testing

/// `-o` and `-f`, `--output -`, the format chosen by the extension of `--output`, and
/// calibration refusing one evaluation given twice.
@Suite struct OutputConventionTests {
    static let ale = "Examples/ale-2020/evidence.kompass"

    @Test(arguments: [("report.html", "<!DOCTYPE html>"), ("scores.json", "{"), ("rows.csv", "municipality,"),
        ("report.md", "# Kommunkompassen 2019"), ("radar.svg", "<?xml"), ("table.txt", "Ale kommun 2020")])
    func theExtensionChoosesTheFormat(_ name: String, _ start: String) throws {
        let scratch = try ScratchDirectory()
        let outcome = try KompassExecutable.run(["score", Self.ale, "-o", scratch.path + "/" + name])
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out == "")
        #expect(try scratch.text(name).hasPrefix(start), "\(name)")
    }

    @Test func shortNamesMeanTheLongOnes() throws {
        let long = try KompassExecutable.run(["score", Self.ale, "--format", "json"])
        let short = try KompassExecutable.run(["score", Self.ale, "-f", "json"])
        #expect(long.status == 0 && short.status == 0)
        #expect(short.stdout == long.stdout)
        let help = try KompassExecutable.run(["score", "--help"])
        #expect(help.out.contains("  -o, --output <file>"))
        #expect(help.out.contains("  -f, --format <format>"))
    }

    @Test func aDashIsStandardOutput() throws {
        let outcome = try KompassExecutable.run(["score", Self.ale, "--output", "-"])
        #expect(outcome.status == 0)
        #expect(outcome.out.hasPrefix("Ale kommun 2020"))
        #expect(!FileManager.default.fileExists(atPath: PackageRoot.path("-")))
    }

    @Test func aFormatThatContradictsTheExtensionIsAUsageError() throws {
        let scratch = try ScratchDirectory()
        let output = scratch.path + "/report.html"
        let outcome = try KompassExecutable.run(["score", Self.ale, "-f", "text", "-o", output])
        #expect(outcome.status == 64)
        #expect(
            outcome.errLines.prefix(2) == [
                "Error: '--format text' contradicts the extension of '\(output)', which means html",
                "help: leave out '--format' to write html, or name the file '….txt'",
            ])
        #expect(try scratch.entries() == [])
        let convert = try KompassExecutable.run(["convert", Self.ale, "--to", "json", "-o", scratch.path + "/e.kompass"])
        #expect(convert.status == 64)
        #expect(convert.errLines.first?.hasPrefix("Error: '--to json' contradicts the extension of ") == true)
    }

    @Test func calibrateRefusesOneEvaluationTwice() throws {
        let first = "Examples/calibration/round/adala-E1.kompass"
        let twice = try KompassExecutable.run(["calibrate", first, first, "--rules", "Examples/calibration/rules"])
        #expect(twice.status == 65)
        #expect(twice.errLines.first == "Error: '\(first)' is given twice")
        let scratch = try ScratchDirectory()
        let copy = try scratch.write("copy.kompass", Array(try Data(contentsOf: URL(fileURLWithPath: PackageRoot.path(first)))))
        let copied = try KompassExecutable.run(["calibrate", first, copy, "--rules", "Examples/calibration/rules"])
        #expect(copied.status == 65)
        #expect(copied.errLines.first == "Error: '\(first)' and '\(copy)' are the same evaluation: their bytes are identical")
        // Another evaluator's file of the same municipality is what calibrate compares.
        let pair = try KompassExecutable.run([
            "calibrate", first, "Examples/calibration/round/adala-E2.kompass", "--rules", "Examples/calibration/rules",
        ])
        #expect(pair.status == 0)
    }
}
