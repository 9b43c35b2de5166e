/// Turns source text into tokens. Never throws: bad characters are reported and
/// skipped, bad strings and numbers are reported and still produce a token, so the
/// parser can go on and report everything else.
///
/// It reads the UTF-8 bytes of the source. Columns count characters (grapheme clusters)
/// as `Character` does: a byte below U+0300 followed by another such byte is a whole
/// character (all of ASCII and the Latin letters, å ä ö included); any other character is
/// measured by `String`. Equal words share one `String` (``WordTable``).
///
/// It records ``CompactToken``s (no `String`, no path per token); ``tokenize(_:)`` and
/// ``next()`` turn them into ``Token``s for the callers that want those.
public struct Lexer {
    /// What the lexer reads, asked through ``LexerInput``: a small value, so asking it
    /// never copies the lexer.
    /// (Internal, as are the position and the words, for the byte loop of
    /// `Lexer+Bytes.swift`, which hands a token it does not lex to ``nextCompact()``.)
    let input: LexerInput
    private let path: String
    var index = 0
    var line = 1
    var column = 1
    private(set) var diagnostics = DiagnosticBag()
    var words: WordTable
    private var scratch: [UInt8] = []

    /// The texts the compact tokens index (``LexedFile/texts``).
    var texts: [String] { words.texts }

    /// Creates a lexer over a decoded source.
    public init(source: SourceText) {
        self.input = LexerInput(bytes: source.utf8, source: source)
        self.path = source.path
        self.words = WordTable(bytes: source.utf8.count)
    }

    /// Lexes the whole file; the last token is `.end`.
    public static func tokenize(_ source: SourceText) -> (tokens: [Token], diagnostics: DiagnosticBag) {
        let (file, diagnostics) = lex(source)
        return (file.allTokens, diagnostics)
    }

    /// Lexes the whole file into compact tokens; the last token is `.end`. The common
    /// tokens are read straight from the bytes (``lexAll(into:)``), any other through
    /// ``nextCompact()``.
    static func lex(_ source: SourceText) -> (file: LexedFile, diagnostics: DiagnosticBag) {
        var lexer = Lexer(source: source)
        // About one token per five bytes of the language's files.
        var tokens = TokenBuffer(capacity: source.utf8.count / 5 + 1)
        lexer.lexAll(into: &tokens)
        return (LexedFile(tokens: tokens.array(), texts: lexer.texts, path: source.path), lexer.diagnostics)
    }

    /// Lexes the whole file token by token through ``nextCompact()`` alone, without the
    /// byte loop: the reference ``lex(_:)`` is tested against (same tokens, same texts in
    /// the same order, same diagnostics).
    static func lexByCharacters(_ source: SourceText) -> (file: LexedFile, diagnostics: DiagnosticBag) {
        var lexer = Lexer(source: source)
        var tokens: [CompactToken] = []
        while true {
            let token = lexer.nextCompact()
            tokens.append(token)
            if token.kind == .end { break }
        }
        return (LexedFile(tokens: tokens, texts: lexer.texts, path: source.path), lexer.diagnostics)
    }

    // MARK: Characters

