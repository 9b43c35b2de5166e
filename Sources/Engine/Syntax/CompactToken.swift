/// A token as the lexer records it and the parser reads it: plain numbers, no `String`
/// and no path, so that a file's tokens are one contiguous array that costs no reference
/// counting to fill, read or free. Its text is an index into the file's texts
/// (``LexedFile/texts``), its place a line, column and length that become a
/// ``SourceSpan`` only where a syntax node or a diagnostic needs one.
struct CompactToken {
    /// The kind.
    var kind: Token.Kind
    /// Whether the text is a number (`-?digits(.digits)?`): ``Token/isNumeric``.
    var isNumeric: Bool
    /// The length of the span in characters (at least 1 for a token the lexer made).
    var length: Int32
    /// The index of the token's text in ``LexedFile/texts``.
    var text: Int32
    /// The 1-based line of its first character.
    var line: Int32
    /// The 1-based column of its first character.
    var column: Int32

    /// The texts every file starts with, at fixed indices: the end of file and the
    /// punctuation, so that those tokens need no text of their own.
    static let fixedTexts: [String] = ["", "{", "}", "(", ")", ",", ":", "<", "<=", ">", ">=", "=", "==", "!="]

    /// The index in ``fixedTexts`` of a punctuation kind's text (0 for the end of file).
    static func fixedText(_ kind: Token.Kind) -> Int32 {
        switch kind {
        case .leftBrace: 1
        case .rightBrace: 2
        case .leftParen: 3
        case .rightParen: 4
        case .comma: 5
        case .colon: 6
        case .less: 7
        case .lessEqual: 8
        case .greater: 9
        case .greaterEqual: 10
        case .equal: 11
        case .equalEqual: 12
        case .notEqual: 13
        default: 0
        }
    }
}

/// A file's tokens in their compact form, with the texts they index and the path their
/// spans name: what the parser reads, and what ``Lexer/tokenize(_:)`` turns into
/// ``Token`` values for the callers that want them.
struct LexedFile {
    /// The tokens; the last is `.end`.
    var tokens: [CompactToken]
    /// The texts the tokens index: ``CompactToken/fixedTexts``, then each distinct word
    /// and each string literal.
    var texts: [String]
    /// The path the spans name.
    var path: String

    /// The compact form of `tokens` (whose last is `.end`), for a parser given tokens.
    init(tokens: [Token], path: String) {
        self.path = path
        var texts: [String] = []
        texts.reserveCapacity(tokens.count)
        self.tokens = tokens.map { token in
            texts.append(token.text)
            return CompactToken(
                kind: token.kind, isNumeric: token.isNumeric, length: Int32(truncatingIfNeeded: token.span.length),
                text: Int32(truncatingIfNeeded: texts.count - 1), line: Int32(truncatingIfNeeded: token.span.start.line),
                column: Int32(truncatingIfNeeded: token.span.start.column))
        }
        self.texts = texts
        if self.tokens.isEmpty {
            // The parser reads the token at its index: there is always one, the end.
            self.texts.append("")
            self.tokens.append(
                CompactToken(kind: .end, isNumeric: false, length: 1, text: 0, line: 1, column: 1))
        }
    }

    init(tokens: [CompactToken], texts: [String], path: String) {
        self.tokens = tokens
        self.texts = texts
        self.path = path
    }

    /// The text of token `i`.
    @inline(__always)
    func text(_ i: Int) -> String { texts[Int(tokens[i].text)] }

    /// The span of token `i`.
    @inline(__always)
    func span(_ i: Int) -> SourceSpan {
        let token = tokens[i]
        return SourceSpan(
            path: path, start: SourceLocation(line: Int(token.line), column: Int(token.column)), length: Int(token.length))
    }

    /// Token `i` as a ``Token``.
    func token(_ i: Int) -> Token {
        Token(kind: tokens[i].kind, text: text(i), span: span(i))
    }

    /// Every token as a ``Token``.
    var allTokens: [Token] { tokens.indices.map(token) }
}

extension CompactToken {
    /// Whether this is the given keyword.
    @inline(__always)
    func `is`(_ keyword: Keyword) -> Bool { kind == .keyword(keyword) }
}
