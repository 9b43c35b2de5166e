import Testing

@testable import Engine

/// A rule context's shared catalogue is its catalogue: made once with the context, the same
/// reference for every rule checked with it, and made again when the catalogue is set.
@Suite struct SharedFactCatalogTests {
    static func catalog(_ paths: [String]) -> FactCatalog {
        FactCatalog(
            facts: paths.enumerated().map { index, path in
                Fact(
                    path: path, type: .flag, description: "",
                    span: SourceSpan(path: "i.kompass", start: SourceLocation(line: index + 1, column: 1), length: 1))
            }, ladders: [])
    }

    @Test func sharedCatalogFollowsTheCatalog() {
        var context = RuleContext(catalog: Self.catalog(["a", "b.c"]), ruleID: "", isWeighted: false)
        let first = context.sharedCatalog
        #expect(first.catalog.facts.map(\.path) == ["a", "b.c"])
        #expect(first.catalog.indexOfFact("b.c") == 1)
        // Setting what each rule is checked with keeps the one reference.
        context.ruleID = "1.1.a"
        context.isWeighted = true
        #expect(context.sharedCatalog === first)
        // Setting the catalogue makes a new one; the one kept before stays as it was.
        context.catalog = Self.catalog(["x", "y", "z"])
        #expect(context.sharedCatalog !== first)
        #expect(context.sharedCatalog.catalog.facts.map(\.path) == ["x", "y", "z"])
        #expect(context.sharedCatalog.catalog.indexOfFact("z") == 2)
        #expect(first.catalog.facts.map(\.path) == ["a", "b.c"])
    }
}
