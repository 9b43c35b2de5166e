extension Parser {
    /// A fact value: `yes`, `no`, `none`, a level, a number or `{items}`.
    public mutating func parseValue() throws(Abort) -> ValueLiteral {
        let token = tokens[index]
        switch token.kind {
        case .keyword(.yes): advance(); return ValueLiteral(.yes, at: token.span)
        case .keyword(.no): advance(); return ValueLiteral(.no, at: token.span)
        case .keyword(.none): advance(); return ValueLiteral(.none, at: token.span)
        case .leftBrace:
            let items = try parseItemList()
            return ValueLiteral(.items(items), at: token.span)
        case .number where true, .word where token.isNumeric:
            advance()
            checkMagnitude(token)
            return ValueLiteral(.number(token.text), at: token.span)
        case .word, .string:
            advance()
            return ValueLiteral(.level(token.text), at: token.span)
        default:
            throw fail("a value ('yes', 'no', 'none', a level, a number or '{…}')")
        }
    }

    /// `{a, b, "c d"}`: items are words or strings.
    public mutating func parseItemList() throws(Abort) -> [Located<String>] {
        try require(.leftBrace, "'{'")
        var items: [Located<String>] = []
        if skip(.rightBrace) { return items }
        repeat {
            items.append(try parseItem())
        } while skip(.comma) && tokens[index].kind != .rightBrace
        try require(.rightBrace, "',' or '}' in the list of items")
        return items
    }

    mutating func parseItem() throws(Abort) -> Located<String> {
        switch tokens[index].kind {
        case .word, .string, .number:
            return advanceLocated()
        case .keyword(let keyword):
            throw fail(
                "an item", help: "'\(keyword.rawValue)' is a keyword; write \"\(keyword.rawValue)\" to use it as an item")
        default:
            throw fail("an item (a word or a string)")
        }
    }
}
