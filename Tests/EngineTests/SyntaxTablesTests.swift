import Testing

@testable import Engine

/// The lexer's tables: keywords found from their bytes (``Keyword/ascii(_:_:_:)``), the
/// per-file ``WordTable`` with the hash the lexer computes while it scans, and the parser's
/// shortcut for evidence and plan files whose declarations all belong.
@Suite struct SyntaxTablesTests {
    /// ASCII words built from pieces of keywords: whole keywords, prefixes, extensions,
    /// other cases, digits and underscores.
    static func generatedWords() -> [String] {
        let spellings = Keyword.allCases.map(\.rawValue)
        let pieces = spellings + ["", "s", "_", "1", "x", "E", "AND", "Fact", "fo", "o", "r"]
        var random = SplitMix64(seed: 19)
        var words = spellings + spellings.map { String($0.dropLast()) } + spellings.map { $0 + "s" }
            + spellings.map { $0.capitalized } + spellings.map { $0.uppercased() }
        for _ in 0..<2000 {
            let count = 1 + Int(random.next() % 3)
            words.append((0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined())
        }
        return words.filter { !$0.isEmpty }
    }

    /// For every generated ASCII word, the keyword found from its bytes is the keyword its
    /// text names (or none), also when the word stands inside other bytes.
    @Test func keywordFromBytesIsKeywordFromText() {
        for word in Self.generatedWords() {
            let bytes = Array(("{" + word + " ").utf8)
            #expect(Keyword.ascii(bytes, 1, bytes.count - 1) == Keyword(rawValue: word), "\(word)")
        }
        #expect(Keyword.ascii(Array("for".utf8), 0, 3) == .for)
        #expect(Keyword.ascii(Array("confidence".utf8), 0, 10) == .confidence)
        #expect(Keyword.ascii(Array("fo".utf8), 0, 2) == nil)
        #expect(Keyword.ascii(Array("instruments".utf8), 0, 11) == nil)
        #expect(Keyword.ascii([], 0, 0) == nil)
    }

    /// Words next to keywords that are not ASCII: letters å, ä, ö and a combining mark make
    /// a word, never the keyword; the ASCII spelling is the keyword; a dotted word never is.
    @Test(arguments: [
        ("för", Token.Kind.word), ("for", .keyword(.for)), ("fäct", .word), ("fact", .keyword(.fact)),
        ("and\u{0301}", .word), ("and", .keyword(.and)), ("nöne", .word), ("none", .keyword(.none)),
        ("Fact", .word), ("fact.x", .word), ("x.fact", .word), ("åfact", .word), ("factå", .word),
    ])
    func wordsNearKeywordsLexAsWritten(_ text: String, _ kind: Token.Kind) {
        let tokens = Lexer.tokenize(SourceText(path: "k", text: text + " " + text)).tokens
        #expect(tokens.count == 3)
        #expect(tokens[0].kind == kind)
        #expect(tokens[1].kind == kind)
        #expect(tokens[0].text == text)
        #expect(tokens[1].span.start == SourceLocation(line: 1, column: text.count + 2))
    }

    /// The hash the lexer folds byte by byte is FNV-1a over the word's bytes.
    @Test func incrementalHashIsTheHashOfTheBytes() {
        let bytes = Array("medborgarpanel.storlek förmåga x".utf8)
        var hash = WordTable.emptyHash
        for byte in bytes[0..<22] { hash = WordTable.hash(hash, byte) }
        #expect(hash == WordTable.hash(bytes, 0, 22))
        // FNV-1a of "a" (a published test vector) and of no bytes.
        #expect(WordTable.hash(Array("a".utf8), 0, 1) == 0xaf63_dc4c_8601_ec8c)
        #expect(WordTable.hash([], 0, 0) == 0xcbf2_9ce4_8422_2325)
    }

    /// Each distinct word is made once, however often and wherever it occurs, through the
    /// table's growth; equal words give the text and kind of their first occurrence.
    @Test func eachDistinctWordIsMadeOnce() {
        var random = SplitMix64(seed: 7)
        let vocabulary = (0..<600).map { "w\($0 * 7919 % 1000)" + (random.next() % 2 == 0 ? ".å" : "") }
        var text: [UInt8] = []
        var ranges: [(start: Int, end: Int, word: String)] = []
        for _ in 0..<5000 {
            let word = vocabulary[Int(random.next() % UInt64(vocabulary.count))]
            let start = text.count
            text += Array(word.utf8)
            ranges.append((start, text.count, word))
            text.append(0x20)
        }
        var table = WordTable()
        var made: [String] = []
        for range in ranges {
            let found = table.word(text, range.start, range.end, hash: WordTable.hash(text, range.start, range.end)) {
                made.append(range.word)
                return (range.word, made.count % 2 == 0 ? .word : .keyword(.fact))
            }
            let (word, kind) = (table.texts[Int(found.text)], found.kind)
            #expect(word == range.word)
            let first = made.firstIndex(of: range.word) ?? -1
            #expect(first >= 0)
            #expect(kind == (first % 2 == 1 ? .word : .keyword(.fact)), "\(range.word)")
        }
        #expect(made.count == Set(ranges.map(\.word)).count)
        #expect(Set(made).count == made.count)
        #expect(table.count == made.count)
    }

    /// The byte tables the lexer scans with say what `Character` says of each ASCII byte:
    /// a word's digit (1) or letter or `_` (2), and a string's plain character (1); every
    /// byte from 0x80 on is neither.
    @Test func byteTablesAgreeWithCharacters() {
        #expect(CharacterClass.wordBytes.count == 256)
        #expect(CharacterClass.stringBytes.count == 256)
        for byte in 0..<256 {
            guard byte < 0x80 else {
                #expect(CharacterClass.wordBytes[byte] == 0, "\(byte)")
                #expect(CharacterClass.stringBytes[byte] == 0, "\(byte)")
                continue
            }
            let c = Character(Unicode.Scalar(UInt8(byte)))
            let word: UInt8 = c.isASCIIDigit ? 1 : c.isWordCharacter ? 2 : 0
            #expect(CharacterClass.wordBytes[byte] == word, "\(byte)")
            let plain = c != "\"" && c != "\\" && !c.isNewline
            #expect(CharacterClass.stringBytes[byte] == (plain ? 1 : 0), "\(byte)")
        }
    }

    /// Trivia ends at a printable ASCII byte other than `#` without asking what character
    /// it starts: the tokens are the reference lexer's also where a combining mark joins
    /// that byte, a `#` or a blank (a joined `#` starts no comment).
    @Test(arguments: [
        "x \u{301}a b", "x a\u{301} b", "x #\u{301} b", "x \"\u{301}\" b", "x {\u{301} b", "x\t\u{301}# c\nb",
        "x ~ b", "x \u{7F} b", "x # c\u{301}\n b", "x \r\n b", "x 1\u{301} b", "x -\u{301}1 b",
    ])
    func triviaBeforePrintableBytesLexesAsTheReference(_ text: String) {
        let source = SourceText(path: "t", text: text)
        let fast = Lexer.tokenize(source)
        let reference = ReferenceLexer.tokenize(source)
        #expect(fast.tokens.map(\.kind) == reference.tokens.map(\.kind), "\(text.debugDescription)")
        #expect(fast.tokens.map(\.text) == reference.tokens.map(\.text), "\(text.debugDescription)")
        #expect(fast.tokens.map(\.span) == reference.tokens.map(\.span), "\(text.debugDescription)")
        #expect(fast.diagnostics.all.map(\.message) == reference.diagnostics.all.map(\.message), "\(text.debugDescription)")
    }

    /// Words of every length up to 24 bytes are found again when equal, and are different
    /// words when one byte differs, wherever it is (the comparison reads eight or four bytes
    /// at a time, overlapping at the end).
    @Test func wordsDifferingInOneByteAreDifferentWords() {
        for length in 1...24 {
            let base = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            var text: [UInt8] = []
            var ranges: [(start: Int, end: Int)] = []
            // The word itself, then each one-byte change of it, each twice.
            for position in -1..<length {
                var word = base
                if position >= 0 { word[position] = UInt8(ascii: "_") }
                for _ in 0..<2 {
                    ranges.append((text.count, text.count + length))
                    text += word
                    text.append(0x20)
                }
            }
            var table = WordTable()
            var texts: [Int32] = []
            for range in ranges {
                let found = table.word(text, range.start, range.end, hash: WordTable.hash(text, range.start, range.end)) {
                    (String(decoding: text[range.start..<range.end], as: UTF8.self), .word)
                }
                texts.append(found.text)
            }
            for i in stride(from: 0, to: texts.count, by: 2) {
                #expect(texts[i] == texts[i + 1], "length \(length), word \(i / 2)")
                #expect(table.texts[Int(texts[i])] == String(decoding: text[ranges[i].start..<ranges[i].end], as: UTF8.self))
            }
            #expect(Set(texts).count == length + 1, "length \(length)")
            #expect(table.count == length + 1)
        }
    }

    /// A table sized for its file has a power of two of slots, at least 256 and at least one
    /// per 8 bytes, and still grows: 2,000 distinct words in a table for 100 bytes, each
    /// found again with its own text.
    @Test func tableSizedForItsFile() {
        #expect(WordTable.slotCount(bytes: 0) == 256)
        #expect(WordTable.slotCount(bytes: 2055) == 256)
        #expect(WordTable.slotCount(bytes: 2056) == 512)
        #expect(WordTable.slotCount(bytes: 180_639) == 32768)
        for bytes in [0, 100, 1000, 5000, 70_000] {
            let count = WordTable.slotCount(bytes: bytes)
            #expect(count & (count - 1) == 0 && count >= 256 && count >= bytes / 8, "\(bytes)")
        }
        var text: [UInt8] = []
        var ranges: [(start: Int, end: Int)] = []
        for n in 0..<2000 {
            let start = text.count
            text += Array("w\(n)".utf8)
            ranges.append((start, text.count))
            text.append(0x20)
        }
        var table = WordTable(bytes: 100)
        var texts: [Int32] = []
        for pass in 0..<2 {
            for (n, range) in ranges.enumerated() {
                let found = table.word(text, range.start, range.end, hash: WordTable.hash(text, range.start, range.end)) {
                    ("w\(n)", .word)
                }
                if pass == 0 { texts.append(found.text) } else { #expect(found.text == texts[n]) }
                #expect(table.texts[Int(found.text)] == "w\(n)")
            }
        }
        #expect(table.count == 2000)
    }

    static let header = "evidence \"Ale\" year 2020 instrument \"K\" version \"1\" evaluator \"E\"\n"

    /// An evidence file whose declarations all belong keeps every one, in order.
    @Test func evidenceDeclarationsAreKeptInOrder() {
        let text = Self.header + "finding a.b = yes source web \"w\"\njudge 1.1.a = 2 because \"r\"\nfinding c = 3 source web \"x\"\n"
        let (file, diagnostics) = Parser.parse(SourceText(path: "e.kompass", text: text))
        #expect(diagnostics.all.isEmpty)
        let shapes = file.declarations.map { declaration -> String in
            switch declaration {
            case .evidence(let d): return "evidence \(d.municipality.value)"
            case .finding(let d): return "finding \(d.fact.value)"
            case .verdict(let d): return "verdict \(d.target.value)"
            default: return "other"
            }
        }
        #expect(shapes == ["evidence Ale", "finding a.b", "verdict 1.1.a", "finding c"])
    }

    /// A second header and a declaration that belongs in an instrument are still reported
    /// and left out.
    @Test func misplacedDeclarationsAreStillReported() {
        let text = Self.header + "finding a.b = yes source web \"w\"\nfact x: flag\n" + Self.header + "finding c = 3 source web \"x\"\n"
        let (file, diagnostics) = Parser.parse(SourceText(path: "e.kompass", text: text))
        #expect(diagnostics.all.map(\.message) == [
            "only findings, judgements and overrides belong in an evidence file", "a second evidence header",
        ])
        #expect(diagnostics.all.map { $0.span?.start.line } == [3, 4])
        #expect(file.declarations.count == 3)
    }
}
