import Testing

@testable import Engine

/// ``Swift/String/sourceBytes(_:_:_:)`` makes the text `String(decoding:as:)` makes, for
/// short and long ASCII, for Latin letters, for emoji and for ill-formed bytes (repaired
/// the same way), over any range of the bytes.
@Suite struct SourceBytesStringTests {
    static let samples: [[UInt8]] = [
        [], Array("a".utf8), Array("award".utf8), Array("dialog.former".utf8), Array("fifteen.bytes.x".utf8),
        Array("sixteen.bytes.xy".utf8), Array("Delområde 2.1 (syntetiskt)".utf8), Array("å".utf8),
        Array("a\u{30A}".utf8), Array("\u{1F600} smile".utf8), [0xFF], [0x61, 0xC3], [0x61, 0xE2, 0x82, 0x62],
        [0xC3, 0xA5, 0x80, 0x7A], Array(repeating: 0x78, count: 300),
    ]

    @Test(arguments: samples)
    func sameTextAsStringDecoding(bytes: [UInt8]) {
        let padded = [0x22, 0x20] + bytes + [0x22]
        for start in 0...2 {
            for end in (start + 0)...padded.count where end >= start {
                let made = String.sourceBytes(padded, start, end)
                let expected = String(decoding: padded[start..<end], as: UTF8.self)
                #expect(made == expected)
                #expect(Array(made.utf8) == Array(expected.utf8))
            }
        }
    }
}
