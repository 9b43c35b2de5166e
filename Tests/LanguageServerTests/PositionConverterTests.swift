import Engine
import LanguageServer
import Testing

/// The engine counts columns in characters (grapheme clusters), the protocol in UTF-16
/// code units: å, ä, ö are one of each; 😀 is one character and two code units; a family
/// emoji (👩‍👩‍👧: three emoji joined by two zero-width joiners) one character and eight units.
@Suite struct PositionConverterTests {
    // Columns:   1234 5678 9...
    static let text = "fact å.ä: flag \"ö 😀 x\"\n\"👩‍👩‍👧 å\" e\u{301}z\nlast"
    let converter = PositionConverter(SourceText(path: "t.kompass", text: text))

    @Test(arguments: [
        (1, 1, 0, 0),
        (1, 6, 0, 5),  // å
        (1, 19, 0, 18),  // 😀 starts at 18 units
        (1, 20, 0, 20),  // the space after it: 18 + 2
        (1, 21, 0, 21),  // x
        (2, 2, 1, 1),  // the family emoji
        (2, 3, 1, 9),  // after it: 1 + 8
        (2, 4, 1, 10),  // å
        (2, 8, 1, 15),  // z after é written as e + combining acute (one character, two units)
        (3, 5, 2, 4),  // the end of the last line
    ])
    func convertsBothWays(_ line: Int, _ column: Int, _ lspLine: Int, _ character: Int) {
        let location = Engine.SourceLocation(line: line, column: column)
        #expect(converter.position(location) == Position(line: lspLine, character: character))
        #expect(converter.location(Position(line: lspLine, character: character)) == location)
    }

    @Test func aPositionInsideASurrogatePairOrClusterIsThatCharacters() {
        #expect(converter.location(Position(line: 0, character: 19)) == Engine.SourceLocation(line: 1, column: 19))
        #expect(converter.location(Position(line: 1, character: 5)) == Engine.SourceLocation(line: 2, column: 2))
        #expect(converter.location(Position(line: 1, character: 13)) == Engine.SourceLocation(line: 2, column: 7))
    }

    @Test func aPositionPastTheLineIsItsEnd() {
        #expect(converter.location(Position(line: 0, character: 99)) == Engine.SourceLocation(line: 1, column: 23))
    }

    @Test func aSpanBecomesARangeOfCodeUnits() {
        // The string "ö 😀 x" with its quotes: columns 16 to 22, 7 characters, 8 units.
        let range = converter.range(SourceSpan(path: "t.kompass", start: Engine.SourceLocation(line: 1, column: 16), length: 7))
        #expect(range == TextRange(start: Position(line: 0, character: 15), end: Position(line: 0, character: 23)))
    }

    @Test func theEndOfTheText() {
        #expect(converter.end == Position(line: 2, character: 4))
    }
}
