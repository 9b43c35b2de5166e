import Foundation
import TestSupport
import Testing

@testable import Engine

/// The byte lexer gives exactly the tokens (kind, text, span) and diagnostics of the
/// reference lexer over `[Character]` (ReferenceLexer.swift, the lexer as it was), on every
/// file of the package and on generated text that mixes ASCII with what makes characters
/// longer than a byte: Swedish letters, combining marks, emoji, CRLF and other line breaks.
@Suite struct LexerEquivalenceTests {
    struct Lexed: Equatable, CustomStringConvertible {
        var tokens: [Token]
        var diagnostics: [Diagnostic]

        var description: String {
            tokens.map { "\($0.kind) \($0.text.debugDescription) \($0.span.start):\($0.span.length)" }.joined(separator: "\n")
                + "\n" + diagnostics.map { "\($0.span.map { "\($0.start):\($0.length)" } ?? "-") \($0.message)" }
                .joined(separator: "\n")
        }
    }

    static func lexed(_ source: SourceText) -> (fast: Lexed, reference: Lexed) {
        let fast = Lexer.tokenize(source)
        let reference = ReferenceLexer.tokenize(source)
        return (Lexed(tokens: fast.tokens, diagnostics: fast.diagnostics.all),
                Lexed(tokens: reference.tokens, diagnostics: reference.diagnostics.all))
    }

