import Foundation
import TestSupport
import Testing

@testable import Engine

/// The lexer records compact tokens (``CompactToken``: kind, text index, line, column,
/// length) and the parser reads them. These tests hold that form to the `Token`s of the
/// reference lexer (ReferenceLexer.swift), and the parser over it to the parser over those
/// `Token`s (the form the findings-table reader and `--set` hand it): the same syntax tree,
/// spans included, and the same diagnostics, on every file of the package and on text
/// chosen for its awkward corners.
@Suite struct CompactTokenTests {
    /// Everything a parse says, as text: the tree (every field, by `dump`) and the diagnostics.
    static func described(_ file: SourceFileSyntax, _ diagnostics: DiagnosticBag) -> String {
        var tree = ""
        dump(file, to: &tree)
        return tree + diagnostics.all.map { "\($0.id) \($0.span.map { "\($0.path):\($0.start):\($0.length)" } ?? "-") \($0.message) \($0.help ?? "")" }
            .joined(separator: "\n")
    }

    /// `Parser.parse`, but over the reference lexer's `Token`s through the public initialiser.
    static func parsedFromReferenceTokens(_ source: SourceText, kindWords: [String: [String]]) -> String {
        var bag = DiagnosticBag()
        for diagnostic in source.diagnostics { bag.report(diagnostic) }
        let (tokens, lexed) = ReferenceLexer.tokenize(source)
        bag.append(contentsOf: lexed)
        var parser = Parser(tokens: tokens, path: source.path, kindWords: kindWords)
        let file = parser.parseFile()
        bag.append(contentsOf: parser.diagnostics)
        return described(file, bag)
    }

    /// The clause words of the built-in kinds as the registry gives them (Engine cannot see
    /// Rules): enough for the kind clauses of the package's files to parse.
    static let kindWords: [String: [String]] = [
        "when": ["award"], "ladder": [], "threshold": [], "each": ["from", "award", "cap"], "judgement": ["max"],
        "scale": ["from", "to", "award"],
    ]

    static func expectSame(_ bytes: [UInt8], _ name: String) {
        let source = SourceText(path: name, bytes: bytes)
        // The compact tokens, materialised, are the reference lexer's tokens.
        let (lexed, diagnostics) = Lexer.lex(source)
        let reference = ReferenceLexer.tokenize(source)
        #expect(lexed.allTokens == reference.tokens, "\(name)")
        #expect(diagnostics.all == reference.diagnostics.all, "\(name)")
        // Each compact token knows what its `Token` would answer.
        for (i, token) in lexed.tokens.enumerated() where i < reference.tokens.count {
            #expect(token.isNumeric == reference.tokens[i].isNumeric, "\(name) token \(i)")
            #expect(lexed.text(i) == reference.tokens[i].text)
        }
        #expect(lexed.tokens.last?.kind == .end)
        // The parser over compact tokens builds what it builds over `Token`s.
        let (file, bag) = Parser.parse(source, kindWords: kindWords)
        #expect(described(file, bag) == parsedFromReferenceTokens(source, kindWords: kindWords), "\(name)")
    }

    /// Every `.kompass` file of the package: the shipped instrument, the examples, the fixtures.
    @Test func everyFileOfThePackageParsesAsFromTokens() throws {
        let files = try PackageSourceFiles.all()
        for file in files { Self.expectSame(file.bytes, file.name) }
        #expect(Set(files.map(\.name)).count > 40)
    }

    /// Text chosen for its corners: decimal commas, negative and malformed numbers, strings
    /// with escapes (good, unknown, unterminated), comments, CRLF, combining marks after
    /// ASCII letters, keywords as names, and declarations cut short.
    @Test(arguments: [
        "fact a.b: number\nrule 1.1.a \"T\" when a.b >= 0,5 award -0,5\nrule 1.1.b when a.b > -1.2.3 award 1",
        "rule x \"a\\\"b\\\\c\\nd\\te\" why \"\\q\" when a award 1\nrule y \"open\nrule z when b award 2",
        "# comment å\r\nfact f: flag # trailing\r\nrule r when f and not (f or f) award 1\r\n",
        "fact and\u{0301}: flag\nrule 1 when and\u{0301} award 1\nfact förmåga.x: set {a, \"b c\", 3}",
        "fact fact: flag\nrule award award 1\nrule\nladder L: a < b < \"c d\" < none\nlabels L en { a: \"A\", none: \"N\" }",
        "evidence \"Ale\" year 2020 instrument \"K\" version \"1\" evaluator \"E\"\nfinding a.b = {x, \"y z\", 3}\n  source web \"w\" section \"s\" note \"n\" confidence 0.5 by \"E\"\njudge 1.1.a = 2 because \"r\" by \"E\"\noverride 1.1 = 3",
        "plan \"P\" for \"Ale\"\naction a1 \"title\" cost 2,5\n  set a.b = yes\n  add c.d {x, y}\n  add e = {z}\naction a2 cost 1 set f = 1e3",
        "test \"t\" given a = 1 judge 1.1.a = 2 expect 1.1 = 3 within 0.5 expect total = 10000000000000\nreference \"r\" { 1: 63, 2: 7.1234567 }",
        "area 1 \"A\" max 10 alias \"x\" en \"E\"\nsubarea 1.1 \"S\" max 5 weighted\nrule 1.1.a when count(s) >= 2 and s contains any {a, b} or s contains all {c} award 1",
        "rule r threshold n { >= 1: 2, < 3: 4, == 5: 6 }\nrule q each s from {a, b} award 1 cap 2\nrule p when {} award 1",
        "rule s scale n from 1 to 5 award 10 why \"w\" weight 2\nrule j judgement max 3\nrule u unknown x y\nrule v ladder l { a: 1 }",
        "rule r when a award 1 ;\nfoo bar\nrul r2 when b award 2\n\u{FEFF}",
        "", "-", "-1", "-1,5", "\"", "rule", "fact", "evidence", "{", "0,5", "1.2,5", "a,5",
    ])
    func awkwardTextParsesAsFromTokens(_ text: String) {
        Self.expectSame(Array(text.utf8), "t.kompass")
    }

