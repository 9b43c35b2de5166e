import Analysis
import Engine
import Reports
import Testing

/// `diff` on two small hand-written versions: a value changed under a cap, a fact renamed,
/// a judgement rule moved to another subarea (renamed), a rule added, a rule removed with
/// the fact it read. Every number below is worked out by hand in the comments.
@Suite struct VersionDiffTests {
    static func r(_ n: Int64) -> Rational { Rational(n) }

    static let old = """
        instrument "T" version "1"
        fact a: flag "A"
        fact b: flag "B"
        fact c: set "C"
        fact gone: flag "Gone"
        area 1 "Area" max 30
        subarea 1.1 "S1" max 10
          rule 1.1.a "A" when a award 4
          rule 1.1.b "B" when b award 4
          rule 1.1.c "C" each c award 2 cap 6
          rule 1.1.d "J" judgement max 2
        subarea 1.2 "S2" max 20
          rule 1.2.a "Gone" when gone award 5
        test "t" given a = yes expect 1.1.a = 4

        """

    static let new = """
        instrument "T" version "2"
        fact a: flag "A"
        fact b2: flag "B"
        fact c: set "C"
        area 1 "Area" max 30
        subarea 1.1 "S1" max 10
          rule 1.1.a "A" when a award 6
          rule 1.1.b "B" when b2 award 4
          rule 1.1.c "C" each c award 2 cap 6
        subarea 1.2 "S2" max 20
          rule 1.2.b "New" when a and b2 award 3
          rule 1.2.c "J" judgement max 2
        test "t" given a = yes expect 1.1.a = 6

        """

    /// E1: 1.1 old 4 + 4 + 4 + 1 = 13, capped 10; new 6 + 4 + 4 = 14, capped 10. 1.2 old 5; new 3 + 1 = 4.
    static let e1 = """
        evidence "Ettby" year 2020 instrument "T" version "1"
          evaluator "E"
        finding a = yes
          source document "d"
        finding b = yes
          source document "d"
        finding c = {x, y}
          source document "d"
        finding gone = yes
          source document "d"
        judge 1.1.d = 1 because "r"

        """

    /// E2: 1.1 old 4, new 6; 1.2 old 0 (gone unassessed), new 0 (b2 is no); unjudged in both.
    static let e2 = """
        evidence "Tvåby" year 2021 instrument "T" version "1"
          evaluator "E"
        finding a = yes
          source document "d"
        finding b = no
          source document "d"
        finding c = none
          source document "d"

        """

    static func diff() throws -> VersionDiff {
        let f = try CorpusFixture()
        let old = try f.instrument("old", Self.old)
        let new = try f.instrument("new", Self.new)
        let source = SourceText(path: "renames", text: "b -> b2\n1.1.d -> 1.2.c\n")
        let (renames, parsed) = Renames.parse(source)
        #expect(parsed.all.isEmpty)
        #expect(renames.validate(old: old.instrument, new: new.instrument).all.isEmpty)
        var inputs: [VersionDiff.Input] = []
        for (name, text) in [("e1.kompass", Self.e1), ("e2.kompass", Self.e2)] {
            let evidence = try f.evidence(name, text, for: old.instrument)
            let syntax = try #require(try f.workspace.evidenceSyntax(path: evidence.path))
            let score = try CorpusFixture.scored([evidence], old.instrument)[0].score
            inputs.append(VersionDiff.Input(evidence: evidence, syntax: syntax, score: score))
        }
        return try VersionDiff(old: old, new: new, renames: renames, inputs: inputs, registry: f.workspace.registry)
    }

    @Test func rulesAreComparedByIdAfterTheRenames() throws {
        let c = try Self.diff().changes
        #expect(c.renamedFacts.map { "\($0.old)→\($0.new)" } == ["b→b2"])
        #expect(c.removedFacts == ["gone"])
        #expect(c.addedFacts.isEmpty)
        // 1.1.b reads the renamed fact and is otherwise the same: not a change.
        #expect(c.rules.map(\.label) == ["1.1.a", "1.2.b", "1.1.d → 1.2.c", "1.2.a"])
        #expect(c.rules.map(\.kind.rawValue) == ["changed", "added", "changed", "removed"])
        #expect(c.rules[0].aspects == [.clause])
        #expect(c.rules[0].clause.old == "when a award 4")
        #expect(c.rules[0].clause.new == "when a award 6")
        #expect(c.rules[1].clause.new == "when a and b2 award 3")
        #expect(c.rules[2].aspects == [.id, .subarea])
        #expect(c.rules[2].subarea.old == "1.1")
        #expect(c.rules[2].subarea.new == "1.2")
        #expect(c.subareas.isEmpty)
    }