    @inline(__always)
    private mutating func step(_ length: Int, _ flags: UInt8) {
        if flags & CharacterClass.newline != 0 {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += length
    }

    @inline(__always)
    private static func span(_ path: String, from start: SourceLocation, length: Int) -> SourceSpan {
        SourceSpan(path: path, start: start, length: max(1, length))
    }

    /// A compact token starting at `start`, of `length` characters (at least 1).
    @inline(__always)
    private static func token(
        _ kind: Token.Kind, _ text: Int32, _ start: SourceLocation, length: Int, isNumeric: Bool = false
    ) -> CompactToken {
        CompactToken(
            kind: kind, isNumeric: isNumeric, length: Int32(truncatingIfNeeded: max(1, length)), text: text,
            line: Int32(truncatingIfNeeded: start.line), column: Int32(truncatingIfNeeded: start.column))
    }

    // MARK: Tokens

    /// The next token.
    public mutating func next() -> Token {
        let token = nextCompact()
        return Token(
            kind: token.kind, text: words.texts[Int(token.text)],
            span: SourceSpan(
                path: path, start: SourceLocation(line: Int(token.line), column: Int(token.column)),
                length: Int(token.length)))
    }

    /// The one-byte tokens that never pair with a following `=`, by byte (read through
    /// ``LexerInput/punctuation``).
    static let punctuation: [Token.Kind?] = (0..<128).map { byte in
        switch byte {
        case 0x7B: .leftBrace
        case 0x7D: .rightBrace
        case 0x28: .leftParen
        case 0x29: .rightParen
        case 0x2C: .comma
        case 0x3A: .colon
        default: nil
        }
    }

    /// The next token, compact (inlined into ``lex(_:)``'s loop with the trivia before
    /// it: a call per token copied the input for the trivia and set up a large frame).
    @inline(__always)
    mutating func nextCompact() -> CompactToken {
        while true {
            skipTrivia()
            let start = SourceLocation(line: line, column: column)
            let bytes = input.bytes
            let count = bytes.count
            guard index < count else { return Self.token(.end, 0, start, length: 1) }
            // An ASCII byte before another (or the end) is a character by itself: a word's
            // first letter or digit, a string's quote, or punctuation of one byte.
            let byte = bytes[index]
            if byte < 0x80, index + 1 == count || bytes[index + 1] < 0x80 {
                if byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 || byte == 0x5F { return lexWord(start) }
                if byte == 0x22 { return lexString(start) }
                if let kind = input.punctuation[Int(byte)] {
                    index += 1
                    column += 1
                    return Self.token(kind, CompactToken.fixedText(kind), start, length: 1)
                }
            }
            let c = input.character(at: index)
            if c.flags & CharacterClass.word != 0 { return lexWord(start) }
            if c.scalar == 0x2D, input.has(CharacterClass.digit, at: index + 1) {
                step(1, 0)
                let word = lexWord(start, sign: "-")
                var text = "-" + words.texts[Int(word.text)]
                let length = text.count
                if !NumberText.isWellFormed(text) {
                    diagnostics.report(
                        .lexBadNumber, "malformed number '\(text)'",
                        at: SourceSpan(path: path, start: start, length: length),
                        help: "a number is written as digits with an optional '.' and decimals")
                    text = "0"
                }
                return Self.token(.number, words.append(text), start, length: length, isNumeric: true)
            }
            if c.scalar == 0x22 { return lexString(start) }
            let characterStart = index
            step(c.length, c.flags)
            func single(_ kind: Token.Kind) -> CompactToken {
                Self.token(kind, CompactToken.fixedText(kind), start, length: 1)
            }
            func pair(_ kind: Token.Kind) -> CompactToken {
                step(1, 0)
                return Self.token(kind, CompactToken.fixedText(kind), start, length: 2)
            }
            let equalsNext = input.isCharacter(0x3D, at: index)
            switch c.scalar {
            case 0x7B: return single(.leftBrace)
            case 0x7D: return single(.rightBrace)
            case 0x28: return single(.leftParen)
            case 0x29: return single(.rightParen)
            case 0x2C: return single(.comma)
            case 0x3A: return single(.colon)
            case 0x3C: return equalsNext ? pair(.lessEqual) : single(.less)
            case 0x3E: return equalsNext ? pair(.greaterEqual) : single(.greater)
            case 0x3D: return equalsNext ? pair(.equalEqual) : single(.equal)
            case 0x21 where equalsNext: return pair(.notEqual)
            default:
                let bad = input.characterValue(at: characterStart)
                let shown = bad.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.value < 0x20 }
                    ? "U+" + String(bad.unicodeScalars.first!.value, radix: 16, uppercase: true) : String(bad)
                diagnostics.report(
                    .lexBadChar, "unexpected character '\(shown)'", at: Self.span(path, from: start, length: 1),
                    help: c.scalar == 0x3B ? "statements need no terminator; remove it" : nil)
            }
        }
    }

