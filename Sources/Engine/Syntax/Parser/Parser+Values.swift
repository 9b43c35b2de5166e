extension Parser {
    /// A fact value: `yes`, `no`, `none`, a level, a number or `{items}`.
    public mutating func parseValue() throws(Abort) -> ValueLiteral {
        let i = index
        let token = tokens[i]
        switch token.kind {
        case .keyword(.yes): advance(); return ValueLiteral(.yes, at: span(i))
        case .keyword(.no): advance(); return ValueLiteral(.no, at: span(i))
        case .keyword(.none): advance(); return ValueLiteral(.none, at: span(i))
        case .leftBrace:
            let at = span(i)
            let items = try parseItemList()
            return ValueLiteral(.items(items), at: at)
        case .number where true, .word where token.isNumeric:
            advance()
            checkMagnitude(i)
            return ValueLiteral(.number(text(i)), at: span(i))
        case .word, .string:
            advance()
            return ValueLiteral(.level(text(i)), at: span(i))
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
