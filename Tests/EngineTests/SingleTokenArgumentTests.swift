import Testing

@testable import Engine

/// A kind clause's argument of one word, number, string or `{…}` that nothing continues is read
/// without going down through every level of a condition: it must be the expression the
/// full condition parser reads there, with the same diagnostics and the same next token.
/// (An argument never starts at a clause word: the clause reads that as the word.)
@Suite struct SingleTokenArgumentTests {
    /// An expression's shape and places, written out.
    static func describe(_ e: Expression) -> String {
        let place = "@\(e.span.start.line):\(e.span.start.column)+\(e.span.length)"
        switch e.node {
        case .word(let w): return "word(\(w))\(place)"
        case .number(let n): return "number(\(n))\(place)"
        case .string(let s): return "string(\(s))\(place)"
        case .yes: return "yes\(place)"
        case .no: return "no\(place)"
        case .none: return "none\(place)"
        case .setLiteral(let items): return "set(\(items.map(\.value)))\(place)"
        case .map(let entries): return "map(\(entries.map { $0.key.value + ":" + $0.value.value }))\(place)"
        case .count(let fact): return "count(\(fact.value))\(place)"
        case .not(let a): return "not(\(describe(a)))\(place)"
        case .and(let a, let b): return "and(\(describe(a)), \(describe(b)))\(place)"
        case .or(let a, let b): return "or(\(describe(a)), \(describe(b)))\(place)"
        case .compare(let op, let a, let b): return "cmp(\(op.rawValue), \(describe(a)), \(describe(b)))\(place)"
        case .contains(let a, let item): return "contains(\(describe(a)), \(item.value))\(place)"
        case .containsAny(let a, let items): return "any(\(describe(a)), \(items.map(\.value)))\(place)"
        case .containsAll(let a, let items): return "all(\(describe(a)), \(items.map(\.value)))\(place)"
        }
    }

    static let words = ["award", "cap"]

    /// What reading an argument at the start of `text` gives, by `read`: the expression (or
    /// the abort), the diagnostics, and the index of the next token.
    static func read(_ text: String, _ read: (inout Parser) throws(Parser.Abort) -> Expression) -> String {
        let (tokens, _) = Lexer.tokenize(SourceText(path: "a.kompass", text: text))
        var parser = Parser(tokens: tokens, path: "a.kompass", kindWords: [:])
        parser.stopWords = words
        let result: String
        do { result = describe(try read(&parser)) } catch { result = "abort" }
        let diagnostics = parser.diagnostics.all.map { "\($0.id) \($0.message)" }
        return "\(result) \(diagnostics) next \(parser.index)"
    }

    @Test(arguments: [
        "a award 2", "8.5 award 2", "\"x y\" cap 3", "-4 cap 2", "a", "7", "99999999999999 award 1",
        "1.1234567 award 1", "a == yes award 2", "n >= 3 and b award 1", "s contains x award 1",
        "a or b award 1", "a and not b", "n < 4", "3 > n", "s contains any {x, y}", "a b c", "a )",
        "( a ) award 1", "{a, b} award 1", "{ exists: 2, evaluated: 3 }", "{ >= 100: 1 } award 2",
        "{a} == b", "{ x: 99999999999999 } award 1", "{ x: 99999999999999 } == 2", "{a,", "{ >= : 1 }", "{}", "not a award 1", "yes", "none award 2",
    ])
    func aSingleTokenArgumentIsWhatTheConditionParserReads(_ text: String) {
        let full = Self.read(text) { (p: inout Parser) throws(Parser.Abort) in try p.parseCondition() }
        let argument = Self.read(text) { (p: inout Parser) throws(Parser.Abort) in
            try p.parseArgument(stoppingAt: Self.words)
        }
        #expect(argument == full)
    }
}
