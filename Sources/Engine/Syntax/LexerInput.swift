/// The bytes a ``Lexer`` reads and what it asks of them: the character at a byte offset,
/// its length, scalar and ``CharacterClass`` flags.
///
/// A value of its own, so that the lexer's questions borrow these few fields instead of
/// copying the whole lexer on every character (as calling a method of the lexer from a
/// mutating one does).
struct LexerInput {
    /// The source's UTF-8 bytes.
    let bytes: [UInt8]
    /// The source, whose decoded text measures the characters `String` must measure.
    let source: SourceText
    /// The decoded text (made on first use, kept by the source).
    var text: String { source.text }
    /// ``CharacterClass/table``, held here so that reading it costs no global access.
    let table: [UInt8] = CharacterClass.table
    /// ``CharacterClass/wordBytes``, held here for the same reason.
    let wordBytes: [UInt8] = CharacterClass.wordBytes
    /// ``Lexer/punctuation``, held here for the same reason.
    let punctuation: [Token.Kind?] = Lexer.punctuation
    /// ``CharacterClass/stringBytes``, held here for the same reason.
    let stringBytes: [UInt8] = CharacterClass.stringBytes

    /// The number of bytes.
    var count: Int { bytes.count }

    /// The character at byte offset `i`: its length in bytes, its scalar when it is one
    /// scalar (else -1), and its ``CharacterClass`` flags.
    @inline(__always)
    func character(at i: Int) -> (length: Int, scalar: Int, flags: UInt8) {
        let count = bytes.count
        let lead = Int(bytes[i])
        var length = 1
        var scalar = lead
        if lead >= 0x80 {
            // In valid UTF-8, C2…CB lead a two-byte scalar below U+0300.
            guard lead >= 0xC2, lead <= 0xCB, i + 1 < count else { return slowCharacter(at: i) }
            scalar = ((lead & 0x1F) << 6) | (Int(bytes[i + 1]) & 0x3F)
            length = 2
        }
        let next = i + length
        if next < count {
            let following = bytes[next]
            if following >= 0x80 {
                // A scalar from U+0300 on may extend this one (a combining mark, a joiner).
                guard following >= 0xC2, following <= 0xCB else { return slowCharacter(at: i) }
            } else if lead == 0x0D && following == 0x0A {
                return (2, 0x0A, table[0x0A])
            }
        }
        return (length, scalar, table[scalar])
    }

    /// A character `String` must measure: a combining sequence, an emoji, any scalar from
    /// U+0300 on.
    private func slowCharacter(at i: Int) -> (length: Int, scalar: Int, flags: UInt8) {
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: i)
        let end = text.index(after: start)
        let character = text[start]
        let scalars = character.unicodeScalars
        // A one-scalar character (a quote before an emoji) is still that scalar.
        let scalar = scalars.index(after: scalars.startIndex) == scalars.endIndex ? Int(scalars.first!.value) : -1
        return (text.utf8.distance(from: start, to: end), scalar, CharacterClass.flags(character))
    }

    /// The character at `i` as a `Character`, for messages.
    func characterValue(at i: Int) -> Character {
        text[text.utf8.index(text.utf8.startIndex, offsetBy: i)]
    }

    /// Whether the character at `i` is the one-scalar character `scalar`.
    @inline(__always)
    func isCharacter(_ scalar: Int, at i: Int) -> Bool {
        i < bytes.count && Int(bytes[i]) == scalar && character(at: i).scalar == scalar
    }

    /// Whether the character at `i` has any of `flags`.
    @inline(__always)
    func has(_ flags: UInt8, at i: Int) -> Bool {
        i < bytes.count && character(at: i).flags & flags != 0
    }
}
