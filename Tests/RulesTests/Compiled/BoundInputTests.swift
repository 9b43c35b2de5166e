import Rules
import Testing

@testable import Engine

/// An evidence file's evaluation input and bound facts, built with filled arrays set where
/// a rule is judged or a subarea overridden: every position holds what the document
/// gives, or nothing.
@Suite struct BoundInputTests {
    static let instrumentText = """
        instrument "Bound" version "1"
        fact f: flag "F"
        fact n: number "N"
        area x "X" max 100
        subarea x.1 "One" max 10
          rule x.1.a "A" judgement max 4
          rule x.1.b "B" when f award 2
        subarea x.2 "Two" max 20
          rule x.2.a "A" judgement max 6
        subarea x.3 "Three" max 30
          rule x.3.a "A" when n >= 2 award 3
          rule x.3.b "B" judgement max 1
        subarea x.4 "Four" max 40
          rule x.4.a "A" judgement max 5
        """

    @Test func judgementsAndOverridesLandAtTheirTargetsOnly() throws {
        let instrument = try Fixture.instrument(Self.instrumentText)
        let evidence = try Fixture.evidence(
            """
            finding n = 3 source web "w"
            judge x.3.b = 0.5 because "half"
            judge x.1.a = 4 because "all"
            override x.4 = 12.5 because "seen"
            override x.2 = 0 because "none"

            """, for: instrument)
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        #expect(input.judgements == [q(4), nil, nil, nil, q("0.5"), nil])
        #expect(input.overrides.map { $0?.target } == [nil, 1, nil, 3])
        #expect(input.overrides.map { $0?.reason } == [nil, "none", nil, "seen"])
        #expect(input.overridePoints == [nil, q(0), nil, q("12.5")])
        #expect(input.values.count == 2)
        #expect(input.values[0] == nil)
        #expect(input.values[1] == .number(q(3)))

        let bound = CompiledInstrument(instrument).bind(input)
        #expect(bound.judged == [true, false, false, false, true, false])
        #expect(bound.judgement == [q(4), q(0), q(0), q(0), q("0.5"), q(0)])
        #expect(bound.override == [nil, q(0), nil, q("12.5")])
        #expect(bound.assessed == [false, true])
        #expect(bound.scalar == [q(0), q(3)])
    }

    @Test func aDocumentWithoutVerdictsLeavesEveryPositionEmpty() throws {
        let instrument = try Fixture.instrument(Self.instrumentText)
        let evidence = try Fixture.evidence("finding f = yes source web \"w\"\n", for: instrument)
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        #expect(input.judgements == [Rational?](repeating: nil, count: 6))
        #expect(input.overrides.count == 4)
        #expect(input.overrides.allSatisfy { $0 == nil })
        #expect(input.overridePoints == [nil, nil, nil, nil])
        let bound = CompiledInstrument(instrument).bind(input)
        #expect(bound.judged == [false, false, false, false, false, false])
        #expect(bound.judgement == [Rational](repeating: .zero, count: 6))
        #expect(bound.override == [nil, nil, nil, nil])
        #expect(bound.assessed == [true, false])
        #expect(bound.scalar == [q(1), q(0)])
    }
}
