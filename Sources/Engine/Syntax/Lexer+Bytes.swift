extension Lexer {
    /// Lexes the whole file into `tokens`, the last `.end`: the common tokens straight from
    /// the bytes, any other through ``nextCompact()``.
    mutating func lexAll(into tokens: inout TokenBuffer) {
        let bytes = input.bytes
        bytes.withUnsafeBufferPointer { bytes in
            CharacterClass.wordBytes.withUnsafeBufferPointer { words in
                CharacterClass.stringStarts.withUnsafeBufferPointer { strings in
                    lexAll(bytes, ByteClasses(words: words, strings: strings), into: &tokens)
                }
            }
        }
    }

    /// The byte tables the loop reads: ``CharacterClass/wordBytes`` and
    /// ``CharacterClass/stringStarts``.
    private struct ByteClasses {
        let words: UnsafeBufferPointer<UInt8>
        let strings: UnsafeBufferPointer<UInt8>
    }

    /// Whether a byte that follows a character leaves it whole: an ASCII byte, or the lead
    /// of a scalar below U+0300 (as ``LexerInput/character(at:)`` decides), or 0 for the end.
    @inline(__always)
    private static func ends(_ following: UInt8) -> Bool {
        following < 0x80 || following &- 0xC2 <= 0xCB - 0xC2
    }

    /// The byte loop. Position, line and column live in locals; what it reads it reads
    /// through pointers. It lexes, each exactly as ``nextCompact()`` would:
    /// - spaces and tabs before an ASCII byte, line feeds, CRLF, and comments of ASCII text
    ///   that end at a line feed or CRLF;
    /// - ASCII words (with points) that end before an ASCII byte, but for a number
    ///   followed by `,` and a digit;
    /// - strings of ASCII and two-byte characters below U+0300 (but U+0085) without
    ///   escapes, each character followed by a byte that leaves it whole;
    /// - punctuation before an ASCII byte.
    /// Anything else (a combining mark, a character outside those, an escape, a bad
    /// character, a negative number, a decimal comma, an unterminated string) it hands
    /// to ``nextCompact()`` from the start of the token or comment, with the position
    /// where that starts.
    private mutating func lexAll(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tables: ByteClasses, into tokens: inout TokenBuffer
    ) {
        let count = bytes.count
        var i = index
        var line = self.line
        var column = self.column
        while true {
            var handled = false
            trivia: while i < count {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 {
                    // A space or tab, the most common bytes of trivia: a character by itself
                    // when an ASCII byte follows it (the one before a token that starts
                    // with another byte is stepped back over, below).
                    i += 1
                    column += 1
                    continue
                }
                switch b {
                case 0x0A:
                    i += 1
                    line += 1
                    column = 1
                case 0x0D:
                    guard i + 1 < count, bytes[i + 1] == 0x0A else { break trivia }
                    i += 2
                    line += 1
                    column = 1
                case 0x23:
                    // A comment of ASCII text up to a line feed (whose column is then 1,
                    // whatever the comment's length).
                    var j = i + 1
                    while j < count {
                        let b = bytes[j]
                        if b >= 0x80 || b &- 0x0A <= 3 { break }
                        j += 1
                    }
                    guard j < count, bytes[j] == 0x0A || (bytes[j] == 0x0D && j + 1 < count && bytes[j + 1] == 0x0A)
                    else { break trivia }
                    i = j
                default:
                    handled = true
                    break trivia
                }
            }
            if i == count {
                tokens.append(
                    CompactToken(
                        kind: .end, isNumeric: false, length: 1, text: 0, line: Int32(truncatingIfNeeded: line),
                        column: Int32(truncatingIfNeeded: column)))
                return
            }
            token: if handled {
                // The token at `i`, lexed from the bytes and stepped over; `break token`
                // leaves it, the position untouched, to ``nextCompact()``.
                let start = i
                let first = bytes[start]
                let second: UInt8 = start + 1 < count ? bytes[start + 1] : 0
                guard first < 0x80, second < 0x80 else {
                    // A space or tab just stepped over may join this byte (a combining mark):
                    // ``nextCompact()`` lexes from that space.
                    if first >= 0x80, start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 {
                        i -= 1
                        column -= 1
                    }
                    break token
                }
                func token(_ kind: Token.Kind, _ text: Int32, length: Int, isNumeric: Bool = false) -> CompactToken {
                    CompactToken(
                        kind: kind, isNumeric: isNumeric, length: Int32(truncatingIfNeeded: length), text: text,
                        line: Int32(truncatingIfNeeded: line), column: Int32(truncatingIfNeeded: column))
                }
                let classes = tables.words
                if classes[Int(first)] != 0 {
                    var j = start
                    var hash = WordTable.emptyHash
                    var dots = 0
                    while true {
                        while j < count {
                            let b = bytes[j]
                            if classes[Int(b)] == 0 { break }
                            hash = WordTable.hash(hash, b)
                            j += 1
                        }
                        guard j + 1 < count, bytes[j] == 0x2E, classes[Int(bytes[j + 1])] != 0 else { break }
                        hash = WordTable.hash(hash, 0x2E)
                        dots += 1
                        j += 1
                    }
                    if j < count {
                        let b = bytes[j]
                        // A non-ASCII byte after the word, or after a point after it; a decimal comma.
                        if b >= 0x80 { break token }
                        if j + 1 < count {
                            let next = bytes[j + 1]
                            if b == 0x2E, next >= 0x80 { break token }
                            if b == 0x2C, next &- 0x30 < 10, dots == 0, Self.allDigits(bytes, start, j) { break token }
                        }
                    }
                    let word =
                        words.find(bytes, start, j, hash: hash)
                        ?? addWord(start, j, dots: dots, allDigits: Self.allDigits(bytes, start, j), ascii: true, hash: hash)
                    tokens.append(token(word.kind, word.text, length: j - start, isNumeric: word.isNumeric))
                    column += j - start
                    i = j
                    continue
                }
                switch first {
                case 0x22:
                    // An opening quote, then plain characters and two-byte scalars below U+0300 but
                    // U+0085 (a line break), up to a quote: each is left whole by what follows it,
                    // or that is no such character and the string is lexed by ``nextCompact()``.
                    let strings = tables.strings
                    var j = start + 1
                    var hash = WordTable.hash(WordTable.emptyHash, 0x22)
                    var twoByte = 0
                    while true {
                        guard j < count else { break token }
                        let b = bytes[j]
                        let stringClass = strings[Int(b)]
                        if stringClass == 0 {
                            hash = WordTable.hash(hash, b)
                            j += 1
                            continue
                        }
                        guard stringClass == 1, j + 1 < count else { break }
                        let continuation = bytes[j + 1]
                        if b == 0xC2, continuation == 0x85 { break token }
                        hash = WordTable.hash(WordTable.hash(hash, b), continuation)
                        twoByte += 1
                        j += 2
                    }
                    guard bytes[j] == 0x22 else { break token }
                    let characters = j - start - twoByte
                    // The closing quote must be a character by itself too.
                    guard j + 1 == count || Self.ends(bytes[j + 1]) else { break token }
                    tokens.append(token(.string, plainString(start, j, hash: hash), length: characters + 1))
                    column += characters + 1
                    i = j + 1
                    continue
                case 0x7B, 0x7D, 0x28, 0x29, 0x2C, 0x3A:
                    let kind = input.punctuation[Int(first)]!
                    tokens.append(token(kind, CompactToken.fixedText(kind), length: 1))
                    column += 1
                    i = start + 1
                    continue
                case 0x3C, 0x3E, 0x3D, 0x21:
                    let kind: Token.Kind
                    var length = 1
                    if second == 0x3D {
                        // `=` after it must be a character by itself.
                        guard start + 2 == count || bytes[start + 2] < 0x80 else { break token }
                        length = 2
                        switch first {
                        case 0x3C: kind = .lessEqual
                        case 0x3E: kind = .greaterEqual
                        case 0x3D: kind = .equalEqual
                        default: kind = .notEqual
                        }
                    } else {
                        switch first {
                        case 0x3C: kind = .less
                        case 0x3E: kind = .greater
                        case 0x3D: kind = .equal
                        default: break token
                        }
                    }
                    tokens.append(token(kind, CompactToken.fixedText(kind), length: length))
                    column += length
                    i = start + length
                    continue
                default:
                    break token
                }
            }
            let token = nextCompact(at: &i, line: &line, column: &column)
            tokens.append(token)
            if token.kind == .end { return }
        }
    }

    /// ``nextCompact()`` from `i`, `line`, `column`, which it steps past the token (not
    /// inlined: the byte loop stays small).
    @inline(never)
    private mutating func nextCompact(at i: inout Int, line: inout Int, column: inout Int) -> CompactToken {
        index = i
        self.line = line
        self.column = column
        let token = nextCompact()
        i = index
        line = self.line
        column = self.column
        return token
    }

    /// Whether the bytes of the word `bytes[start..<end]` other than its points are all ASCII digits.
    @inline(__always)
    private static func allDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, bytes[i] &- 0x30 < 10 || bytes[i] == 0x2E { i += 1 }
        return i == end
    }
}