    @Test func scoresByBothVersionsWithTheNotes() throws {
        let d = try Self.diff()
        #expect(d.evaluations.map(\.old.total) == [Self.r(15), Self.r(4)])
        #expect(d.evaluations.map { $0.new?.total } == [Self.r(14), Self.r(6)])
        #expect(d.evaluations.map(\.totalChange) == [Self.r(-1), Self.r(2)])
        let notes = d.evaluations[0].notes.map(\.text)
        #expect(notes.count == 1)
        #expect(notes.first?.hasSuffix("e1.kompass:9:9: note: finding 'gone' left out: unknown fact 'gone'") == true)
        #expect(d.evaluations[1].notes.isEmpty)
    }

    /// Undone one at a time. E1: 1.1.a under the cap changes nothing (12 and 14 both cap at
    /// 10); the moved judgement adds 1 to 1.2; the new rule 3. E2: 1.1.a gives +2.
    @Test func eachChangeIsRescoredOnItsOwn() throws {
        let d = try Self.diff()
        #expect(d.effects[0].totals == [Self.r(0), Self.r(2)])
        #expect(d.effects[0].subareas[1].map(\.id) == ["1.1"])
        #expect(d.effects[1].totals == [Self.r(3), Self.r(0)])
        #expect(d.effects[1].subareas[0].map(\.points) == [Self.r(3)])
        #expect(d.effects[2].totals == [Self.r(1), Self.r(0)])
        #expect(d.effects[2].subareas[0].map(\.id) == ["1.2"])
        // The removed rule reads a fact the new version does not have.
        #expect(d.effects[3].failure?.text.contains("'gone'") == true)
        #expect(d.effects[3].totals == [nil, nil])
    }

    /// E1's 1.2: 5 → 4 = −1 = the moved judgement +1, the new rule +3, and a rest of −5 (the
    /// removed rule, which could not be re-scored, and the left-out finding). E2's 1.1: +2, all 1.1.a.
    @Test func subareaChangesSplitIntoPartsAndARest() throws {
        let d = try Self.diff()
        let s12 = try #require(d.evaluations[0].subareas.first { $0.id == "1.2" })
        #expect(s12.old == Self.r(5))
        #expect(s12.new == Self.r(4))
        #expect(s12.change == Self.r(-1))
        #expect(s12.parts.map(\.change) == [1, 2])
        #expect(s12.parts.map(\.points) == [Self.r(3), Self.r(1)])
        #expect(s12.rest == Self.r(-5))
        let s11 = try #require(d.evaluations[1].subareas.first { $0.id == "1.1" })
        #expect(s11.change == Self.r(2))
        #expect(s11.parts.map(\.change) == [0])
        #expect(s11.rest == .zero)
        let e1s11 = try #require(d.evaluations[0].subareas.first { $0.id == "1.1" })
        #expect(e1s11.change == .zero)
        #expect(e1s11.parts.isEmpty)
    }

