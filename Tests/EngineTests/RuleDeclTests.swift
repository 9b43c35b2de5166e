import Testing

@testable import Engine

/// A rule declaration is a class of constant fields: `with(clause:)` gives a new
/// declaration and leaves the one it was made from (and the file holding it) as it was.
@Suite struct RuleDeclTests {
    static let source = """
        instrument "T" version "1"
        area 1 "A" max 10
        subarea 1.1 "S" max 10
          rule 1.1.a "a" why "because"
            each x award 2 cap 4
          rule 1.1.b "b"
            when y award 3

        """

    static func rules(_ file: SourceFileSyntax) -> [RuleDecl] {
        file.declarations.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }
    }

    @Test func withClauseReplacesOnlyTheClause() throws {
        let kindWords: [String: [String]] = ["each": ["award", "cap"], "when": ["award"]]
        let (file, bag) = Parser.parse(SourceText(path: "t.kompass", text: Self.source), kindWords: kindWords)
        #expect(bag.all.isEmpty)
        let rules = Self.rules(file)
        #expect(rules.map(\.id.value) == ["1.1.a", "1.1.b"])
        let first = rules[0]
        let swapped = first.with(clause: rules[1].clause)
        #expect(swapped.id.value == "1.1.a")
        #expect(swapped.id.span == first.id.span)
        #expect(swapped.title?.value == "a")
        #expect(swapped.why?.value == "because")
        #expect(swapped.span == first.span)
        #expect(swapped.clause?.kind.value == "when")
        #expect(swapped.clause?.span == rules[1].clause?.span)
        // The original, and the file's own copy, keep their clause.
        #expect(first.clause?.kind.value == "each")
        #expect(Self.rules(file)[0].clause?.kind.value == "each")
        #expect(first.with(clause: nil).clause == nil)
        #expect(first.with(clause: nil).id.value == "1.1.a")
    }
}
