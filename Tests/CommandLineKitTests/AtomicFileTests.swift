import CommandLineKit
import Foundation
import TestSupport
import Testing

@Suite struct AtomicFileTests {
    typealias Scratch = ScratchDirectory

    @Test func writesANewFile() throws {
        let scratch = try Scratch()
        try AtomicFile.write(Array("hej\n".utf8), to: scratch.path + "/out.txt", refusingInputs: [])
        #expect(try scratch.text("out.txt") == "hej\n")
        #expect(try scratch.entries() == ["out.txt"])
    }

    @Test func replacesAnExistingFileKeepingItsPermissions() throws {
        let scratch = try Scratch()
        let output = try scratch.file("out.txt", "old contents that are longer\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: output)
        let input = try scratch.file("in.kompass", "input\n")
        try AtomicFile.write(Array("new\n".utf8), to: output, refusingInputs: [input])
        #expect(try scratch.text("out.txt") == "new\n")
        #expect(try scratch.entries() == ["in.kompass", "out.txt"])
        let permissions = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
    }

    @Test func replacementIsANewFileNotAnOverwrite() throws {
        // Rename swaps in a new inode: a reader holding the old file keeps seeing it whole.
        let scratch = try Scratch()
        let output = try scratch.file("out.txt", "old\n")
        let reader = try FileHandle(forReadingFrom: URL(fileURLWithPath: output))
        defer { try? reader.close() }
        try AtomicFile.write(Array("new\n".utf8), to: output, refusingInputs: [])
        #expect(String(decoding: reader.readDataToEndOfFile(), as: UTF8.self) == "old\n")
        #expect(try scratch.text("out.txt") == "new\n")
    }

    @Test func refusesTheSameSpelling() throws {
        let scratch = try Scratch()
        let input = try scratch.file("in.kompass", "input\n")
        let error = #expect(throws: OutputFileError.self) {
            try AtomicFile.write(Array("x".utf8), to: input, refusingInputs: [input])
        }
        #expect(error == OutputFileError(path: input, reason: .namesInput(input)))
        #expect(error?.message == "refusing to write '\(input)': it is an input")
        #expect(try scratch.text("in.kompass") == "input\n")
    }

    @Test func refusesADifferentSpellingOfTheSamePath() throws {
        let scratch = try Scratch()
        let input = try scratch.file("in.kompass", "input\n")
        let dotted = scratch.path + "/./missing/../in.kompass"
        let relative = relativeSpelling(of: input)
        for output in [dotted, relative, scratch.path + "//in.kompass"] {
            #expect(throws: OutputFileError(path: output, reason: .namesInput(input))) {
                try AtomicFile.write(Array("x".utf8), to: output, refusingInputs: [input])
            }
        }
        #expect(try scratch.text("in.kompass") == "input\n")
        #expect(try scratch.entries() == ["in.kompass"])
    }

    @Test func refusesASymbolicLinkToAnInput() throws {
        let scratch = try Scratch()
        let input = try scratch.file("in.kompass", "input\n")
        let link = scratch.path + "/link.kompass"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "in.kompass")
        let directoryLink = scratch.path + "/folder"
        try FileManager.default.createSymbolicLink(atPath: directoryLink, withDestinationPath: scratch.path)
        for (output, inputs) in [(link, [input]), (input, [link]), (directoryLink + "/in.kompass", [input])] {
            #expect(throws: OutputFileError(path: output, reason: .namesInput(inputs[0]))) {
                try AtomicFile.write(Array("x".utf8), to: output, refusingInputs: inputs)
            }
        }
        #expect(try scratch.text("in.kompass") == "input\n")
    }

    @Test func refusesAHardLinkToAnInput() throws {
        let scratch = try Scratch()
        let input = try scratch.file("in.kompass", "input\n")
        let hardLink = scratch.path + "/hard.kompass"
        try FileManager.default.linkItem(atPath: input, toPath: hardLink)
        #expect(throws: OutputFileError(path: hardLink, reason: .namesInput(input))) {
            try AtomicFile.write(Array("x".utf8), to: hardLink, refusingInputs: ["other.kompass", input])
        }
    }

    @Test func missingDirectoryFailsWithoutLeavingAnything() throws {
        // The tests run as root, which may write anywhere; a missing directory stands in
        // for one that cannot be written.
        let scratch = try Scratch()
        let output = scratch.path + "/missing/out.txt"
        let error = #expect(throws: OutputFileError.self) {
            try AtomicFile.write(Array("x".utf8), to: output, refusingInputs: [])
        }
        #expect(error?.reason == .cannotCreate("no such file or directory"))
        #expect(error?.message == "cannot create '\(output)': no such file or directory")
        #expect(try scratch.entries() == [])
    }

    @Test func directoryInTheWayFailsAndRemovesTheTemporaryFile() throws {
        let scratch = try Scratch()
        let output = scratch.path + "/out"
        try FileManager.default.createDirectory(atPath: output + "/inside", withIntermediateDirectories: true)
        let error = #expect(throws: OutputFileError.self) {
            try AtomicFile.write(Array("x".utf8), to: output, refusingInputs: [])
        }
        #expect(error?.message.hasPrefix("cannot replace '\(output)': ") == true)
        #expect(try scratch.entries() == ["out"])
    }

    /// `../../tmp/…` from the working directory, without changing it (tests run in parallel).
    private func relativeSpelling(of absolute: String) -> String {
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        return String(repeating: "../", count: depth) + absolute.dropFirst()
    }
}
