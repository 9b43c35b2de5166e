import Testing

@testable import Engine

/// The parser looks a kind's clause words up once per file and kind name (by the name's
/// text in the file): rules of different kinds, in any order, still end their clauses at
/// their own kind's words, and an unknown kind is still reported where it stands.
@Suite struct KindClauseWordsTests {
    static let kindWords: [String: [String]] = [
        "each": ["award", "cap", "from"],
        "when": ["award"],
    ]

    static let source = """
        instrument "T" version "1"
        area 1 "A" max 10
        subarea 1.1 "S" max 10
          rule 1.1.a "a"
            each x award 2 cap 4
          rule 1.1.b "b"
            when y cap award 3
          rule 1.1.c "c"
            each z award 1 cap 2
          rule 1.1.d "d"
            sometimes q award 1
          rule 1.1.e "e"
            when w cap award 5
          rule 1.1.f "f"
            each v cap 3 award 1

        """

    /// Each rule's id, its clause's leading arguments (as words) and its clause words.
    static func clauses(_ file: SourceFileSyntax) -> [String] {
        file.declarations.compactMap { declaration in
            guard case .rule(let rule) = declaration, let clause = rule.clause else { return nil }
            let arguments = clause.arguments.map { $0.word ?? "?" }.joined(separator: " ")
            let words = clause.words.map { "\($0.word.value)(\($0.arguments.count))" }.joined(separator: " ")
            return "\(rule.id.value): \(clause.kind.value) [\(arguments)] \(words)"
        }
    }

    @Test func clausesEndAtTheirOwnKindsWords() {
        let (file, bag) = Parser.parse(SourceText(path: "t.kompass", text: Self.source), kindWords: Self.kindWords)
        #expect(
            Self.clauses(file) == [
                "1.1.a: each [x] award(1) cap(1)",
                // `cap` is a word of `each`, not of `when`: here it is an argument.
                "1.1.b: when [y cap] award(1)",
                "1.1.c: each [z] award(1) cap(1)",
                "1.1.d: sometimes [] ",
                "1.1.e: when [w cap] award(1)",
                "1.1.f: each [v] cap(1) award(1)",
            ])
        let unknown = bag.all.filter { $0.id == .semaUnknownKind }
        #expect(unknown.count == 1)
        #expect(unknown.first?.span?.start.line == 11)
        #expect(unknown.first?.span?.start.column == 5)
        #expect(unknown.first?.message == "unknown rule kind 'sometimes'")
    }

    /// The same file read from `Token`s (each token with its own text, so no name is found
    /// again by its text) parses to the same clauses.
    @Test func tokensWithoutSharedTextsParseTheSame() {
        let source = SourceText(path: "t.kompass", text: Self.source)
        let (tokens, _) = Lexer.tokenize(source)
        var parser = Parser(tokens: tokens, path: source.path, kindWords: Self.kindWords)
        let file = parser.parseFile()
        let (compact, _) = Parser.parse(source, kindWords: Self.kindWords)
        #expect(Self.clauses(file) == Self.clauses(compact))
        #expect(Self.clauses(file).count == 6)
    }
}

/// Words are read by bytes while they are ASCII (letters, digits, `_`, points between
/// them) and end before an ASCII byte; anything else is measured by characters. Both ways
/// give the reference lexer's tokens at the edges between them.
@Suite struct ASCIIWordTests {
    @Test(arguments: [
        "a.b a. .a a..b a.b. a._ a.1 1.2 1.2.3 12. _x x_1.y_2 abc",
        "a.bö aö.b a.ö ö.a a.b\u{0301} a\u{0301}.b a.\u{0301}b a.b.\u{0301}",
        "x.y\"s\" x.y{ x.y( x.y, x.y: x.y# c\nx.y\r\nz a.b", "a.b", "a.", "7", "x.y.z.w.v",
        "0,5 1.2,5 a.b,5 12,x -3.5 -a", "åäö.x x.åäö x.y\u{00A0}z x.y\u{2028}z",
    ])
    func asciiWordsLexAsTheReference(_ text: String) {
        let source = SourceText(path: "w.kompass", text: text)
        let (fast, reference) = LexerEquivalenceTests.lexed(source)
        #expect(fast == reference, "\(text)")
        #expect(fast.tokens.count > 1)
    }
}
