import Engine

/// A document's tokens around a position: the token under it, and the fact or ladder the
/// declaration on that line is about (for levels and items).
struct TokenContext {
    let source: SourceText
    let positions: PositionConverter
    let tokens: [Token]
    /// The engine location of the position.
    let location: SourceLocation

    init(text: String, path: String, position: Position) {
        source = SourceText(path: path, text: text)
        positions = PositionConverter(source)
        tokens = Lexer.tokenize(source).tokens
        location = positions.location(position)
    }

    /// The index of the token under the position, or of the one that ends just before it.
    var tokenIndex: Int? {
        var touching: Int?
        for (index, token) in tokens.enumerated() where token.kind != .end && token.span.start.line == location.line {
            let start = token.span.start.column
            let end = start + token.span.length
            if location.column >= start && location.column < end { return index }
            if location.column == end { touching = index }
        }
        return touching
    }

    /// The token under the position, if it names something: a word, a string, or a keyword
    /// that can be a level or item (`none`, `yes`, `no`).
    var word: Token? {
        guard let index = tokenIndex else { return nil }
        let token = tokens[index]
        switch token.kind {
        case .word, .string, .keyword(.none), .keyword(.yes), .keyword(.no): return token
        default: return nil
        }
    }

    /// The nearest word before `index` on its line (and the lines of the same declaration)
    /// that `matches`.
    func nearestBefore(_ index: Int, matching matches: (String) -> Bool) -> String? {
        var i = index - 1
        while i >= 0 {
            let token = tokens[i]
            if token.kind == .word, matches(token.text) { return token.text }
            if case .keyword(let keyword) = token.kind, Keyword.declarationStarts.contains(keyword) { return nil }
            i -= 1
        }
        return nil
    }
}