    @inline(__always)
    private mutating func skipTrivia() {
        Self.skipTrivia(input, &index, &line, &column)
    }

    /// Steps over whitespace, line breaks and comments from `index`, counting lines and
    /// columns (static, so that the input is read where it is, not copied for the call).
    @inline(__always)
    private static func skipTrivia(_ input: LexerInput, _ index: inout Int, _ line: inout Int, _ column: inout Int) {
        let bytes = input.bytes
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            // A space or tab before an ASCII byte (or the end): a column, no line break.
            if byte == 0x20 || byte == 0x09, index + 1 == count || bytes[index + 1] < 0x80 {
                index += 1
                column += 1
                continue
            }
            // A line feed is a character by itself, whatever follows it (a grapheme
            // cluster breaks after LF).
            if byte == 0x0A {
                index += 1
                line += 1
                column = 1
                continue
            }
            // A printable ASCII byte other than `#` starts a character that is no comment and
            // no trivia, whatever follows it (both are told by its first scalar): the token.
            if byte > 0x20, byte < 0x7F, byte != 0x23 { return }
            let c = input.character(at: index)
            if c.scalar == 0x23 {
                index += 1
                column += 1
                while index < count {
                    // An ASCII byte that is no line break, before another ASCII byte: a
                    // character of the comment by itself.
                    let b = bytes[index]
                    if b < 0x80, b < 0x0A || b > 0x0D, index + 1 < count, bytes[index + 1] < 0x80 {
                        index += 1
                        column += 1
                        continue
                    }
                    let d = input.character(at: index)
                    if d.flags & CharacterClass.newline != 0 { break }
                    index += d.length
                    column += 1
                }
            } else if c.flags & CharacterClass.trivia != 0 {
                if c.flags & CharacterClass.newline != 0 {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += c.length
            } else {
                return
            }
        }
    }

    /// An ASCII word from `start`: letters, digits and `_`, and points each followed by one
    /// of those, ending before an ASCII byte or at the end. Its end, points, whether its
    /// other bytes are all digits, and its hash (``WordTable``), in one pass; nil when a
    /// byte of the word or the byte after it is not ASCII (the word is then measured by
    /// characters, as ``lexWord(_:sign:)`` does).
    @inline(__always)
    private static func asciiWord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ classes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> (end: Int, dots: Int, allDigits: Bool, hash: UInt64)? {
        let count = bytes.count
        var i = start
        var hash = WordTable.emptyHash
        var dots = 0
        // Bit 1 of ``LexerInput/wordBytes`` is set for a letter or `_`: any of them in the
        // word means it is not all digits.
        var letters: UInt8 = 0
        while true {
            while i < count {
                let byte = bytes[i]
                let wordClass = classes[Int(byte)]
                guard wordClass != 0 else { break }
                letters |= wordClass
                hash = WordTable.hash(hash, byte)
                i += 1
            }
            guard i < count else { break }
            let byte = bytes[i]
            if byte >= 0x80 { return nil }
            // A point goes on with the word when a letter, digit or `_` follows it.
            guard byte == 0x2E, i + 1 < count else { break }
            let next = bytes[i + 1]
            if next >= 0x80 { return nil }
            guard next &- 0x30 < 10 || (next | 0x20) &- 0x61 < 26 || next == 0x5F else { break }
            hash = WordTable.hash(hash, byte)
            dots += 1
            i += 1
        }
        return (i, dots, letters & 2 == 0, hash)
    }

