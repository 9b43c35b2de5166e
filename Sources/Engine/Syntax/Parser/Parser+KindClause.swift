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
        // The parts in locals, the clause made once at the end (mutating a clause in place
        // copied it whole on the way out).
        // The first one or two leading arguments (a fact and its map, the most a built-in
        // kind takes) made into a list by a literal: reserving room in an empty list and
        // appending went through growing a copy.
        var leading: [Expression] = []
        if Self.canStartArgument(tokens[index], texts, words) {
            let first = try parseArgument(stoppingAt: words)
            if Self.canStartArgument(tokens[index], texts, words) {
                leading = [first, try parseArgument(stoppingAt: words)]
                while Self.canStartArgument(tokens[index], texts, words) {
                    leading.append(try parseArgument(stoppingAt: words))
                }
            } else {
                leading = [first]
            }
        }
        var clauseWords: [(word: Located<String>, arguments: [Expression])] = []
        while Self.isClauseWord(tokens[index], texts, words) {
            // The first clause word's list made by a literal below (most clauses have one);
            // room for as many as the kind has once a second is written.
            if clauseWords.count == 1 { clauseWords.reserveCapacity(words.count) }
            let word = advanceLocated()
            // A clause word takes one argument as a rule: a one-element literal allocates
            // it, where the first append to an empty list went through growing a copy.
            var arguments: [Expression] = []
            if Self.canStartArgument(tokens[index], texts, words) {
                arguments = [try parseArgument(stoppingAt: words)]
                while Self.canStartArgument(tokens[index], texts, words) {
                    arguments.append(try parseArgument(stoppingAt: words))
                }
            }
            if clauseWords.isEmpty {
                clauseWords = [(word, arguments)]
            } else {
                clauseWords.append((word, arguments))
            }
        }
        return KindClause(
            kind: kind, arguments: leading, words: clauseWords, span: kind.span.through(span(max(index - 1, 0))))
    }

    /// The clause words of the kind named by the text at index `text` of this file (equal
    /// words share one text), or nil when no kind has this name.
    private mutating func kindWords(text: Int32, name: String) -> [String]? {
        for known in kindsByText where known.text == text { return known.words }
        guard let words = kindWords[name] else { return nil }
        kindsByText.append((text, words))
        return words
    }

    func isClauseWord(_ words: [String]) -> Bool {
        Self.isClauseWord(tokens[index], texts, words)
    }

    /// Whether `token` (whose text is in `texts`) is one of a kind's clause `words`
    /// (static, so that asking from a mutating method does not copy the parser).
    static func isClauseWord(_ token: CompactToken, _ texts: [String], _ words: [String]) -> Bool {
        switch token.kind {
        case .word: return words.contains(texts[Int(token.text)])
        case .keyword(let keyword): return words.contains(keyword.rawValue)
        default: return false
        }
    }

    func canStartArgument(_ words: [String]) -> Bool {
        Self.canStartArgument(tokens[index], texts, words)
    }

    /// Whether `token` can start an argument of a kind with these clause `words`.
    static func canStartArgument(_ token: CompactToken, _ texts: [String], _ words: [String]) -> Bool {
        if isClauseWord(token, texts, words) { return false }
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