    /// The lines as the source split them before: at every `Character` that is a line break.
    static func referenceLines(_ source: SourceText) -> [String] {
        source.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    static func expectSame(_ bytes: [UInt8], _ name: String) {
        let source = SourceText(path: name, bytes: bytes)
        let (fast, reference) = lexed(source)
        #expect(fast == reference, "\(name)")
        #expect(source.lines == referenceLines(source), "\(name)")
    }

    /// Every `.kompass` file of the package: the shipped instrument, the examples, the fixtures.
    @Test func everyFileOfThePackageLexesAsBefore() throws {
        let files = try PackageSourceFiles.all()
        for file in files { Self.expectSame(file.bytes, file.name) }
        #expect(Set(files.map(\.name)).count > 40)
    }

    /// Hand-picked cases where a byte is not a character: each next to every kind of token.
    @Test(arguments: [
        "fact förmåga: flag \"Åäö\" # å\nrule 1.1.a when förmåga award 1",
        "a\u{0301}b c\u{0308}.d 1\u{0301} 2.3\u{0301} x.\u{0301}y",
        "\"a\u{0301}\" \"\u{0301}\" \"\\\u{0301}\" \"\\n\u{0301}\" \"\"\u{0301} #\u{0301} x",
        "-\u{0301}1 -1\u{0301} 0,5 0,5\u{0301} 0,\u{0301}5 1,2,3 -0,5 a,5 1.2,5",
        "<\u{0301}= <=\u{0301} ==\u{0301} !\u{0301}= != ! {\u{0301} ;\u{0301} ;",
        "x\r\ny\rz\u{0085}w\u{2028}v\u{2029}u\u{000B}t\u{000C}s \"a\r\nb\" # c\r\n#\u{2028}d",
        "\u{00A0}a\u{3000}b\u{2003}c\u{FEFF}d\t\te \u{0000} f",
        "👩‍👩‍👧 Ålö 🇸🇪🇸 \"👩‍👧\" \u{1F3FB}a a\u{1F3FB} a\u{200D}b",
        "क्क \u{0915}\u{094D}\u{0915}x \u{0D4E}a \u{0D4E}. \u{0600}1 \u{1100}\u{1161}\u{11A8}",
        "١٢ \u{0663}.5 x٣ \u{02B0}a \u{00D7} \u{00F7} ß_é",
        "\"unterminated \\q \\", "\"a\\\"b\\\\c\\nd\\te\\", "\"é\\é\" \"\\\u{0085}\"", "\"x\\\r\ny\"",
        "evidence \"Ale\" year 2020 instrument \"K\" version \"1\"\nfinding a.b = {x, \"y z\", 3}\n  source web \"w\"",
        "", " ", "\n", "#", "\"", "\\", "-", "-1", "-1.5", "-1.", "-1..2", "-a", "1.", "1..2", "a..b", ".a", "a.",
    ])
    func awkwardCharactersLexAsBefore(_ text: String) {
        Self.expectSame(Array(text.utf8), "t.kompass")
    }

    /// Invalid UTF-8, a BOM and a lone lead byte: decoded with U+FFFD, then lexed as before.
    @Test func bytesThatAreNotUTF8LexAsBefore() {
        Self.expectSame([0xEF, 0xBB, 0xBF] + Array("fact å: flag".utf8), "bom")
        Self.expectSame(Array("rule \"".utf8) + [0xFF, 0xE5, 0x22, 0x20, 0xC3], "bad")
        Self.expectSame([0xC3] + Array("\u{0301}a".utf8), "lead")
        Self.expectSame(Array("a\r".utf8), "cr")
    }

    /// Seeded random text from fragments chosen to meet at every kind of boundary.
    @Test func generatedTextLexesAsBefore() {
        let fragments = [
            "fact", "rule", "award", "none", " ", "\t", "\n", "\r\n", "\r", "a", "Z", "_", "1", "0", "42", ".", ",", "-",
            "\"", "\\", "n", "t", "#", "{", "}", "(", ")", ":", ";", "<", "=", "!", ">", "§", "å", "ä", "ö", "Å", "é",
            "\u{00A0}", "\u{0085}", "\u{00D7}", "\u{02B0}", "\u{0301}", "\u{030A}", "\u{2028}", "\u{200D}", "👩",
            "🇸🇪", "\u{0915}", "\u{094D}", "\u{0D4E}", "\u{0600}", "\u{1100}", "\u{1161}", "\u{1F3FB}", "\u{0903}",
            "\u{3000}", "١", "\u{0000}", "\u{000B}",
        ]
        var random = SplitMix64(seed: 13)
        for round in 0..<3000 {
            var text = ""
            for _ in 0..<(1 + Int(random.next() % 40)) {
                text += fragments[Int(random.next() % UInt64(fragments.count))]
            }
            Self.expectSame(Array(text.utf8), "generated-\(round)")
        }
    }

    /// Columns count characters: on a line with å, ä, ö, a decomposed å and an emoji, each
    /// token's column, counted here by hand.
    @Test func columnsCountCharactersNotBytes() {
        let source = SourceText(path: "c.kompass", text: "fact förmåga: \"Åa\u{030A}👩‍👧\" x\n  öx 1.5")
        let tokens = Lexer.tokenize(source).tokens
        #expect(tokens.map(\.text) == ["fact", "förmåga", ":", "Åa\u{030A}👩‍👧", "x", "öx", "1.5", ""])
        #expect(tokens.map(\.span.start) == [
            SourceLocation(line: 1, column: 1), SourceLocation(line: 1, column: 6), SourceLocation(line: 1, column: 13),
            SourceLocation(line: 1, column: 15), SourceLocation(line: 1, column: 21), SourceLocation(line: 2, column: 3),
            SourceLocation(line: 2, column: 6), SourceLocation(line: 2, column: 9),
        ])
        // `förmåga` is 7 characters (9 bytes); the string is 2 quotes and 3 characters.
        #expect(tokens.map(\.span.length) == [4, 7, 1, 5, 1, 2, 3, 1])
    }

    /// Equal words share one text: the lexer makes one `String` per distinct word.
    @Test func equalWordsShareTheirText() {
        let tokens = Lexer.tokenize(SourceText(path: "w", text: "medborgarpanel.storlek x medborgarpanel.storlek")).tokens
        #expect(tokens[0].text == tokens[2].text)
        #expect(tokens[0].text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
            == tokens[2].text.utf8.withContiguousStorageIfAvailable { $0.baseAddress })
    }
}

/// A small seeded generator (SplitMix64), so the generated cases are the same on every run.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
