import Testing

@testable import Engine

/// A kind clause is held as one list of parts (leading arguments, then each word and its
/// arguments), the words' places packed while they fit: what it gives back is what it
/// was made of, in place and as lists, for any number of words at any places.
@Suite struct KindClausePartsTests {
    static let span = SourceSpan(path: "t.kompass", start: SourceLocation(line: 1, column: 1), length: 1)

    static func word(_ text: String, _ column: Int) -> Expression {
        Expression(.word(text), at: SourceSpan(path: "t.kompass", start: SourceLocation(line: 1, column: column), length: 1))
    }

    /// A clause of `leading` arguments and `words` words, word `k` with `k % 3` arguments.
    static func clause(leading: Int, words: Int) -> (KindClause, [String], [(String, [String])]) {
        var column = 1
        func next(_ text: String) -> Expression {
            column += 1
            return word(text, column)
        }
        let arguments = (0..<leading).map { next("a\($0)") }
        var written: [(word: Located<String>, arguments: [Expression])] = []
        for k in 0..<words {
            let w = next("w\(k)")
            written.append((Located(w.word!, at: w.span), (0..<(k % 3)).map { next("w\(k)a\($0)") }))
        }
        let clause = KindClause(kind: Located("k", at: span), arguments: arguments, words: written, span: span)
        return (clause, arguments.map { $0.word! }, written.map { ($0.word.value, $0.arguments.map { $0.word! }) })
    }

    @Test(arguments: [(0, 0), (2, 0), (1, 1), (0, 3), (1, 8), (2, 9), (0, 20), (300, 2), (250, 4)])
    func givesBackWhatItWasMadeOf(leading: Int, words: Int) {
        let (clause, arguments, written) = Self.clause(leading: leading, words: words)
        #expect(clause.wordCount == words)
        #expect(clause.leadingArguments.map { $0.word! } == arguments)
        #expect(clause.arguments.map { $0.word! } == arguments)
        #expect(clause.words.map(\.word.value) == written.map(\.0))
        for k in 0..<words {
            #expect(clause.word(at: k).value == written[k].0)
            #expect(clause.argumentSlice(ofWord: k).map { $0.word! } == written[k].1)
            #expect(clause.words[k].arguments.map { $0.word! } == written[k].1)
            #expect(clause.arguments(after: written[k].0)?.map { $0.word! } == written[k].1)
            #expect(clause.span(of: written[k].0) == clause.word(at: k).span)
        }
        #expect(clause.arguments(after: "absent") == nil)
        #expect(clause.span(of: "absent") == nil)
    }

    @Test func placesPackWhileTheyFitAndListBeyond() {
        var places = ClauseWordPlaces()
        let written = [0, 3, 255, 7, 9, 11, 13, 200, 256, 4, 1000]
        for (k, place) in written.enumerated() {
            places.append(place)
            #expect(places.count == k + 1)
            #expect((0...k).map { places[$0] } == Array(written[0...k]))
        }
    }

    @Test func settingArgumentsOrWordsKeepsTheOther() {
        var (clause, _, written) = Self.clause(leading: 1, words: 2)
        clause.arguments = [Self.word("x", 40), Self.word("y", 41)]
        #expect(clause.leadingArguments.map { $0.word! } == ["x", "y"])
        #expect(clause.words.map(\.word.value) == written.map(\.0))
        #expect(clause.argumentSlice(after: "w1")?.map { $0.word! } == written[1].1)
        clause.words = [(Located("z", at: Self.span), [Self.word("z1", 50)])]
        #expect(clause.leadingArguments.map { $0.word! } == ["x", "y"])
        #expect(clause.words.map(\.word.value) == ["z"])
        #expect(clause.arguments(after: "z")?.map { $0.word! } == ["z1"])
        #expect(clause.arguments(after: "w0") == nil)
    }

    @Test func theParserMakesOneListOfParts() {
        let source = """
            instrument "T" version "1"
            area 1 "A" max 10
            subarea 1.1 "S" max 10
              rule 1.1.a "a"
                each x from {p, q} award 2 cap 4

            """
        let (file, _) = Parser.parse(
            SourceText(path: "t.kompass", text: source), kindWords: ["each": ["from", "award", "cap"]])
        guard case .rule(let rule)? = file.declarations.last, let clause = rule.clause else {
            Issue.record("no rule")
            return
        }
        #expect(clause.parts.count == 7)
        #expect(clause.leadingArguments.map { $0.word } == ["x"])
        #expect((0..<clause.wordCount).map { clause.word(at: $0).value } == ["from", "award", "cap"])
        #expect(clause.word(at: 1).span.start.column == 24)
        #expect(clause.argumentSlice(after: "cap")?.first.flatMap { if case .number(let n) = $0.node { n } else { nil } } == "4")
    }
}
