import Engine
import Reports
import Rules
import Testing

/// A user's registry: the built-in kinds and one more, registered next to them.
let extendedRegistry = RuleKindRegistry(BuiltinKinds.all + [RatioKind.self])

/// Builds and scores an instrument from text with a registry, as the tool does from files.
func scoreWith(
    _ registry: RuleKindRegistry, instrument text: String, evidence body: String
) throws -> (ScoredEvidence?, DiagnosticBag) {
    let (syntax, parsed) = Parser.parse(SourceText(path: "ext.kompass", text: text), kindWords: registry.clauseWords)
    var bag = parsed
    let (instrument, checked) = InstrumentChecker.check([syntax], registry: registry, sha256: "test")
    bag.append(contentsOf: checked)
    // As the tool's Workspace does: any error, from parsing or checking, rejects the input.
    guard let instrument, !bag.hasErrors else { return (nil, bag) }
    let evidenceText = """
        evidence "Testby" year 2021 instrument "\(instrument.name)" version "\(instrument.version)"
          evaluator "E1"

        """ + body
    let (evidenceSyntax, evidenceParsed) = Parser.parse(
        SourceText(path: "evidence.kompass", text: evidenceText), kindWords: registry.clauseWords)
    bag.append(contentsOf: evidenceParsed)
    let (evidence, evidenceChecked) = EvidenceChecker.check(evidenceSyntax, sha256: "e", instrument: instrument)
    bag.append(contentsOf: evidenceChecked)
    guard let evidence, !bag.hasErrors else { return (nil, bag) }
    return (try ScoredEvidence(instrument: instrument, evidence: evidence), bag)
}

/// DESIGN.md: "a user can register more from Swift". A kind is one type conforming to
/// ``RuleKind`` and one line in a registry; the engine needs no change.
@Suite struct RatioKindTests {
    static let instrument = """
        instrument "Ext" version "1"
        fact served: number "Served"
        fact eligible: number "Eligible"
        fact f: flag "F"
        area x "X" max 20
        subarea x.1 "Points" max 10
          rule x.1.a "Coverage" ratio served over eligible award 6
          rule x.1.b "Flag" when f award 2
        subarea x.2 "Weighted" max 10 weighted
          rule x.2.a "Coverage" weight 1 ratio served over eligible award 1
          rule x.2.b "Flag" weight 1 when f
        """

    static func rule(_ scored: ScoredEvidence, _ id: String) -> RuleScore {
        guard case .rule(let index)? = scored.instrument.ids[id] else { fatalError("no rule \(id)") }
        return scored.score.rules[index]
    }

    @Test func registryHoldsTheNewKindSortedWithTheBuiltins() {
        #expect(extendedRegistry.kinds.map { $0.description.identifier } == [
            "each", "judgement", "ladder", "ratio", "scale", "threshold", "when",
        ])
        #expect(extendedRegistry.clauseWords["ratio"] == ["over", "award"])
        var registry = BuiltinKinds.registry
        registry.register(RatioKind.self)
        #expect(registry.kind(named: "ratio") != nil)
    }

    /// 30 of 40 served: x.1 = 6·0.75 + 2 = 6.5; x.2 = 10·(0.75 + 1)/2 = 8.75; area 15.25.
    @Test func instrumentUsingTheNewKindScores() throws {
        let (scored, bag) = try scoreWith(
            extendedRegistry, instrument: Self.instrument,
            evidence: """
                finding served = 30 source document "register"
                finding eligible = 40 source document "register"
                finding f = yes source web "f"
                """)
        let s = try #require(scored, "\(bag.all.map(\.message))")
        #expect(bag.all.isEmpty, "\(bag.all.map(\.message))")
        #expect(Self.rule(s, "x.1.a").points == Rational(numerator: 9, denominator: 2))
        #expect(Self.rule(s, "x.1.a").status == .partial)
        #expect(s.score.subareas[0].points == Rational(numerator: 13, denominator: 2))
        #expect(Self.rule(s, "x.2.a").outcome.value == Rational(numerator: 3, denominator: 4))
        #expect(s.score.subareas[1].points == Rational(numerator: 35, denominator: 4))
        #expect(s.score.areas[0].points == Rational(numerator: 61, denominator: 4))
        // The outputs name the kind through its description.
        let rules = ScoreJSON.object(s)["areas"]?.arrayValue?.first?["subareas"]?.arrayValue?.first?["rules"]?.arrayValue
        #expect(rules?.first?["kind"]?.stringValue == "ratio")
        #expect(rules?.first?["facts"]?.arrayValue?.map(\.stringValue) == ["served", "eligible"])
        // Explanations use the kind's improvements: served = 40 gains 1.5.
        let explanation = try Explainer(scored: s).explain(.subarea(0))
        #expect(explanation.subareas[0].headroom.map { $0.written(explanation.scored.instrument) } == ["served = 40"])
        #expect(explanation.subareas[0].headroom.map(\.gain) == [Rational(numerator: 3, denominator: 2)])
    }

    @Test func newKindCapsAtTheWholeAndIsUnassessedWithBounds() throws {
        let (over, _) = try scoreWith(
            extendedRegistry, instrument: Self.instrument,
            evidence: "finding served = 50 source web \"s\"\nfinding eligible = 40 source web \"e\"\nfinding f = no source web \"f\"\n")
        #expect(over.map { Self.rule($0, "x.1.a").points } == Rational(6))
        #expect(over.map { Self.rule($0, "x.1.a").status } == .hit)
        let (open, _) = try scoreWith(
            extendedRegistry, instrument: Self.instrument, evidence: "finding served = 50 source web \"s\"\n")
        let s = try #require(open)
        #expect(Self.rule(s, "x.1.a").status == .unassessed)
        #expect(Self.rule(s, "x.1.a").bounds == Bounds(min: .zero, max: Rational(6)))
        #expect(s.score.unassessed.map { s.instrument.facts[$0].path } == ["eligible", "f"])
    }

    @Test func withoutRegistrationTheKindIsUnknown() throws {
        let (scored, bag) = try scoreWith(BuiltinKinds.registry, instrument: Self.instrument, evidence: "")
        #expect(scored == nil)
        #expect(bag.all.contains { $0.id == .semaUnknownKind })
    }

    @Test func newKindChecksItsArguments() throws {
        let (scored, bag) = try scoreWith(
            extendedRegistry,
            instrument: """
                instrument "Ext" version "1"
                fact served: number "Served"
                fact f: flag "F"
                area x "X" max 10
                subarea x.1 "X1" max 10
                  rule x.1.a "Coverage" ratio served over f award 6
                """, evidence: "")
        #expect(scored == nil)
        #expect(bag.all.map(\.id) == [.semaTypeMismatch])
    }

    /// The new kind's own example, run as the built-in kinds' examples are.
    @Test func newKindExampleScoresAsDocumented() throws {
        let example = try #require(RatioKind.description.examples.first)
        let (scored, bag) = try scoreWith(
            extendedRegistry, instrument: "instrument \"Example\" version \"1\"\n" + example.instrument,
            evidence: "finding a = 30 source web \"a\"\nfinding b = 40 source web \"b\"\n")
        let s = try #require(scored, "\(bag.all.map(\.message))")
        #expect(Self.rule(s, "x.1.a").points == Rational(decimalText: example.expected))
    }
}
