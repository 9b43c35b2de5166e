import Analysis
import Engine
import Reports
import Rules
import Testing

/// `corpus --write-reference`: the area means as a `reference` declaration that parses
/// back to the same values (to the language's 6 decimals).
@Suite struct ReferenceDeclarationTests {
    static func q(_ n: Int64, _ d: Int64 = 1) -> Rational { CorpusFixture.q(n, d) }

    @Test func writesValuesWithAtMostSixDecimals() {
        let text = ReferenceDeclaration.declaration(
            name: "Korpusmedel 2023", values: [("1", Self.q(1, 3)), ("2", Self.q(2, 3)), ("3", Self.q(63)), ("4", Self.q(1265, 20))])
        #expect(text == #"reference "Korpusmedel 2023" { 1: 0.333333, 2: 0.666667, 3: 63, 4: 63.25 }"#)
    }

    @Test func quotesTheNameAsTheLanguageWritesStrings() {
        let text = ReferenceDeclaration.declaration(name: #"Snitt "A" \ B"#, values: [("1", Self.q(1))])
        #expect(text == #"reference "Snitt \"A\" \\ B" { 1: 1 }"#)
    }

    /// The rendered declaration, pasted into the instrument it was computed with, parses and
    /// checks, and gives back the means (45/4 and 15/2 are exact in decimals).
    @Test func theOutputPastesIntoTheInstrument() throws {
        let corpus = try CorpusTests.corpus()
        let text = ReferenceDeclaration.render(corpus, name: "Korpusmedel (test)")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "# The mean points per area of 4 evaluations of 3 municipalities (2019–2023), scored by T 1.")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("# ") })
        #expect(lines.last == #"reference "Korpusmedel (test)" { 1: 11.25, 2: 7.5 }"#)
        let f = try CorpusFixture()
        let (instrument, _) = try f.instrument("pasted", CorpusFixture.corpusInstrument + "\n" + text)
        let profile = try #require(instrument.references.first)
        #expect(profile.name == "Korpusmedel (test)")
        #expect(profile.values.map(\.area) == ["1", "2"])
        #expect(profile.values.map(\.value) == [Self.q(45, 4), Self.q(15, 2)])
    }
}
