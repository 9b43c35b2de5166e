import TestSupport
import Testing

@testable import Engine

/// The lexer's byte loop (`Lexer+Bytes.swift`) against the lexer's character path
/// (``Lexer/lexByCharacters(_:)``, every token through ``Lexer/nextCompact()``): the same
/// compact tokens, the same texts in the same order, the same diagnostics; and the pieces the
/// loop is made of (``TokenBuffer``).
@Suite struct LexerByteLoopTests {
    /// A compact token as a line: every field.
    static func describe(_ token: CompactToken) -> String {
        "\(token.kind) \(token.isNumeric) \(token.length) \(token.text) \(token.line):\(token.column)"
    }

    static func expectSame(_ text: String, _ name: String) {
        let source = SourceText(path: name, text: text)
        let bytes = Lexer.lex(source)
        let characters = Lexer.lexByCharacters(source)
        #expect(bytes.file.tokens.map(describe) == characters.file.tokens.map(describe), "\(text.debugDescription)")
        #expect(bytes.file.texts == characters.file.texts, "\(text.debugDescription)")
        #expect(
            bytes.diagnostics.all.map { "\($0.span.map { "\($0.start):\($0.length)" } ?? "-") \($0.message)" }
                == characters.diagnostics.all.map { "\($0.span.map { "\($0.start):\($0.length)" } ?? "-") \($0.message)" },
            "\(text.debugDescription)")
    }

    /// Every `.kompass` file of the package.
    @Test func everyFileOfThePackageLexesAsByCharacters() throws {
        for file in try PackageSourceFiles.all() {
            Self.expectSame(String(decoding: file.bytes, as: UTF8.self), file.name)
        }
    }

    /// Text shaped like the generated instruments: indentation, titles with å, dotted
    /// words, ladders, thresholds, comments, repeated and new words.
    @Test func instrumentShapedTextLexesAsByCharacters() {
        var text = "# Generated. Do not edit.\n\narea 5 \"Område 5 (syntetiskt)\" max 100\n"
        for rule in 0..<40 {
            text += "  rule 5.1.\(rule) \"Regel 5.1.\(rule)\"\n    when personal.uppfoljning >= exists award 8.\(rule)\n"
            text += "    ladder dialog.mal { exists: 1, followed_up: 3, evaluated: \(rule) }\r\n"
            text += "\tthreshold politik.garanti { >= 721: 4, <= 777: 8, == 1: 2, != 3: 0 } # å\n"
        }
        Self.expectSame(text, "shaped.kompass")
    }

    /// Seeded random text from fragments that meet at every kind of boundary: ASCII,
    /// Swedish letters, combining marks, CRLF, tabs, comments, escapes, bad characters,
    /// decimal commas, negative numbers, line breaks other than LF.
    @Test func generatedTextLexesAsByCharacters() {
        let fragments = [
            "fact", "rule", "award", "none", "for", " ", "  ", "\t", "\n", "\r\n", "\r", "a", "Z", "_", "1", "0", "42",
            ".", ",", "-", "\"", "\"x y\"", "\"Område\"", "\\", "n", "#", "# c\n", "{", "}", "(", ")", ":", ";", "<",
            "=", "!", ">", "§", "å", "ä", "ö", "Å", "é", "\u{00A0}", "\u{0085}", "\u{00D7}", "\u{02B0}", "\u{0301}",
            "\u{030A}", "\u{2028}", "\u{200D}", "👩", "\u{0915}", "\u{000B}", "\u{000C}", "\u{0000}", "–", "ß",
        ]
        var random = SplitMix64(seed: 24)
        for round in 0..<4000 {
            var text = ""
            for _ in 0..<(1 + Int(random.next() % 40)) {
                text += fragments[Int(random.next() % UInt64(fragments.count))]
            }
            Self.expectSame(text, "generated-\(round)")
        }
    }

    /// A buffer given room for one token grows and keeps every token in order.
    @Test func tokenBufferGrowsAndKeepsOrder() {
        var buffer = TokenBuffer(capacity: 1)
        for i in 0..<100 {
            buffer.append(CompactToken(kind: .word, isNumeric: i % 2 == 0, length: 1, text: Int32(i), line: Int32(i), column: 1))
        }
        let tokens = buffer.array()
        #expect(buffer.count == 100)
        #expect(tokens.map(\.text) == (0..<100).map(Int32.init))
        #expect(tokens.map(\.isNumeric) == (0..<100).map { $0 % 2 == 0 })
    }
}
