/// Turns source text into tokens. Never throws: bad characters are reported and
/// skipped, bad strings and numbers are reported and still produce a token, so the
/// parser can go on and report everything else.
///
/// It reads the UTF-8 bytes of the source. Columns count characters (grapheme clusters)
/// as `Character` does: a byte below U+0300 followed by another such byte is a whole
/// character (all of ASCII and the Latin letters, å ä ö included); any other character is
/// measured by `String`. Equal words share one `String` (``WordTable``).
public struct Lexer {
    /// What the lexer reads, asked through ``LexerInput``: a small value, so asking it
    /// never copies the lexer.
    private let input: LexerInput
    private let path: String
    private var index = 0
    private var line = 1
    private var column = 1
    private(set) var diagnostics = DiagnosticBag()
    private var words = WordTable()
    private var scratch: [UInt8] = []

    /// Creates a lexer over a decoded source.
    public init(source: SourceText) {
        self.input = LexerInput(bytes: source.utf8, text: source.text)
        self.path = source.path
    }

    /// Lexes the whole file; the last token is `.end`.
    public static func tokenize(_ source: SourceText) -> (tokens: [Token], diagnostics: DiagnosticBag) {
        var lexer = Lexer(source: source)
        var tokens: [Token] = []
        tokens.reserveCapacity(source.utf8.count / 6 + 1)
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .end { break }
        }
        return (tokens, lexer.diagnostics)
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

    // MARK: Tokens