    /// Bytes that are not UTF-8, a BOM, a lone lead byte, a lone CR.
    @Test func bytesThatAreNotUTF8ParseAsFromTokens() {
        Self.expectSame([0xEF, 0xBB, 0xBF] + Array("fact å: flag".utf8), "bom")
        Self.expectSame(Array("rule \"".utf8) + [0xFF, 0xE5, 0x22, 0x20, 0xC3], "bad")
        Self.expectSame([0xC3] + Array("\u{0301}a".utf8), "lead")
        Self.expectSame(Array("fact a: flag\r".utf8), "cr")
    }

    /// Punctuation and the end of the file carry no text of their own: they index the
    /// fixed texts, which read as the punctuation is written.
    @Test func punctuationIndexesTheFixedTexts() {
        let text = "{ } ( ) , : < <= > >= = == !="
        let (lexed, diagnostics) = Lexer.lex(SourceText(path: "p", text: text))
        #expect(diagnostics.all.isEmpty)
        #expect(lexed.tokens.map(\.text) == Array(1...13).map(Int32.init) + [0])
        #expect(lexed.allTokens.map(\.text) == text.split(separator: " ").map(String.init) + [""])
        #expect(lexed.tokens.map(\.column) == [1, 3, 5, 7, 9, 11, 13, 15, 18, 20, 23, 25, 28, 30])
    }

    /// Equal words share one entry of the texts, and so do equal strings without escapes;
    /// a string never shares with the word of the same letters, and a string with escapes
    /// has a text of its own.
    @Test func equalWordsAndPlainStringsShareTexts() {
        let (lexed, _) = Lexer.lex(SourceText(path: "w", text: "a.b \"s\" a.b \"s\" c \"a.b\" \"x\\ny\" \"x\\ny\" \"s\""))
        let indices = lexed.tokens.map(\.text)
        #expect(indices[0] == indices[2])
        #expect(indices[1] == indices[3])
        #expect(indices[1] == indices[8])
        #expect(indices[5] != indices[0])
        #expect(indices[6] != indices[7])
        #expect(lexed.text(5) == "a.b")
        #expect(lexed.text(6) == "x\ny" && lexed.text(7) == "x\ny")
        // a.b, "s", c, "a.b" and the two escaped strings.
        #expect(lexed.texts.count == CompactToken.fixedTexts.count + 6)
    }

    /// The keywords that start a declaration, by `switch`, are the listed ones.
    @Test func declarationStartsBySwitchAreTheListedOnes() {
        for keyword in Keyword.allCases {
            #expect(keyword.startsDeclaration == Keyword.declarationStarts.contains(keyword), "\(keyword)")
        }
        #expect(Keyword.allCases.filter(\.startsDeclaration).count == 15)
    }

    /// The places of lines are found on first use, once for a source and its copies, and
    /// are the places found by splitting the text at every line break.
    @Test func linesAreFoundOnFirstUse() {
        let text = "a\r\nb\rc\u{0085}d\u{2028}e\u{2029}f\u{000B}g\u{000C}h\n\ni"
        let source = SourceText(path: "l", text: text)
        let copy = source
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        #expect(copy.lineCount == expected.count)
        #expect(source.lines == expected)
        #expect(source.line(10) == "i")
        #expect(source.line(11) == nil)
        #expect(SourceText(path: "e", text: "").lines == [""])
        // A file without a BOM keeps its bytes as given; with one, the bytes after it.
        #expect(SourceText(path: "b", bytes: [0xEF, 0xBB, 0xBF, 0x61]).utf8 == [0x61])
        #expect(SourceText(path: "b", bytes: [0x61, 0x0A]).utf8 == [0x61, 0x0A])
    }
}
