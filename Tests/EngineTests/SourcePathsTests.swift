import Testing

@testable import Engine

/// Spans hold their path by number (``SourcePaths``): the path comes back exactly as it
/// was given, equal paths make equal spans, and two spellings `String` finds equal (a
/// composed and a decomposed `å`) keep their own bytes.
@Suite struct SourcePathsTests {
    static func span(_ path: String, line: Int = 1, column: Int = 1, length: Int = 1) -> SourceSpan {
        SourceSpan(path: path, start: SourceLocation(line: line, column: column), length: length)
    }

    @Test(arguments: [
        "", "a.kompass", "Rules/kommunkompassen-2019/01-styrning.kompass", "område/å.kompass",
        "/tmp/a path with spaces/\u{1F600}.kompass",
    ])
    func pathComesBackAsGiven(path: String) {
        let span = Self.span(path)
        #expect(span.path == path)
        #expect(Array(span.path.utf8) == Array(path.utf8))
        #expect(SourcePaths.path(SourcePaths.number(of: path)) == path)
    }

    @Test func equalPathsGiveEqualSpansAndOneNumber() {
        let a = Self.span("equal-\(#line).kompass", line: 3, column: 4, length: 5)
        let b = Self.span(String("equal-\(#line - 1).kompass"), line: 3, column: 4, length: 5)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a.pathNumber == b.pathNumber)
        #expect(a != Self.span("other-\(#line).kompass", line: 3, column: 4, length: 5))
        #expect(a != Self.span(a.path, line: 3, column: 4, length: 6))
    }

    @Test func spellingsStringFindsEqualKeepTheirOwnBytes() {
        let composed = "\u{E5}-\(#line).kompass"
        let decomposed = "a\u{30A}-\(#line - 1).kompass"
        #expect(composed == decomposed)  // as `String` compares them
        let first = Self.span(composed)
        let second = Self.span(decomposed)
        #expect(Array(first.path.utf8) == Array(composed.utf8))
        #expect(Array(second.path.utf8) == Array(decomposed.utf8))
        #expect(first.pathNumber != second.pathNumber)
        #expect(SourcePaths.number(of: decomposed) == second.pathNumber)
    }

    @Test func settingThePathRenumbersTheSpan() {
        var span = Self.span("before-\(#line).kompass", line: 2, column: 7, length: 3)
        span.path = "after.kompass"
        #expect(span.path == "after.kompass")
        #expect(span == Self.span("after.kompass", line: 2, column: 7, length: 3))
    }

    @Test func throughJoinsSpansOfOnePathOnOneLineOnly() {
        let start = Self.span("through.kompass", line: 4, column: 3, length: 2)
        #expect(start.through(Self.span("through.kompass", line: 4, column: 10, length: 4)) == Self.span("through.kompass", line: 4, column: 3, length: 11))
        #expect(start.through(Self.span("elsewhere.kompass", line: 4, column: 10, length: 4)) == start)
        #expect(start.through(Self.span("through.kompass", line: 5, column: 10, length: 4)) == start)
    }

    @Test func parsedNodesNameTheirFile() {
        let source = SourceText(path: "parsed-\(#line).kompass", bytes: Array("fact a.b: flag \"A\"\n".utf8))
        let (file, diagnostics) = Parser.parse(source)
        #expect(diagnostics.all.isEmpty)
        guard case .fact(let fact)? = file.declarations.first else {
            Issue.record("expected a fact")
            return
        }
        #expect(fact.path.span.path == source.path)
        #expect(fact.path.span == SourceSpan(path: source.path, start: SourceLocation(line: 1, column: 6), length: 3))
    }
}
