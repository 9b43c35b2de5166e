import Engine
import Foundation
import TestSupport
import Testing

/// Reading the files a command is given: the bytes, or an error naming the file.
@Suite struct InputFileTests {
    @Test func readsAFile() throws {
        let scratch = try ScratchDirectory()
        let input = try scratch.file("in.kompass", "åäö\n")
        #expect(try InputFile.contents(of: input) == Array("åäö\n".utf8))
        #expect(try InputFile.contents(of: try scratch.file("empty", "")) == [])
    }

    @Test func readingAMissingFileSuggestsANearbyName() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.file("evidence.kompass", "")
        let missing = scratch.path + "/evidnce.kompass"
        let error = #expect(throws: InputFileError.self) { try InputFile.contents(of: missing) }
        #expect(error?.message == "no such file '\(missing)'")
        #expect(error?.help == "did you mean '\(scratch.path)/evidence.kompass'?")
    }

    @Test func readingADirectoryOrAMissingPathFails() throws {
        let scratch = try ScratchDirectory()
        #expect(throws: InputFileError(path: scratch.path, reason: .isDirectory(hint: nil))) {
            try InputFile.contents(of: scratch.path)
        }
        let nowhere = scratch.path + "/no/such/file"
        #expect(throws: InputFileError(path: nowhere, reason: .notFound(suggestion: nil))) {
            try InputFile.contents(of: nowhere)
        }
    }
}
