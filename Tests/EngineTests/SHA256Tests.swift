import Foundation
import TestSupport
import Testing

@testable import Engine

@Suite struct SHA256Tests {
    /// A message and its expected digest, named for the test report.
    struct Vector: CustomTestStringConvertible, Sendable {
        let name: String
        let message: [UInt8]
        let digest: String
        var testDescription: String { name }
    }

    /// The examples of FIPS 180-2 appendix B and the NIST CAVS short messages.
    static let nistVectors: [Vector] = [
        Vector(
            name: "empty", message: [],
            digest: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Vector(
            name: "abc", message: Array("abc".utf8),
            digest: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        Vector(
            name: "448 bits", message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
            digest: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        Vector(
            name: "896 bits",
            message: Array(
                ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                    + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8),
            digest: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        Vector(
            name: "one million a", message: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000),
            digest: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    /// The bytes 0, 1, 2, … n-1 for lengths around the 56- and 64-byte padding
    /// boundaries. Digests produced with Python 3 `hashlib.sha256(bytes(range(n))).hexdigest()`
    /// and checked against GNU coreutils 9.1 `sha256sum` on the same bytes.
    static let paddingBoundaries: [(length: Int, digest: String)] = [
        (55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"),
        (56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"),
        (63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"),
        (64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"),
        (65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"),
    ]

    @Test(arguments: nistVectors)
    func nistVector(_ vector: Vector) {
        #expect(SHA256.hexDigest(vector.message) == vector.digest)
    }

    @Test(arguments: paddingBoundaries)
    func paddingBoundary(length: Int, digest: String) {
        let message = (0..<length).map { UInt8($0) }
        #expect(SHA256.hexDigest(message) == digest)
    }

    @Test func millionAInUnevenChunks() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let chunkSizes = [1, 63, 64, 65, 127, 0, 1000, 7, 4096, 3]
        var hasher = SHA256()
        var offset = 0
        var turn = 0
        while offset < message.count {
            let end = min(message.count, offset + chunkSizes[turn % chunkSizes.count])
            hasher.update(message[offset..<end])
            offset = end
            turn += 1
        }
        #expect(SHA256.hex(hasher.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func everySplitPointMatchesOneShot() {
        let message = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let expected = SHA256.hash(message)
        for split in 0...message.count {
            var hasher = SHA256()
            hasher.update(Array(message[..<split]))
            hasher.update(Array(message[split...]))
            #expect(hasher.finalize() == expected, "split at \(split)")
        }
    }

    @Test func nonContiguousSequenceMatchesArray() {
        // A lazy map has no contiguous storage, so this takes the chunked copy path.
        let lazyBytes = (0..<10_000).lazy.map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var hasher = SHA256()
        hasher.update(lazyBytes)
        #expect(hasher.finalize() == SHA256.hash(Array(lazyBytes)))
    }

    @Test func rawBufferAndDataMatchArray() {
        let message = Array("The quick brown fox jumps over the lazy dog".utf8)
        let expected = "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
        var fromBuffer = SHA256()
        message.withUnsafeBytes { fromBuffer.update($0) }
        var fromData = SHA256()
        fromData.update(Data(message))
        #expect(SHA256.hex(fromBuffer.finalize()) == expected)
        #expect(SHA256.hex(fromData.finalize()) == expected)
    }

    @Test func finalizeResetsTheHasher() {
        var hasher = SHA256()
        hasher.update(Array("abc".utf8))
        #expect(hasher.finalize().count == 32)
        #expect(SHA256.hex(hasher.finalize()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func hexIsLowercaseTwoDigitsPerByte() {
        #expect(SHA256.hex([0x00, 0x0f, 0xa5, 0xff]) == "000fa5ff")
        #expect(SHA256.hex([]) == "")
    }

    @Test func agreesWithSha256sumOnFiles() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kompass-sha256-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files: [(name: String, bytes: [UInt8])] = [
            ("empty", []),
            ("hello.txt", Array("hello\n".utf8)),
            ("åäö bedömning.kompass", Array("område 1 — demokrati\n".utf8)),
            ("large.bin", (0..<100_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 256) }),
        ]
        for file in files {
            let url = directory.appendingPathComponent(file.name)
            try Data(file.bytes).write(to: url)
            let output = try ProcessRunner.run("/usr/bin/sha256sum", ["--", url.path]).out
            #expect(String(output.prefix(64)) == SHA256.hexDigest(file.bytes), "\(file.name)")
        }
    }
}