    /// The next token.
    public mutating func next() -> Token {
        while true {
            skipTrivia()
            let start = SourceLocation(line: line, column: column)
            guard index < input.count else { return Token(kind: .end, text: "", span: Self.span(path, from: start, length: 1)) }
            let c = input.character(at: index)
            if c.flags & CharacterClass.word != 0 { return lexWord(start) }
            if c.scalar == 0x2D, input.has(CharacterClass.digit, at: index + 1) {
                step(1, 0)
                var token = lexWord(start, sign: "-")
                token.text = "-" + token.text
                token.span.length = token.text.count
                token.kind = token.isNumeric ? .number : .word
                if token.kind == .word {
                    diagnostics.report(
                        .lexBadNumber, "malformed number '\(token.text)'", at: token.span,
                        help: "a number is written as digits with an optional '.' and decimals")
                    token.kind = .number
                    token.text = "0"
                }
                return token
            }
            if c.scalar == 0x22 { return lexString(start) }
            let characterStart = index
            step(c.length, c.flags)
            func single(_ kind: Token.Kind, _ text: String) -> Token {
                Token(kind: kind, text: text, span: Self.span(path, from: start, length: 1))
            }
            func pair(_ kind: Token.Kind, _ text: String) -> Token {
                step(1, 0)
                return Token(kind: kind, text: text, span: Self.span(path, from: start, length: 2))
            }
            let equalsNext = input.isCharacter(0x3D, at: index)
            switch c.scalar {
            case 0x7B: return single(.leftBrace, "{")
            case 0x7D: return single(.rightBrace, "}")
            case 0x28: return single(.leftParen, "(")
            case 0x29: return single(.rightParen, ")")
            case 0x2C: return single(.comma, ",")
            case 0x3A: return single(.colon, ":")
            case 0x3C: return equalsNext ? pair(.lessEqual, "<=") : single(.less, "<")
            case 0x3E: return equalsNext ? pair(.greaterEqual, ">=") : single(.greater, ">")
            case 0x3D: return equalsNext ? pair(.equalEqual, "==") : single(.equal, "=")
            case 0x21 where equalsNext: return pair(.notEqual, "!=")
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

    private mutating func skipTrivia() {
        let bytes = input.bytes
        let count = bytes.count
        while index < count {
            // Spaces and tabs before an ASCII byte (or the end): a column each, no line break.
            var i = index
            while i < count, bytes[i] == 0x20 || bytes[i] == 0x09, i + 1 == count || bytes[i + 1] < 0x80 { i += 1 }
            if i != index {
                column += i - index
                index = i
                continue
            }
            let c = input.character(at: index)
            if c.scalar == 0x23 {
                step(1, 0)
                while index < input.count {
                    let d = input.character(at: index)
                    if d.flags & CharacterClass.newline != 0 { break }
                    index += d.length
                    column += 1
                }
            } else if c.flags & CharacterClass.trivia != 0 {
                step(c.length, c.flags)
            } else {
                return
            }
        }
    }

    private mutating func lexWord(_ start: SourceLocation, sign: String = "") -> Token {
        let wordStart = index
        var dotted = false
        var allDigits = true
        var ascii = true
        let bytes = input.bytes
        let table = input.table
        let count = bytes.count
        // FNV-1a over the word's bytes, as they are read (``WordTable`` is keyed by it).
        var hash = WordTable.emptyHash
        // The position in locals while scanning: stored back once, after the word.
        var i = index
        var columns = 0
        while true {
            while i < count {
                // An ASCII byte before another (or the end) is a whole character by itself.
                let byte = bytes[i]
                if byte < 0x80, i + 1 == count || bytes[i + 1] < 0x80 {
                    let flags = table[Int(byte)]
                    guard flags & CharacterClass.word != 0 else { break }
                    if flags & CharacterClass.digit == 0 { allDigits = false }
                    hash = WordTable.hash(hash, byte)
                    i += 1
                    columns += 1
                    continue
                }
                let c = input.character(at: i)
                guard c.flags & CharacterClass.word != 0 else { break }
                if c.flags & CharacterClass.digit == 0 { allDigits = false }
                if c.scalar < 0 || c.scalar >= 0x80 { ascii = false }
                for j in i..<(i + c.length) { hash = WordTable.hash(hash, bytes[j]) }
                i += c.length
                columns += 1
            }
            if input.isCharacter(0x2E, at: i), input.has(CharacterClass.word, at: i + 1) {
                dotted = true
                hash = WordTable.hash(hash, 0x2E)
                i += 1
                columns += 1
            } else {
                break
            }
        }
        index = i
        column += columns
        let end = index
        let (text, kind) = words.word(bytes, wordStart, end, hash: hash) {
            let text = String(decoding: bytes[wordStart..<end], as: UTF8.self)
            guard !dotted else { return (text, .word) }
            // ASCII bytes spell a keyword exactly when their text does; other text is
            // compared as `String` compares it.
            let keyword = ascii ? Keyword.ascii(bytes, wordStart, end) : Keyword(rawValue: text)
            return (text, keyword.map { .keyword($0) } ?? .word)
        }
        let length = ascii ? end - wordStart : text.count
        // `0,5`: a decimal comma where a number is meant.
        if !dotted, allDigits, input.isCharacter(0x2C, at: index), input.has(CharacterClass.digit, at: index + 1) {
            step(1, 0)
            let decimalsStart = index
            while input.has(CharacterClass.digit, at: index) { step(1, 0) }
            let decimals = String(decoding: input.bytes[decimalsStart..<index], as: UTF8.self)
            let whole = Self.span(path, from: start, length: sign.count + length + 1 + decimals.count)
            diagnostics.report(
                .lexBadNumber, "malformed number '\(sign)\(text),\(decimals)'", at: whole,
                help: "write '\(sign)\(text).\(decimals)': decimals use a point")
            return Token(kind: .word, text: "\(text).\(decimals)", span: whole)
        }
        return Token(kind: kind, text: text, span: Self.span(path, from: start, length: length))
    }

    private mutating func lexString(_ start: SourceLocation) -> Token {
        step(1, 0)  // opening quote
        var length = 1
        var runStart = index
        var escaped = false
        scratch.removeAll(keepingCapacity: true)
        let bytes = input.bytes
        let table = input.table
        while true {
            // A plain ASCII character before another: not a quote, backslash or line break.
            if index + 1 < bytes.count, bytes[index] < 0x80, bytes[index + 1] < 0x80, bytes[index] != 0x22,
                bytes[index] != 0x5C, table[Int(bytes[index])] & CharacterClass.newline == 0
            {
                index += 1
                column += 1
                length += 1
                continue
            }
            let c = index < input.count ? input.character(at: index) : (length: 0, scalar: -1, flags: CharacterClass.newline)
            guard c.flags & CharacterClass.newline == 0 else {
                diagnostics.report(
                    .lexUnterminatedString, "unterminated string", at: Self.span(path, from: start, length: length),
                    help: "close the string with '\"' on the same line")
                return Token(kind: .string, text: value(runStart, index, escaped), span: Self.span(path, from: start, length: length))
            }
            let characterStart = index
            index += c.length
            column += 1
            length += 1
            if c.scalar == 0x22 {
                return Token(kind: .string, text: value(runStart, characterStart, escaped), span: Self.span(path, from: start, length: length))
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
