import Support

extension Parser {
    /// A kind clause read generically: the kind's name, then arguments, then each of the
    /// kind's own words with the arguments after it. The clause ends at the first token
    /// that is neither an argument nor one of the kind's words.
    mutating func parseKindClause() throws(Abort) -> KindClause {
        let text = tokens[index].text
        let kind = advanceLocated()
        guard let words = kindWords(text: text, name: kind.value) else {
            let suggestion = EditDistance.closestMatch(to: kind.value, among: kindWords.keys)
            diagnostics.report(
                .semaUnknownKind, "unknown rule kind '\(kind.value)'", at: kind.span,
                help: suggestion.map { "did you mean '\($0)'?" }
                    ?? "the registered kinds are \(kindWords.keys.sorted().map { "'\($0)'" }.joined(separator: ", "))")
            while tokens[index].kind != .end, !isAtDeclarationStart, !tokens[index].is(.why), !tokens[index].is(.weight) { advance() }
            return KindClause(kind: kind, arguments: [], words: [], span: kind.span)
        }
        // The clause's parts in one list, with room for two leading arguments (a fact and
        // its map) or one and an argument after each of the kind's words, so that it is
        // allocated once; the clause made at the end (mutating a clause in place copied it
        // whole on the way out). Each token between arguments is asked once whether it is
        // a clause word, an argument or the clause's end (`next`).
        var parts: [Expression] = []
        parts.reserveCapacity(max(2, 1 + 2 * words.count))
        var places = ClauseWordPlaces()
        var next = Self.clauseToken(tokens[index], texts, words)
        while next == .argument {
            parts.append(try parseArgument(stoppingAt: words))
            next = Self.clauseToken(tokens[index], texts, words)
        }
        while next == .word {
            places.append(parts.count)
            let word = advanceLocated()
            parts.append(Expression(.word(word.value), at: word.span))
            next = Self.clauseToken(tokens[index], texts, words)
            while next == .argument {
                parts.append(try parseArgument(stoppingAt: words))
                next = Self.clauseToken(tokens[index], texts, words)
            }
        }
        return KindClause(
            kind: kind, parts: parts, wordPlaces: places, span: kind.span.through(span(max(index - 1, 0))))
    }

    /// The clause words of the kind named by the text at index `text` of this file (equal
    /// words share one text), or nil when no kind has this name.
    private mutating func kindWords(text: Int32, name: String) -> [String]? {
        for known in kindsByText where known.text == text { return known.words }
        guard let words = kindWords[name] else { return nil }
        kindsByText.append((text, words))
        return words
    }

    /// What a token in a kind clause is: one of the kind's clause words, the start of an
    /// argument, or neither (the clause ends before it).
    enum ClauseToken {
        case word, argument, end
    }

    /// What `token` (whose text is in `texts`) is in the clause of a kind with these clause
    /// `words`: asked once per token between arguments, where asking whether it is a clause
    /// word and then whether it starts an argument compared its text with the words twice.
    static func clauseToken(_ token: CompactToken, _ texts: [String], _ words: [String]) -> ClauseToken {
        switch token.kind {
        case .word: return words.contains(texts[Int(token.text)]) ? .word : .argument
        case .keyword(let keyword):
            if words.contains(keyword.rawValue) { return .word }
            switch keyword {
            case .not, .count, .yes, .no, .none: return .argument
            default: return .end
            }
        case .number, .string, .leftBrace, .leftParen: return .argument
        default: return .end
        }
    }

    /// An argument (whose first token is no clause word): a condition that stops at the
    /// kind's clause `words`.
    mutating func parseArgument(stoppingAt words: [String]) throws(Abort) -> Expression {
        if let single = try singleTokenArgument() { return single }
        let saved = stopWords
        stopWords = words
        defer { stopWords = saved }
        return try parseCondition()
    }

    /// The argument when it is one word, number, string or `{…}` that nothing continues
    /// (most are: a fact, a value after `award`, a ladder's map), read as
    /// ``parsePrimary()`` reads it (``parseValueToken()``, ``parseBraced(_:)``), without
    /// going down through every level of a condition; nil otherwise.
    private mutating func singleTokenArgument() throws(Abort) -> Expression? {
        if tokens[index].kind == .leftBrace { return try bracedArgument() }
        if Self.continuesCondition(peekKind()) { return nil }
        return parseValueToken()
    }

    /// Whether a token of this kind after a primary continues a condition (an operator,
    /// `and`, `or`, `contains`).
    static func continuesCondition(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .equalEqual, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .keyword(.and), .keyword(.or),
            .keyword(.contains):
            true
        default: false
        }
    }

    /// A `{…}` argument that nothing continues, read by ``parseBraced(_:)``; when something
    /// continues it (no kind's argument does), nil, with the parser and its diagnostics as
    /// they were, for the condition parser to read it from the start.
    private mutating func bracedArgument() throws(Abort) -> Expression? {
        let open = index
        let saved = diagnostics
        advance()
        let braced: Expression
        do {
            braced = try parseBraced(open)
        } catch {
            index = open
            diagnostics = saved
            return nil
        }
        guard Self.continuesCondition(tokens[index].kind) else { return braced }
        index = open
        diagnostics = saved
        return nil
    }
}
