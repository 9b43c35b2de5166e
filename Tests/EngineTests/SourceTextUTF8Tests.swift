import Testing

@testable import Engine

/// `SourceText` checks UTF-8 with its own validator (ASCII eight bytes at a time) and makes
/// its `text` on first use. These tests hold the validator to the standard library's
/// (`String(validating:)`) and the text to the bytes.
@Suite struct SourceTextUTF8Tests {
    private static func ours(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(SourceText.isWellFormedUTF8)
    }

    private static func library(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    @Test func boundarySequencesAgreeWithTheStandardLibrary() {
        let sequences: [[UInt8]] = [
            [], [0x41], [0x7F], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xC3],
            [0xC3, 0x41], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xE1, 0x80, 0x80], [0xEC, 0xBF, 0xBF],
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xE2, 0x80],
            [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8], [0xFF], [0xF0, 0x90, 0x80], [0xE2, 0x41, 0x80],
        ]
        // Each sequence alone, and after and before ASCII runs that cross an eight-byte boundary.
        var accepted = 0
        for sequence in sequences {
            for prefix in [0, 3, 7, 8, 9, 16] {
                for suffix in [0, 1, 8] {
                    let bytes = Array(repeating: UInt8(0x61), count: prefix) + sequence + Array(repeating: 0x62, count: suffix)
                    #expect(Self.ours(bytes) == Self.library(bytes), "\(bytes)")
                    if Self.ours(bytes) { accepted += 1 }
                }
            }
        }
        // 14 of the 30 sequences are well-formed, in 18 placings each.
        #expect(accepted == 14 * 18)
    }

    @Test func randomBytesAgreeWithTheStandardLibrary() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var valid = 0
        var invalid = 0
        for _ in 0..<4000 {
            let count = Int(next() % 24)
            // Mostly ASCII and the lead and continuation bytes of short sequences.
            let bytes = (0..<count).map { _ -> UInt8 in
                let r = next()
                return r % 3 == 0 ? UInt8(truncatingIfNeeded: 0x80 | (r >> 3) % 0x80) : UInt8(truncatingIfNeeded: (r >> 3) % 0x80)
            }
            let expected = Self.library(bytes)
            #expect(Self.ours(bytes) == expected, "\(bytes)")
            if expected { valid += 1 } else { invalid += 1 }
        }
        // Both answers occur, so both paths were compared.
        #expect(valid > 100)
        #expect(invalid > 100)
    }

    @Test func textIsTheBytesDecodedAndInvalidBytesAreStillReported() {
        let swedish = "område \"åäö\" # kommentar\r\nregel x: ja\n"
        let source = SourceText(path: "a.kompass", bytes: [0xEF, 0xBB, 0xBF] + Array(swedish.utf8))
        #expect(source.text == swedish)
        #expect(source.diagnostics.isEmpty)
        #expect(source.utf8 == Array(swedish.utf8))
        let bad = SourceText(path: "b.kompass", bytes: Array("ab\nc".utf8) + [0xE5, 0x41])
        #expect(bad.text == "ab\nc\u{FFFD}A")
        #expect(bad.isNotUTF8)
        #expect(bad.diagnostics.map { "\($0.span?.start.line ?? 0):\($0.span?.start.column ?? 0)" } == ["2:2"])
    }
}
