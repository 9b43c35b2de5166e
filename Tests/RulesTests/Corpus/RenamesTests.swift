import Analysis
import Engine
import Testing

/// The renames file: `old.id -> new.id` lines with `#` comments; every malformed line is
/// an error located `file:line:column`, as diagnostics are rendered everywhere.
@Suite struct RenamesTests {
    static func parse(_ text: String) -> (Renames, DiagnosticBag, String) {
        let source = SourceText(path: "renames", text: text)
        let (renames, diagnostics) = Renames.parse(source)
        let rendered = DiagnosticRenderer(sources: [source]).render(all: diagnostics.sorted)
        return (renames, diagnostics, rendered)
    }

    @Test func readsRenamesCommentsAndBlankLines() {
        let (renames, diagnostics, _) = Self.parse(
            """
            # facts
            dialog.webbsandning -> dialog.fullmaktige_webb   # sänds på webben

              hallbarhet.social.tidiga_insatser->hallbarhet.social.tidiga_samordnade_insatser
            2.2.f -> 2.5.a
            """)
        #expect(diagnostics.all.isEmpty)
        #expect(renames.entries.map(\.old.value) == ["dialog.webbsandning", "hallbarhet.social.tidiga_insatser", "2.2.f"])
        #expect(renames.entries.map(\.new.value) == ["dialog.fullmaktige_webb", "hallbarhet.social.tidiga_samordnade_insatser", "2.5.a"])
        #expect(renames.entries[1].old.span.start == SourceLocation(line: 4, column: 3))
        #expect(renames.entries[1].new.span.start == SourceLocation(line: 4, column: 38))
        #expect(renames.renamed("2.2.f") == "2.5.a")
        #expect(renames.renamed("x") == "x")
        #expect(renames.original("2.5.a") == "2.2.f")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var first: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "no arrow", text: "a.b -> c.d\n  a.c c.e\n",
            first: "renames:2:3: error: expected 'old.id -> new.id', found 'a.c c.e' [parse.expected-token]"),
        Case(
            name: "nothing after the arrow", text: "a.b ->\n",
            first: "renames:1:1: error: expected 'old.id -> new.id', found 'a.b ->' [parse.expected-token]"),
        Case(
            name: "not a name", text: "a..b -> c\n",
            first: "renames:1:1: error: 'a..b' is not a fact path or rule id [parse.expected-token]"),
        Case(
            name: "a second name after the new one", text: "a -> b c\n",
            first: "renames:1:8: error: expected the end of the line after 'b', found 'c' [parse.expected-token]"),
        Case(
            name: "renamed twice", text: "a -> b\na -> c\n",
            first: "renames:2:1: error: 'a' is renamed twice [sema.duplicate-id]"),
        Case(
            name: "two renamed to one", text: "a -> c\nb -> c\n",
            first: "renames:2:6: error: 'a' and 'b' are both renamed to 'c' [sema.duplicate-id]"),
    ]

    @Test(arguments: cases)
    func malformedLinesAreLocatedErrors(_ c: Case) {
        let (_, diagnostics, rendered) = Self.parse(c.text)
        #expect(diagnostics.hasErrors)
        #expect(rendered.split(separator: "\n").first.map(String.init) == c.first)
    }

    /// The rendering quotes the line with carets under the span, and a note for the first rename.
    @Test func aDuplicateShowsTheLineAndTheFirstPlace() {
        let (_, _, rendered) = Self.parse("dialog.a -> dialog.b\ndialog.a -> dialog.c\n")
        let lines = rendered.split(separator: "\n").map(String.init)
        #expect(lines[0] == "renames:2:1: error: 'dialog.a' is renamed twice [sema.duplicate-id]")
        #expect(lines.contains { $0.hasSuffix("dialog.a -> dialog.c") })
        #expect(lines.contains { $0.contains("| ^~~~~~~") }, "\(rendered)")
        #expect(lines.contains { $0.contains("renames:1:1: note: first renamed here") })
    }

    /// Against the two versions: unknown names (with "did you mean"), a fact renamed to a rule.
    @Test func validatesNamesAgainstBothVersions() throws {
        let f = try CorpusFixture()
        let (old, _) = try f.instrument("old", CorpusFixture.corpusInstrument)
        let (new, _) = try f.instrument("new", CorpusFixture.corpusInstrument.replacingOccurrences(of: "fact c:", with: "fact cc:")
            .replacingOccurrences(of: "when c award", with: "when cc award"))
        let source = SourceText(path: "renames", text: "c -> cc\nd -> cc.x\nb -> 1.1.a\n1.9.z -> 1.2.a\n")
        let (renames, parsed) = Renames.parse(source)
        #expect(parsed.all.isEmpty)
        let lines = renames.validate(old: old, new: new).all.map { d in
            "\(d.span?.start.description ?? "-") \(d.message) [\(d.id)]" + (d.help.map { " help: \($0)" } ?? "")
        }
        #expect(
            lines == [
                "2:1 no fact 'd' in the old version (T 1) [sema.unknown-fact] help: did you mean 'a'?",
                "2:6 no fact 'cc.x' in the new version (T 1) [sema.unknown-fact]",
                "3:6 'b' is a fact of the old version, but '1.1.a' is a rule of the new [sema.type-mismatch] "
                    + "help: rename facts to facts and rules to rules",
                "4:1 no rule '1.9.z' in the old version (T 1) [sema.unknown-id]",
            ])
        #expect(renames.facts(of: old) == ["c": "cc", "b": "1.1.a"])
        #expect(renames.rules(of: old).isEmpty)
    }
}
