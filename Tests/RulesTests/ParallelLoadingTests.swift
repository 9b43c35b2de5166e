import Engine
import Foundation
import Rules
import TestSupport
import Testing

/// `Workspace.loadEvidence(paths:instrument:)` reads and checks files on every core and
/// records exactly what loading them one by one records: the same sources in the same
/// order, the same diagnostics in the same order, rendered to the same bytes.
@Suite struct ParallelLoadingTests {
    static let ale = PackageRoot.path("Examples/ale-2020/evidence.kompass")
    static let rules = PackageRoot.path("Rules/kommunkompassen-2019")

    static func instrument() throws -> (Workspace, Instrument) {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let instrument = try #require(try workspace.loadInstrument(directory: rules))
        return (workspace, instrument)
    }

    /// Variants of the Ale evidence: clean, with warnings (findings without a source), with
    /// errors (an unknown fact, a bad level), and a file that is not evidence at all.
    static func files(in scratch: ScratchDirectory, count: Int) throws -> [String] {
        let text = try String(contentsOfFile: ale, encoding: .utf8)
        var paths: [String] = []
        for i in 0..<count {
            var variant = text.replacingOccurrences(of: "\"Ale kommun\"", with: "\"Kommun \(i)\"")
            switch i % 5 {
            case 1: variant = variant.replacingOccurrences(of: "  source document \"Kommunikationspolicyn\" section \"1.2\"\n", with: "")
            case 2: variant += "finding dialog.formr = yes\n  source web \"x\"\nfinding demokrati.vision = maybe\n"
            case 3 where i % 2 == 1: variant = "rule 1.1.a \"R\" when x award 1\n"
            default: break
            }
            paths.append(try scratch.file(String(format: "e%03d.kompass", i), variant))
        }
        return paths
    }

    @Test(arguments: [2, 23])
    func loadingOnEveryCoreRecordsWhatLoadingOneByOneRecords(count: Int) throws {
        let scratch = try ScratchDirectory()
        let paths = try Self.files(in: scratch, count: count)
        var (oneByOne, instrument) = try Self.instrument()
        var sequential: [Evidence?] = []
        for path in paths { sequential.append(try oneByOne.loadEvidence(path: path, instrument: instrument)) }
        var (together, _) = try Self.instrument()
        let parallel = try together.loadEvidence(paths: paths, instrument: instrument)

        #expect(together.sources.map(\.path) == oneByOne.sources.map(\.path))
        #expect(together.diagnostics.all == oneByOne.diagnostics.all)
        #expect(together.renderedDiagnostics(colour: false) == oneByOne.renderedDiagnostics(colour: false))
        // Some files warn and some fail, so the comparison covers both.
        #expect(together.diagnostics.warningCount > 0)
        #expect(together.diagnostics.errorCount > 0 || count < 3)
        // One by one, a file after an error is not returned; on its own it is.
        #expect(parallel.count == paths.count)
        #expect(parallel.first??.municipality == sequential.first??.municipality)
        #expect(parallel[0]?.findings.map(\.value) == sequential[0]?.findings.map(\.value))
    }

    /// Clean files come back in order, each with its own findings.
    @Test func cleanFilesComeBackInOrder() throws {
        let scratch = try ScratchDirectory()
        let paths = try Self.files(in: scratch, count: 16).enumerated().filter { $0.offset % 5 == 0 || $0.offset % 5 == 4 }.map(\.element)
        var (workspace, instrument) = try Self.instrument()
        let loaded = try workspace.loadEvidence(paths: paths, instrument: instrument)
        #expect(loaded.map { $0?.municipality } == paths.map { path in
            "Kommun \(Int(path.dropLast(8).suffix(3))!)"
        })
        #expect(loaded.map { $0?.path } == paths)
        #expect(!workspace.diagnostics.hasErrors)
    }

    /// A missing file throws its error, after the files before it are recorded.
    @Test func aMissingFileThrowsAfterTheFilesBeforeIt() throws {
        let scratch = try ScratchDirectory()
        var paths = try Self.files(in: scratch, count: 4)
        paths.insert(scratch.path + "/missing.kompass", at: 2)
        var (workspace, instrument) = try Self.instrument()
        let before = workspace.sources.count
        #expect(throws: InputFileError.self) { try workspace.loadEvidence(paths: paths, instrument: instrument) }
        #expect(workspace.sources.dropFirst(before).map(\.path) == Array(paths.prefix(2)))
    }
    /// An instrument's files are decoded and parsed on every core, then recorded in the
    /// files' order: the same sources and diagnostics as parsing them one by one (here
    /// every file has an error of its own at a line of its own, one is not UTF-8 and one
    /// is evidence, so the order of every diagnostic shows).
    @Test func instrumentFilesAreRecordedInTheirOrder() throws {
        let scratch = try ScratchDirectory()
        let folder = scratch.path + "/instrument"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var expected: [(path: String, bytes: [UInt8])] = []
        for i in 0..<13 {
            let name = String(format: "f%02d.kompass", i)
            let text: String
            switch i {
            case 4: text = "evidence \"Kommun\" year 2024 instrument \"I\" version \"1\"\n"
            case 9: text = ""
            default:
                text = "instrument \"I\" version \"1\"\n" + String(repeating: "\n", count: i)
                    + "area \(i) \"A\" max\n"
            }
            var bytes = Array(text.utf8)
            if i == 9 { bytes = Array("area 9 \"A".utf8) + [0xFF, 0xFE] + Array("\" max 10\n".utf8) }
            _ = try scratch.write("instrument/" + name, bytes)
            expected.append((folder + "/" + name, bytes))
        }
        var workspace = Workspace(registry: BuiltinKinds.registry)
        #expect(try workspace.loadInstrument(directory: folder) == nil)

        // One by one: decoding problems, else the parser's diagnostics, in file order; the
        // evidence file last, as the one file that does not belong.
        var sources: [String] = []
        var diagnostics: [Diagnostic] = []
        var stranger: String?
        for file in expected {
            let source = SourceText(path: file.path, bytes: file.bytes)
            if !source.diagnostics.isEmpty {
                sources.append(file.path)
                diagnostics += source.diagnostics
            } else if file.path.hasSuffix("f04.kompass") {
                stranger = file.path
            } else {
                sources.append(file.path)
                diagnostics += Parser.parse(source, kindWords: BuiltinKinds.registry.clauseWords).diagnostics.all
            }
        }
        #expect(workspace.sources.map(\.path) == sources + [try #require(stranger)])
        #expect(Array(workspace.diagnostics.all.dropLast()) == diagnostics)
        #expect(workspace.diagnostics.all.last?.span?.path == stranger)
        // Each broken file's error is at its own line (file i's missing number is found at
        // its end, line 3 + i; file 9's bad byte on line 1): the order is the files' order.
        let lines = workspace.diagnostics.all.dropLast().compactMap { $0.span?.start.line }
        #expect(lines == [3, 4, 5, 6, 8, 9, 10, 11, 1, 13, 14, 15])
    }
}
