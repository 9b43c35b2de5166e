extension Parser {
    /// `or`, the loosest level.
    mutating func parseCondition() throws(Abort) -> Expression {
        try deeper()
        defer { depth -= 1 }
        var left = try parseAnd()
        while skip(.or) {
            let right = try parseAnd()
            left = Expression(.or(left, right), at: left.span.through(right.span))
        }
        return left
    }

    // `and` and comparisons inlined into the level above: a condition is read through every
    // level, and each call returned the expression through memory once more.
    @inline(__always)
    private mutating func parseAnd() throws(Abort) -> Expression {
        var left = try parseNot()
        while skip(.and) {
            let right = try parseNot()
            left = Expression(.and(left, right), at: left.span.through(right.span))
        }
        return left
    }

    private mutating func parseNot() throws(Abort) -> Expression {
        guard let not = take(.not) else { return try parseComparison() }
        try deeper()
        defer { depth -= 1 }
        let operand = try parseNot()
        return Expression(.not(operand), at: span(not).through(operand.span))
    }

    @inline(__always)
    private mutating func parseComparison() throws(Abort) -> Expression {
        let left = try parsePrimary()
        if let op = comparisonOperator(tokens[index].kind) {
            advance()
            let right = try parsePrimary()
            return Expression(.compare(op, left, right), at: left.span.through(right.span))
        }
        guard skip(.contains) else { return left }
        if skip(.any) {
            let items = try parseItemList()
            return Expression(.containsAny(left, items), at: left.span.through(previousSpan))
        }
        if skip(.all) {
            let items = try parseItemList()
            return Expression(.containsAll(left, items), at: left.span.through(previousSpan))
        }
        let item = try parseItem()
        return Expression(.contains(left, item), at: left.span.through(item.span))
    }

    private mutating func parsePrimary() throws(Abort) -> Expression {
        let i = index
        let token = tokens[i]
        switch token.kind {
        case .leftParen:
            advance()
            let inner = try parseCondition()
            try require(.rightParen, "')' to close '('")
            return inner
        case .keyword(.count):
            advance()
            try require(.leftParen, "'(' after 'count'")
            let fact = try expectWord("a set fact inside 'count(…)'")
            try require(.rightParen, "')' to close 'count('")
            return Expression(.count(fact), at: span(i).through(previousSpan))
        case .keyword(.yes): advance(); return Expression(.yes, at: span(i))
        case .keyword(.no): advance(); return Expression(.no, at: span(i))
        case .keyword(.none): advance(); return Expression(.none, at: span(i))
        case .leftBrace:
            let open = advance()
            return try parseBraced(open)
        case .word where stopWords.contains(text(i)):
            throw fail("a fact, a value or '('")
        default:
            if let value = parseValueToken() { return value }
            throw fail("a fact, a value or '('")
        }
    }

    /// The string, number or word at the index as an expression (a word written as a
    /// number is a number), the parser past it; nil, the parser where it was, for any other
    /// token. Whether a word may stand here (it is no stop word) is the caller's to decide.
    @inline(__always)
    mutating func parseValueToken() -> Expression? {
        let i = index
        switch tokens[i].kind {
        case .string:
            advance()
            return Expression(.string(text(i)), at: span(i))
        case .number:
            advance()
            checkMagnitude(i)
            return Expression(.number(text(i)), at: span(i))
        case .word:
            advance()
            if tokens[i].isNumeric {
                checkMagnitude(i)
                return Expression(.number(text(i)), at: span(i))
            }
            return Expression(.word(text(i)), at: span(i))
        default:
            return nil
        }
    }

    /// The contents of `{…}` after its opening brace (token `open`): a set of items or a map.
    mutating func parseBraced(_ open: Int) throws(Abort) -> Expression {
        if skip(.rightBrace) { return Expression(.setLiteral([]), at: span(open).through(previousSpan)) }
        let isMap = comparisonOperator(tokens[index].kind) != nil || peekKind() == .colon
        guard isMap else {
            var items: [Located<String>] = []
            repeat {
                items.append(try parseItem())
            } while skip(.comma) && tokens[index].kind != .rightBrace
            try require(.rightBrace, "',' or '}' in the list of items")
            return Expression(.setLiteral(items), at: span(open).through(previousSpan))
        }
        // Room for four entries up front (a ladder's levels, a threshold's bands): growing
        // from empty allocated at the first, second and third entry.
        var entries: [MapEntry] = []
        entries.reserveCapacity(4)
        repeat {
            var comparison: ComparisonOperator?
            if let op = comparisonOperator(tokens[index].kind) {
                advance()
                comparison = op
            }
            let key: Located<String>
            if tokens[index].kind == .number || tokens[index].kind == .word || tokens[index].kind == .string || tokens[index].is(.none) {
                key = advanceLocated()
            } else {
                throw fail("a level, a band such as '>= 100' or an id")
            }
            try require(.colon, "':' after '\(key.value)'")
            let value = try expectNumber("a value after ':'")
            entries.append(MapEntry(comparison: comparison, key: key, value: value))
        } while skip(.comma) && tokens[index].kind != .rightBrace
        try require(.rightBrace, "',' or '}' in the map")
        return Expression(.map(entries), at: span(open).through(previousSpan))
    }

    var previousSpan: SourceSpan { span(max(index - 1, 0)) }

    private mutating func deeper() throws(Abort) {
        depth += 1
        if depth > Parser.maximumDepth {
            diagnostics.report(
                .parseTooDeep, "conditions nest deeper than \(Parser.maximumDepth) levels", at: span(index),
                help: "split the condition into several rules or facts")
            depth -= 1
            throw Abort()
        }
    }

    private func comparisonOperator(_ kind: Token.Kind) -> ComparisonOperator? {
        switch kind {
        case .equalEqual: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        default: return nil
        }
    }
}