    private mutating func lexWord(_ start: SourceLocation, sign: String = "") -> CompactToken {
        let wordStart = index
        let bytes = input.bytes
        let word = bytes.withUnsafeBufferPointer { bytes in
            input.wordBytes.withUnsafeBufferPointer { classes in Self.asciiWord(bytes, classes, from: wordStart) }
        }
        if let word {
            index = word.end
            column += word.end - wordStart
            return finishWord(
                start, sign: sign, wordStart, dots: word.dots, allDigits: word.allDigits, ascii: true, hash: word.hash)
        }
        var dots = 0
        var allDigits = true
        var ascii = true
        let count = bytes.count
        // The position in locals while scanning: stored back once, after the word.
        var i = index
        var columns = 0
        while true {
            while i < count {
                // A run of ASCII letters, digits and `_`: each a character by itself,
                // unless the byte after the run joins the last one (a combining mark).
                let runStart = i
                var digits = true
                while i < count {
                    let byte = bytes[i]
                    let isDigit = byte &- 0x30 < 10
                    guard isDigit || (byte | 0x20) &- 0x61 < 26 || byte == 0x5F else { break }
                    digits = digits && isDigit
                    i += 1
                }
                // Stopped at an ASCII byte that is not of a word, or at the end: the word ends.
                let measured = i < count && bytes[i] >= 0x80
                if measured, i > runStart {
                    // The last byte of the run is measured with what follows it, below.
                    i -= 1
                    digits = true
                    for j in runStart..<i where bytes[j] &- 0x30 >= 10 { digits = false }
                }
                columns += i - runStart
                allDigits = allDigits && digits
                guard measured else { break }
                let c = input.character(at: i)
                guard c.flags & CharacterClass.word != 0 else { break }
                if c.flags & CharacterClass.digit == 0 { allDigits = false }
                if c.scalar < 0 || c.scalar >= 0x80 { ascii = false }
                i += c.length
                columns += 1
            }
            if input.isCharacter(0x2E, at: i), input.has(CharacterClass.word, at: i + 1) {
                dots += 1
                i += 1
                columns += 1
            } else {
                break
            }
        }
        // FNV-1a over the word's bytes (``WordTable`` is keyed by it).
        var hash = WordTable.emptyHash
        for j in wordStart..<i { hash = WordTable.hash(hash, bytes[j]) }
        index = i
        column += columns
        return finishWord(start, sign: sign, wordStart, dots: dots, allDigits: allDigits, ascii: ascii, hash: hash)
    }

    /// The token of the word from `wordStart` to the current index, found in the word
    /// table or added to it (`hash` over its bytes), or a number written with a comma.
    private mutating func finishWord(
        _ start: SourceLocation, sign: String, _ wordStart: Int, dots: Int, allDigits: Bool, ascii: Bool, hash: UInt64
    ) -> CompactToken {
        let bytes = input.bytes
        let end = index
        let dotted = dots > 0
        let word: WordTable.Word
        if let found = words.find(bytes, wordStart, end, hash: hash) {
            word = found
        } else {
            word = addWord(wordStart, end, dots: dots, allDigits: allDigits, ascii: ascii, hash: hash)
        }
        let length = ascii ? end - wordStart : words.texts[Int(word.text)].count
        // `0,5`: a decimal comma where a number is meant.
        if !dotted, allDigits, input.isCharacter(0x2C, at: index), input.has(CharacterClass.digit, at: index + 1) {
            step(1, 0)
            let decimalsStart = index
            while input.has(CharacterClass.digit, at: index) { step(1, 0) }
            let decimals = String(decoding: input.bytes[decimalsStart..<index], as: UTF8.self)
            let text = words.texts[Int(word.text)]
            let wholeLength = sign.count + length + 1 + decimals.count
            diagnostics.report(
                .lexBadNumber, "malformed number '\(sign)\(text),\(decimals)'", at: Self.span(path, from: start, length: wholeLength),
                help: "write '\(sign)\(text).\(decimals)': decimals use a point")
            let repaired = "\(text).\(decimals)"
            return Self.token(
                .word, words.append(repaired), start, length: wholeLength, isNumeric: NumberText.isWellFormed(repaired))
        }
        return Self.token(word.kind, word.text, start, length: length, isNumeric: word.isNumeric)
    }

