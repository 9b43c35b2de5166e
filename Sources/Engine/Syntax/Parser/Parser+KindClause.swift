import Support

extension Parser {
    /// A kind clause read generically: the kind's name, then arguments, then each of the
    /// kind's own words with the arguments after it. The clause ends at the first token
    /// that is neither an argument nor one of the kind's words.
    mutating func parseKindClause() throws(Abort) -> KindClause {
        let kindToken = advance()
        let kind = Located(kindToken.text, at: kindToken.span)
        var clause = KindClause(kind: kind, arguments: [], words: [], span: kindToken.span)
        guard let words = kindWords[kindToken.text] else {
            let suggestion = EditDistance.closestMatch(to: kindToken.text, among: kindWords.keys)
            diagnostics.report(
                .semaUnknownKind, "unknown rule kind '\(kindToken.text)'", at: kindToken.span,
                help: suggestion.map { "did you mean '\($0)'?" }
                    ?? "the registered kinds are \(kindWords.keys.sorted().map { "'\($0)'" }.joined(separator: ", "))")
            while tokens[index].kind != .end, !isAtDeclarationStart, !tokens[index].is(.why), !tokens[index].is(.weight) { advance() }
            return clause
        }
        while Self.canStartArgument(tokens[index], words) {
            clause.arguments.append(try parseArgument(stoppingAt: words))
        }
        while Self.isClauseWord(tokens[index], words) {
            let wordToken = advance()
            var arguments: [Expression] = []
            while Self.canStartArgument(tokens[index], words) {
                arguments.append(try parseArgument(stoppingAt: words))
            }
            clause.words.append((Located(wordToken.text, at: wordToken.span), arguments))
        }
        clause.span = kindToken.span.through(tokens[max(index - 1, 0)].span)
        return clause
    }

    func isClauseWord(_ words: [String]) -> Bool {
        Self.isClauseWord(tokens[index], words)
    }

    /// Whether `token` is one of a kind's clause `words` (static, so that asking from a
    /// mutating method does not copy the parser).
    static func isClauseWord(_ token: Token, _ words: [String]) -> Bool {
        switch token.kind {
        case .word: return words.contains(token.text)
        case .keyword(let keyword): return words.contains(keyword.rawValue)
        default: return false
        }
    }

    func canStartArgument(_ words: [String]) -> Bool {
        Self.canStartArgument(tokens[index], words)
    }

    /// Whether `token` can start an argument of a kind with these clause `words`.
    static func canStartArgument(_ token: Token, _ words: [String]) -> Bool {
        if isClauseWord(token, words) { return false }
        switch token.kind {
        case .word, .number, .string, .leftBrace, .leftParen: return true
        case .keyword(.not), .keyword(.count), .keyword(.yes), .keyword(.no), .keyword(.none): return true
        default: return false
        }
    }

    mutating func parseArgument(stoppingAt words: [String]) throws(Abort) -> Expression {
        let saved = stopWords
        stopWords = words
        defer { stopWords = saved }
        return try parseCondition()
    }
}
