import Foundation
import TestSupport
import Testing

@testable import Engine

@Suite struct InstrumentManifestTests {
    /// A folder layout to hash both ways, named for the test report.
    struct Layout: CustomTestStringConvertible, Sendable {
        let name: String
        let files: [(name: String, contents: String)]
        var folders: [String] = []
        var testDescription: String { name }
    }

    static let emptyDigest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    static let abcDigest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    static let xDigest = "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"

    /// The layout the brief names: byte order B < b < ä, and a file that is not hashed.
    static let mixedCase = Layout(
        name: "case and non-ASCII names",
        files: [("b.kompass", "abc"), ("B.kompass", ""), ("ä.kompass", "område\n"), ("notes.txt", "not hashed")])

    /// Files the glob `*.kompass` does not match, or that are folders.
    static let hiddenAndFolders = Layout(
        name: "hidden files and folders skipped",
        files: [
            (".hidden.kompass", "h"), ("x.kompass", "x"), ("sub.kompass/inner.kompass", "nested"), ("kompass", "k"),
        ],
        folders: ["sub.kompass"])

    /// Every layout the shell pipeline must agree on.
    static let layouts: [Layout] = [
        mixedCase,
        Layout(
            name: "composed and decomposed é",
            files: [
                ("e\u{301}.kompass", "nfd"), ("f.kompass", "f"), ("\u{e9}.kompass", "nfc"), ("Z z.kompass", "space"),
            ]),
        Layout(
            name: "names sha256sum escapes",
            files: [
                ("a\\b.kompass", "backslash"), ("n\nl.kompass", "newline"), ("c\rr.kompass", "return"),
                ("a.kompass", ""),
            ]),
        hiddenAndFolders,
    ]

    @Test func textHasOneSha256sumLinePerFileInByteOrder() {
        let files: [(name: String, bytes: [UInt8])] = [
            ("b.kompass", Array("abc".utf8)), ("ä.kompass", Array("x".utf8)), ("B.kompass", []),
        ]
        let expected = "\(Self.emptyDigest)  B.kompass\n\(Self.abcDigest)  b.kompass\n\(Self.xDigest)  ä.kompass\n"
        #expect(InstrumentManifest.text(files: files) == expected)
        #expect(InstrumentManifest.sha256(files: files) == SHA256.hexDigest(Array(expected.utf8)))
    }

    @Test func ordersByUTF8BytesNotStringComparison() {
        let decomposed = "e\u{301}.kompass"  // 65 cc 81: before "f" in bytes
        let composed = "\u{e9}.kompass"  // c3 a9: after "f" in bytes
        let files: [(name: String, bytes: [UInt8])] = [("f.kompass", []), (composed, []), (decomposed, [])]
        let names = InstrumentManifest.text(files: files).split(separator: "\n").map { Array($0.utf8.dropFirst(66)) }
        #expect(names == [Array(decomposed.utf8), Array("f.kompass".utf8), Array(composed.utf8)])
        // String `<` compares canonically equivalent forms as equal, both after "f".
        #expect(files.map(\.name).sorted().first == "f.kompass")
    }

    @Test func escapesNamesLikeSha256sum() {
        let files: [(name: String, bytes: [UInt8])] = [("a\\b\nc\rd.kompass", Array("x".utf8))]
        #expect(InstrumentManifest.text(files: files) == "\\\(Self.xDigest)  a\\\\b\\nc\\rd.kompass\n")
    }

    @Test func emptyManifestHashesEmptyText() {
        #expect(InstrumentManifest.text(files: []) == "")
        #expect(InstrumentManifest.sha256(files: []) == Self.emptyDigest)
    }

    @Test(arguments: layouts)
    func loadMatchesShellPipeline(_ layout: Layout) throws {
        let directory = try Self.makeFolder(layout)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let loaded = try InstrumentManifest.load(directory: directory)
        let shell = try ProcessRunner.run(
            "/bin/sh", ["-c", "cd \"$1\" && sha256sum *.kompass | LC_ALL=C sort -k2 | sha256sum", "sh", directory]
        ).out
        let expected = String(shell.split(separator: " ").first ?? "")
        #expect(expected.count == 64)
        #expect(loaded.sha256 == expected)
        #expect(loaded.sha256 == InstrumentManifest.sha256(files: loaded.files))
    }

    @Test func loadReadsOnlyTopLevelVisibleKompassFiles() throws {
        let directory = try Self.makeFolder(Self.hiddenAndFolders)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let loaded = try InstrumentManifest.load(directory: directory)
        #expect(loaded.files.map(\.name) == ["x.kompass"])
        #expect(loaded.files.map(\.bytes) == [Array("x".utf8)])
        #expect(loaded.sha256 == SHA256.hexDigest(Array("\(Self.xDigest)  x.kompass\n".utf8)))
    }

    @Test func loadSortsFilesByNameBytes() throws {
        let directory = try Self.makeFolder(Self.mixedCase)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let loaded = try InstrumentManifest.load(directory: directory)
        #expect(
            loaded.files.map { Array($0.name.utf8) } == ["B.kompass", "b.kompass", "ä.kompass"].map { Array($0.utf8) })
    }

    @Test func loadFailsForMissingFolder() {
        let missing = "/nonexistent-kompass-\(UUID().uuidString)"
        #expect(throws: InstrumentManifest.LoadError.directoryUnreadable(path: missing)) {
            try InstrumentManifest.load(directory: missing)
        }
        #expect(
            InstrumentManifest.LoadError.directoryUnreadable(path: "rules").description
                == "cannot read instrument folder 'rules'")
    }

    @Test func loadFailsWithoutKompassFiles() throws {
        let directory = try Self.makeFolder(Layout(name: "no rules", files: [("notes.txt", ""), (".a.kompass", "")]))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: InstrumentManifest.LoadError.noInstrumentFiles(path: directory)) {
            try InstrumentManifest.load(directory: directory)
        }
    }

    /// Creates a fresh temporary folder holding `layout` and returns its path.
    private static func makeFolder(_ layout: Layout) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kompass-manifest-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for folder in layout.folders {
            try FileManager.default.createDirectory(
                at: directory.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for (name, contents) in layout.files {
            try Data(contents.utf8).write(to: directory.appendingPathComponent(name))
        }
        return directory.path
    }
}
