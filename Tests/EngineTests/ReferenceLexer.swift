// The lexer as it was before it read bytes: over `[Character]`, a `String` per token.
// Kept as the reference the byte lexer must equal, token for token and diagnostic for
// diagnostic (LexerEquivalenceTests). Only its name, its input (the characters of a
// `SourceText`) and the recursion after a bad character (now a loop) are changed.

@testable import Engine

struct ReferenceLexer {
    private let source: SourceText
    private let chars: [Character]
    private var index = 0
    private var line = 1
    private var column = 1
    private(set) var diagnostics = DiagnosticBag()

    /// Creates a lexer over a decoded source.
    init(source: SourceText) {
        self.source = source
        self.chars = Array(source.text)
    }

    /// Lexes the whole file; the last token is `.end`.
    static func tokenize(_ source: SourceText) -> (tokens: [Token], diagnostics: DiagnosticBag) {
        var lexer = ReferenceLexer(source: source)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .end { break }
        }
        return (tokens, lexer.diagnostics)
    }

    private var current: Character? { index < chars.count ? chars[index] : nil }
    private func peek(_ offset: Int = 1) -> Character? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    private mutating func advance() {
        if chars[index].isNewline {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private func span(from start: SourceLocation, length: Int) -> SourceSpan {
        SourceSpan(path: source.path, start: start, length: max(1, length))
    }

    /// The next token.
    mutating func next() -> Token {
        while true {
            if let token = nextOrSkip() { return token }
        }
    }

    private mutating func nextOrSkip() -> Token? {
        skipTrivia()
        let start = SourceLocation(line: line, column: column)
        guard let c = current else { return Token(kind: .end, text: "", span: span(from: start, length: 1)) }
        if c.isWordCharacter { return lexWord(start) }
        if c == "-", let d = peek(), d.isASCIIDigit {
            advance()
            var token = lexWord(start, sign: "-")
            token.text = "-" + token.text
            token.span.length = token.text.count
            token.kind = Self.isWellFormed(token.text) ? .number : .word
            if token.kind == .word {
                diagnostics.report(
                    .lexBadNumber, "malformed number '\(token.text)'", at: token.span,
                    help: "a number is written as digits with an optional '.' and decimals")
                token.kind = .number
                token.text = "0"
            }
            return token
        }
        if c == "\"" { return lexString(start) }
        advance()
        func single(_ kind: Token.Kind) -> Token { Token(kind: kind, text: String(c), span: span(from: start, length: 1)) }
        func pair(_ kind: Token.Kind, _ text: String) -> Token {
            advance()
            return Token(kind: kind, text: text, span: span(from: start, length: 2))
        }
        switch c {
        case "{": return single(.leftBrace)
        case "}": return single(.rightBrace)
        case "(": return single(.leftParen)
        case ")": return single(.rightParen)
        case ",": return single(.comma)
        case ":": return single(.colon)
        case "<": return current == "=" ? pair(.lessEqual, "<=") : single(.less)
        case ">": return current == "=" ? pair(.greaterEqual, ">=") : single(.greater)
        case "=": return current == "=" ? pair(.equalEqual, "==") : single(.equal)
        case "!" where current == "=": return pair(.notEqual, "!=")
        default:
            let shown = c.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.value < 0x20 }
                ? "U+" + String(c.unicodeScalars.first!.value, radix: 16, uppercase: true) : String(c)
            diagnostics.report(
                .lexBadChar, "unexpected character '\(shown)'", at: span(from: start, length: 1),
                help: c == ";" ? "statements need no terminator; remove it" : nil)
            return nil
        }
    }

    private mutating func skipTrivia() {
        while let c = current {
            if c == "#" {
                while let d = current, !d.isNewline { advance() }
            } else if c.isWhitespace || c.isNewline {
                advance()
            } else {
                return
            }
        }
    }

    private mutating func lexWord(_ start: SourceLocation, sign: String = "") -> Token {
        var text = ""
        while true {
            while let c = current, c.isWordCharacter {
                text.append(c)
                advance()
            }
            if current == ".", let d = peek(), d.isWordCharacter {
                text.append(".")
                advance()
            } else {
                break
            }
        }
        // `0,5`: a decimal comma where a number is meant.
        if Self.isWellFormed(text), current == ",", let d = peek(), d.isASCIIDigit, !text.contains(".") {
            advance()
            var decimals = ""
            while let c = current, c.isASCIIDigit {
                decimals.append(c)
                advance()
            }
            let whole = span(from: start, length: sign.count + text.count + 1 + decimals.count)
            diagnostics.report(
                .lexBadNumber, "malformed number '\(sign)\(text),\(decimals)'", at: whole,
                help: "write '\(sign)\(text).\(decimals)': decimals use a point")
            return Token(kind: .word, text: "\(text).\(decimals)", span: whole)
        }
        let kind: Token.Kind = text.contains(".") ? .word : (Keyword(rawValue: text).map { .keyword($0) } ?? .word)
        return Token(kind: kind, text: text, span: span(from: start, length: text.count))
    }

    private mutating func lexString(_ start: SourceLocation) -> Token {
        advance()  // opening quote
        var value = ""
        var length = 1
        while true {
            guard let c = current, !c.isNewline else {
                diagnostics.report(
                    .lexUnterminatedString, "unterminated string", at: span(from: start, length: length),
                    help: "close the string with '\"' on the same line")
                return Token(kind: .string, text: value, span: span(from: start, length: length))
            }
            advance()
            length += 1
            if c == "\"" { break }
            if c == "\\" {
                let escapeStart = SourceLocation(line: line, column: column - 1)
                guard let e = current, !e.isNewline else { continue }
                advance()
                length += 1
                switch e {
                case "\"": value.append("\"")
                case "\\": value.append("\\")
                case "n": value.append("\n")
                case "t": value.append("\t")
                default:
                    diagnostics.report(
                        .lexBadEscape, "unknown escape '\\\(e)' in string", at: span(from: escapeStart, length: 2),
                        help: "the escapes are '\\\"', '\\\\', '\\n' and '\\t'")
                }
            } else {
                value.append(c)
            }
        }
        return Token(kind: .string, text: value, span: span(from: start, length: length))
    }

    /// `NumberText.isWellFormed` as it was (on Characters).
    static func isWellFormed(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "-" { chars = chars.dropFirst() }
        let parts = chars.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }
}
