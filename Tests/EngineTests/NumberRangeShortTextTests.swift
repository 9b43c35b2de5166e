import Testing

@testable import Engine

/// `NumberText.isInRange` answers at once for text of at most seven bytes; this holds that
/// shortcut to the character-level reference on every such text over an alphabet of the
/// characters that matter (digits, zero, point, minus, a letter, a non-ASCII letter).
@Suite struct NumberRangeShortTextTests {
    @Test func shortTextsAgreeWithTheCharacterReference() {
        let alphabet: [String] = ["0", "1", "9", ".", "-", "a", "å"]
        var texts: [String] = [""]
        var frontier: [String] = [""]
        for _ in 0..<5 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + $0 } }
            texts += frontier
        }
        var checked = 0
        for text in texts where text.utf8.count <= 7 {
            #expect(NumberText.isInRange(text) == NumberText.isInRangeByCharacters(text), "\(text)")
            checked += 1
        }
        // Texts of eight bytes and more still take the full path.
        #expect(!NumberText.isInRange("1.1234567"))
        #expect(!NumberText.isInRange("12345678901234"))
        #expect(checked > 10_000)
    }
}
