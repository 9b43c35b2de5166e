/// A lexical token with its place in the source.
public struct Token: Sendable, Equatable {
    /// What kind of token this is.
    public enum Kind: Sendable, Equatable {
        /// A dotted word: an id, fact path, level or item (`1.3.c`, `dialog.former`, `12`).
        case word
        /// A negative number such as `-2.5` (non-negative numbers lex as words).
        case number
        /// A reserved word.
        case keyword(Keyword)
        /// A string literal; `text` holds its decoded value.
        case string
        case leftBrace, rightBrace, leftParen, rightParen, comma, colon
        case less, lessEqual, greater, greaterEqual, equal, equalEqual, notEqual
        /// The end of the file.
        case end
    }

    /// The kind.
    public var kind: Kind
    /// The token's text (for strings, the decoded value).
    public var text: String
    /// Where it is.
    public var span: SourceSpan

    /// Whether this is the given keyword.
    public func `is`(_ keyword: Keyword) -> Bool { kind == .keyword(keyword) }

    /// How the token reads in a message: `'award'`, `string "…"`, `end of file`.
    public var quoted: String {
        switch kind {
        case .end: return "end of file"
        case .string: return "string \"\(text)\""
        default: return "'\(text)'"
        }
    }

    /// Whether the token's text is a number (`-?digits(.digits)?`).
    public var isNumeric: Bool {
        guard kind == .word || kind == .number else { return false }
        return NumberText.isWellFormed(text)
    }
}