    /// Adds the word `bytes[wordStart..<end]`, new to the file, to the word table: its
    /// text, whether it is a keyword, whether it is a number.
    mutating func addWord(
        _ wordStart: Int, _ end: Int, dots: Int, allDigits: Bool, ascii: Bool, hash: UInt64
    ) -> WordTable.Word {
        let bytes = input.bytes
        let text = String.sourceBytes(bytes, wordStart, end)
        var kind = Token.Kind.word
        // ASCII bytes spell a keyword exactly when their text does; other text is
        // compared as `String` compares it. A dotted word is never a keyword.
        if dots == 0, let keyword = ascii ? Keyword.ascii(bytes, wordStart, end) : Keyword(rawValue: text) {
            kind = .keyword(keyword)
        }
        // Digits with at most one point between them: `-?digits(.digits)?` without the sign.
        let isNumeric = kind == .word && allDigits && dots <= 1
        return words.add(text, kind, isNumeric: isNumeric, bytes, wordStart, end, hash: hash)
    }

    private mutating func lexString(_ start: SourceLocation) -> CompactToken {
        let quote = index
        step(1, 0)  // opening quote
        var length = 1
        var runStart = index
        var escaped = false
        scratch.removeAll(keepingCapacity: true)
        let bytes = input.bytes
        while true {
            // Plain ASCII characters, each before another ASCII byte: not a quote, backslash
            // or line break (U+000A…U+000D).
            let i = bytes.withUnsafeBufferPointer { bytes in
                input.stringBytes.withUnsafeBufferPointer { plain in Self.plainRun(bytes, plain, from: index) }
            }
            if i != index {
                column += i - index
                length += i - index
                index = i
            }
            let c = index < input.count ? input.character(at: index) : (length: 0, scalar: -1, flags: CharacterClass.newline)
            guard c.flags & CharacterClass.newline == 0 else {
                diagnostics.report(
                    .lexUnterminatedString, "unterminated string", at: Self.span(path, from: start, length: length),
                    help: "close the string with '\"' on the same line")
                return Self.token(.string, words.append(value(runStart, index, escaped)), start, length: length)
            }
            let characterStart = index
            index += c.length
            column += 1
            length += 1
            if c.scalar == 0x22 {
                let text = escaped ? words.append(value(runStart, characterStart, escaped)) : plainString(quote, characterStart)
                return Self.token(.string, text, start, length: length)
            }
            guard c.scalar == 0x5C else { continue }
            scratch.append(contentsOf: input.bytes[runStart..<characterStart])
            escaped = true
            runStart = index
            let escapeStart = SourceLocation(line: line, column: column - 1)
            let e = index < input.count ? input.character(at: index) : (length: 0, scalar: -1, flags: CharacterClass.newline)
            guard e.flags & CharacterClass.newline == 0 else { continue }
            let escapeIndex = index
            index += e.length
            column += 1
            length += 1
            runStart = index
            switch e.scalar {
            case 0x22: scratch.append(0x22)
            case 0x5C: scratch.append(0x5C)
            case 0x6E: scratch.append(0x0A)
            case 0x74: scratch.append(0x09)
            default:
                diagnostics.report(
                    .lexBadEscape, "unknown escape '\\\(input.characterValue(at: escapeIndex))' in string",
                    at: Self.span(path, from: escapeStart, length: 2), help: "the escapes are '\\\"', '\\\\', '\\n' and '\\t'")
            }
        }
    }

    /// The end of the run of plain characters from `start` in a string: ASCII bytes, each
    /// before another ASCII byte, that are not a quote, a backslash or a line break
    /// (U+000A…U+000D), as ``CharacterClass/stringBytes`` marks them.
    @inline(__always)
    private static func plainRun(_ bytes: UnsafeBufferPointer<UInt8>, _ plain: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var i = start
        while i + 1 < count, plain[Int(bytes[i])] != 0, bytes[i + 1] < 0x80 { i += 1 }
        return i
    }