    @Test func textNamesTheChangesAndTheirParts() throws {
        let text = DiffText.render(try Self.diff(), renames: nil)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "T 1 → 2 · 2 evaluations")
        #expect(lines.contains("  facts renamed (1): b → b2"))
        #expect(lines.contains("  facts removed, not renamed (1): gone"))
        #expect(lines.contains { $0 == "  1.2  5  →  4  −1  1.2.b +3, 1.1.d → 1.2.c +1, rest −5" })
        #expect(lines.contains { $0.hasPrefix("  1.2.a") && $0.hasSuffix("not re-scored") })
        #expect(lines.contains { $0.contains("note: finding 'gone' left out: unknown fact 'gone'") })
    }

    /// The same diff in Swedish: the words of the table, a decimal comma, a real minus; the
    /// new version's diagnostic quoted as it is (diagnostics stay in English).
    @Test func textInSwedish() throws {
        let text = DiffText.render(try Self.diff(), renames: nil, prose: Prose(.sv))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "T 1 → 2 · 2 utvärderingar")
        #expect(lines.contains("Ändringar i instrumentet"))
        #expect(lines.contains("  fakta med nytt namn (1): b → b2"))
        #expect(lines.contains("  fakta borttagna utan nytt namn (1): gone"))
        #expect(lines.contains { $0 == "  1.2  5  →  4  −1  1.2.b +3, 1.1.d → 1.2.c +1, rest −5" })
        #expect(lines.contains { $0.hasPrefix("  1.2.a") && $0.hasSuffix("ej omräknad") })
        #expect(lines.contains { $0.contains("anmärkning: faktauppgiften 'gone' utelämnas (den nya versionens fel: unknown fact 'gone')") })
        #expect(!text.contains("not re-scored") && !text.contains("left out") && !text.contains("evaluation"))
    }

    /// Evidence whose value the new version's fact does not take is left out with a note.
    @Test func aValueTheNewVersionCannotReadIsANote() throws {
        let f = try CorpusFixture()
        let old = try f.instrument("old", "instrument \"T\" version \"1\"\nfact s: set {x, y} \"S\"\narea 1 \"A\" max 5\nsubarea 1.1 \"S\" max 5\n  rule 1.1.a \"R\" each s award 1\n")
        let new = try f.instrument("new", "instrument \"T\" version \"2\"\nfact s: set {x} \"S\"\narea 1 \"A\" max 5\nsubarea 1.1 \"S\" max 5\n  rule 1.1.a \"R\" each s award 1\n")
        let evidence = try f.evidence("e.kompass", "evidence \"X\" year 2020 instrument \"T\" version \"1\"\n  evaluator \"E\"\nfinding s = {x, y}\n  source web \"w\"\n", for: old.instrument)
        let syntax = try #require(try f.workspace.evidenceSyntax(path: evidence.path))
        let rewritten = EvidenceMigration.rewrite(syntax, for: new.instrument, facts: [:], rules: [:])
        let (read, notes) = EvidenceMigration.read(rewritten, original: syntax, sha256: evidence.sha256, instrument: new.instrument)
        #expect(read?.findings.isEmpty == true)
        #expect(read?.instrumentVersion == "2")
        #expect(notes.map(\.what) == ["finding 's'"])
        #expect(notes.first?.span?.start == SourceLocation(line: 3, column: 9))
    }

    @Test(arguments: [
        ("when (a or b) and not c award 2", "when (a or b) and not c award 2"),
        ("when a or b and c award 2", "when a or b and c award 2"),
        ("when not (a and b)   award 2", "when not (a and b) award 2"),
        ("ladder l { started: 1, evaluated: 2 }", "ladder l { started: 1, evaluated: 2 }"),
        ("threshold n { >= 100: 1, > 300: 2 }", "threshold n { >= 100: 1, > 300: 2 }"),
        ("each s from {x, \"y z\"} award 1", "each s from {x, \"y z\"} award 1"),
        ("when count(s) >= 2 and s contains x award 1", "when count(s) >= 2 and s contains x award 1"),
    ])
    func clausesAreWrittenCanonically(_ written: String, _ expected: String) throws {
        let f = try CorpusFixture()
        let (_, syntax) = try f.instrument(
            "i",
            """
            instrument "T" version "1"
            ladder m: none < started < evaluated
            fact a: flag "a"
            fact b: flag "b"
            fact c: flag "c"
            fact l: level m "l"
            fact n: number "n"
            fact s: set "s"
            area 1 "A" max 10
            subarea 1.1 "S" max 10
              rule 1.1.a "R" \(written)

            """)
        let clause = try #require(syntax.rules["1.1.a"]?.clause)
        #expect(ClauseText.render(clause) == expected)
        #expect(ClauseText.render(clause, renaming: ["s": "t"]).contains(" s ") == false)
    }
}
