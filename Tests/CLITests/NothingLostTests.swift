import Foundation
import TestSupport
import Testing

/// No input is ever written: `--output` and `--consensus` refuse every file the command
/// reads, by file identity, and any new `.kompass` file in the instrument's folder; a
/// failed write to standard output is 74, never 0.
@Suite struct NothingLostTests {
    static let ale = "Examples/ale-2020/evidence.kompass"
    static let instrument = "Rules/kommunkompassen-2019"

    /// Every file of the shipped instrument, relative to the package.
    static func instrumentFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(instrument))
            .filter { $0.hasSuffix(".kompass") }.sorted().map { instrument + "/" + $0 }
    }

    static func bytes(_ relative: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: PackageRoot.path(relative)))
    }

    @Test func scoreRefusesToWriteOverEveryInstrumentFile() throws {
        let files = try Self.instrumentFiles()
        #expect(files.count == 10)
        for file in files {
            let before = try Self.bytes(file)
            let outcome = try KompassExecutable.run(["score", Self.ale, "--format", "html", "--output", file])
            #expect(outcome.status == 64, "\(file)")
            #expect(outcome.errLines.first == "Error: refusing to write '\(file)': it is an input")
            #expect(try Self.bytes(file) == before, "\(file) changed")
        }
    }

    /// The same file spelled through `..`, `./` and a symbolic link is still the input.
    @Test(arguments: ["./", "Rules/../", "LINK"])
    func anySpellingOfAnInstrumentFileIsRefused(_ spelling: String) throws {
        let file = Self.instrument + "/area-1.kompass"
        let before = try Self.bytes(file)
        var output = spelling + file
        let scratch = try ScratchDirectory()
        if spelling == "LINK" {
            output = scratch.path + "/link.html"
            try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: PackageRoot.path(file))
        }
        let outcome = try KompassExecutable.run(["score", Self.ale, "-o", output])
        #expect(outcome.status == 64)
        #expect(outcome.errLines.first?.hasPrefix("Error: refusing to write '\(output)': it is the input ") == true)
        #expect(try Self.bytes(file) == before)
    }

    @Test func anewKompassFileInTheInstrumentFolderIsRefused() throws {
        let output = Self.instrument + "/report.kompass"
        let outcome = try KompassExecutable.run(["score", Self.ale, "--output", output])
        #expect(outcome.status == 64)
        #expect(
            outcome.errLines.prefix(2) == [
                "Error: refusing to write '\(output)': it would become part of the instrument in '\(Self.instrument)'",
                "help: write it outside that folder, or give it another extension",
            ])
        #expect(!FileManager.default.fileExists(atPath: PackageRoot.path(output)))
    }

    @Test func theConsensusDraftRefusesTheCalibrationInstrument() throws {
        let target = "Examples/calibration/rules/instrument.kompass"
        let before = try Self.bytes(target)
        let outcome = try KompassExecutable.run([
            "calibrate", "Examples/calibration/round/adala-E1.kompass", "Examples/calibration/round/adala-E2.kompass",
            "--rules", "Examples/calibration/rules", "--consensus", target,
        ])
        #expect(outcome.status == 64)
        #expect(outcome.errLines.first == "Error: refusing to write '\(target)': it is an input")
        #expect(try Self.bytes(target) == before)
        // A draft beside the instrument would join it: refused too.
        let beside = try KompassExecutable.run([
            "calibrate", "Examples/calibration/round/adala-E1.kompass", "Examples/calibration/round/adala-E2.kompass",
            "--rules", "Examples/calibration/rules", "--consensus", "Examples/calibration/rules/draft.kompass",
        ])
        #expect(beside.status == 64)
        #expect(!FileManager.default.fileExists(atPath: PackageRoot.path("Examples/calibration/rules/draft.kompass")))
    }

    /// With several evidence files, each is an input, and nothing is written.
    @Test func everyEvidenceFileIsAnInput() throws {
        let scratch = try ScratchDirectory()
        let copy = try scratch.write("copy.kompass", try Self.bytes(Self.ale).map { $0 })
        let before = try scratch.bytes("copy.kompass")
        let outcome = try KompassExecutable.run(["score", Self.ale, copy, "--format", "csv", "--output", copy])
        #expect(outcome.status == 64)
        #expect(outcome.errLines.first == "Error: refusing to write '\(copy)': it is an input")
        #expect(try scratch.bytes("copy.kompass") == before)
        #expect(try scratch.entries() == ["copy.kompass"])
    }

    @Test func aFullDiskIsStatus74() throws {
        let binary = try #require(KompassExecutable.path)
        let outcome = try ProcessRunner.run(
            "/bin/sh", ["-c", "'\(binary)' score \(Self.ale) > /dev/full"], in: PackageRoot.path,
            environment: ["NO_COLOR": "1"])
        #expect(outcome.status == 74)
        #expect(outcome.err == "Error: cannot write standard output: no space left on device\n")
    }

    @Test func aClosedStandardOutputIsStatus74() throws {
        let binary = try #require(KompassExecutable.path)
        let outcome = try ProcessRunner.run(
            "/bin/sh", ["-c", "'\(binary)' score \(Self.ale) >&-"], in: PackageRoot.path, environment: ["NO_COLOR": "1"])
        #expect(outcome.status == 74)
        #expect(outcome.err == "Error: cannot write standard output: bad file descriptor\n")
    }

    /// Several instrument files are parsed on worker threads, which open descriptors of
    /// their own: a closed standard output must not lend its number to one of them (the
    /// score would be written into it), nor a closed standard input be read as empty.
    @Test func closedStandardStreamsStayClosed() throws {
        let binary = try #require(KompassExecutable.path)
        let formatted = try ProcessRunner.run(
            "/bin/sh", ["-c", "'\(binary)' fmt - <&-"], in: PackageRoot.path, environment: ["NO_COLOR": "1"])
        #expect(formatted.status == 66)
        #expect(formatted.err.contains("<stdin>"))
        #expect(formatted.err.contains("bad file descriptor"))
        #expect(formatted.out.isEmpty)
        // Without standard error the score is still written, whole, and the status is 0.
        let quiet = try ProcessRunner.run(
            "/bin/sh", ["-c", "'\(binary)' score \(Self.ale) --format json 2>&-"], in: PackageRoot.path,
            environment: ["NO_COLOR": "1"])
        let plain = try ProcessRunner.run(binary, ["score", Self.ale, "--format", "json"], in: PackageRoot.path)
        #expect(quiet.status == 0)
        #expect(quiet.stdout == plain.stdout)
        #expect(quiet.out.hasPrefix("{"))
    }
}