    /// The text of a string without escapes, from its opening quote at `quote` to its
    /// closing quote at `end`: equal strings share one text, as equal words do (kept in
    /// the word table under their bytes with the opening quote, which no word has).
    /// `hash` is their FNV-1a hash when the caller computed it while scanning them.
    mutating func plainString(_ quote: Int, _ end: Int, hash: UInt64? = nil) -> Int32 {
        let bytes = input.bytes
        let hash = hash ?? bytes.withUnsafeBufferPointer { WordTable.hash($0, quote, end) }
        if let found = words.find(bytes, quote, end, hash: hash) { return found.text }
        let text = String.sourceBytes(bytes, quote + 1, end)
        return words.add(text, .string, isNumeric: false, bytes, quote, end, hash: hash).text
    }

    /// A string's value: the bytes since the last escape, after those collected before it.
    private mutating func value(_ runStart: Int, _ end: Int, _ escaped: Bool) -> String {
        guard escaped else { return String(decoding: input.bytes[runStart..<end], as: UTF8.self) }
        scratch.append(contentsOf: input.bytes[runStart..<end])
        return String(decoding: scratch, as: UTF8.self)
    }
}

/// What the lexer asks of a character, as flags: computed once from `Character`'s own
/// properties for the scalars below U+0300, and from the `Character` for any other.
enum CharacterClass {
    static let newline: UInt8 = 1
    /// Whitespace or a line break: skipped between tokens.
    static let trivia: UInt8 = 2
    /// A letter (å, ä, ö included), an ASCII digit or `_`.
    static let word: UInt8 = 4
    /// `0`–`9`.
    static let digit: UInt8 = 8

    /// For each byte value: 1 for an ASCII digit, 2 for an ASCII letter or `_`, 0 for any
    /// other byte (the bytes an ASCII word is made of, read one table load per byte).
    static let wordBytes: [UInt8] = (0..<256).map { byte in
        let b = UInt8(byte)
        if b &- 0x30 < 10 { return 1 }
        return (b | 0x20) &- 0x61 < 26 || b == 0x5F ? 2 : 0
    }

    /// For each byte value, what it is where a character of a string starts: 0 for a plain
    /// ASCII character (not a quote, backslash or line break U+000A…U+000D), 1 for the lead
    /// of a two-byte scalar below U+0300 (C2…CB), 2 for any other byte (read by the byte
    /// loop of `Lexer+Bytes.swift`).
    static let stringStarts: [UInt8] = (0..<256).map { byte in
        if byte >= 0xC2 && byte <= 0xCB { return 1 }
        return byte < 0x80 && byte != 0x22 && byte != 0x5C && (byte < 0x0A || byte > 0x0D) ? 0 : 2
    }

    /// For each byte value: 1 for a byte that is a plain character of a string by itself
    /// when an ASCII byte follows it (ASCII, not a quote, backslash or line break
    /// U+000A…U+000D), 0 for any other.
    static let stringBytes: [UInt8] = (0..<256).map { byte in
        byte < 0x80 && byte != 0x22 && byte != 0x5C && (byte < 0x0A || byte > 0x0D) ? 1 : 0
    }

    /// The flags of the one-scalar characters U+0000…U+02FF.
    static let table: [UInt8] = (0..<0x300).map { flags(Character(Unicode.Scalar(UInt32($0))!)) }

    static func flags(_ c: Character) -> UInt8 {
        var flags: UInt8 = 0
        if c.isNewline { flags |= newline }
        if c.isWhitespace || c.isNewline { flags |= trivia }
        if c.isWordCharacter { flags |= word }
        if c.isASCIIDigit { flags |= digit }
        return flags
    }
}
