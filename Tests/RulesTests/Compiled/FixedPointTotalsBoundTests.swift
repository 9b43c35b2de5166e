import Engine
import Rules
import Testing

/// Area and total sums without overflow checks (FixedPointBound.totalsBounded): proved at
/// lowering for every evaluation whose rule values are below the program's bound and that
/// overrides no subarea. An override's points are findings, so an evaluation with one
/// checks its sums: one that overflows an area sum is not representable in fixed point
/// and is scored by the Rational path, exactly.
@Suite struct FixedPointTotalsBoundTests {
    static let judged = FixedPointAggregationTests.judged

    static func override(_ s: Int, _ points: Rational) -> Verdict {
        Verdict(
            target: s, value: points, reason: "test", by: nil,
            span: SourceSpan(path: "test", start: SourceLocation(line: 1, column: 1), length: 1))
    }

    /// Without overrides, the sums add unchecked and the score is exact (the evaluators
    /// agree, by the fixed-point path).
    @Test(arguments: [0, 3, 4.5, 1e6, 1e9] as [Double])
    func withoutOverridesTheSumsAreExact(points: Double) throws {
        let instrument = try Fixture.instrument(Self.judged)
        let compiled = CompiledInstrument(instrument)
        let program = try #require(compiled.fixedPoint)
        #expect(program.aggregatesWithoutChecks)
        #expect(program.sumsTotalsWithoutChecks)
        let value = try #require(Rational(numerator: Int64(points * 2), denominator: 2))
        var input = EvaluationInput(instrument: instrument)
        for r in instrument.rules.indices { input.judgements[r] = value }
        #expect(try FixedPointDifferentialTests.expectAllAgree(compiled, input, "judgements \(points)") == .fixedPoint)
        var facts = program.makeFacts()
        program.bind(input, into: &facts)
        var scratch = program.makeScratch()
        #expect(program.evaluate(facts, into: &scratch))
        let plain = try Evaluator(instrument: instrument).score(input)
        #expect(scratch.total == plain.total)
        // Judgements of 3 (of 5): a.1 sums 3 + 3 = 6 (max 10); a.2 weights 3/5 and 3/5
        // 1:2 over a maximum of 10, 6; the area, 12. Of 0: nothing.
        if points == 3 { #expect(scratch.total == Rational(12)) }
        if points == 0 { #expect(scratch.total == .zero) }
    }

    static let unweighted = """
        instrument "Unweighted" version "1"
        area a "A" max 100
        subarea a.1 "One" max 10
          rule a.1.a "A" judgement max 5
        subarea a.2 "Two" max 10
          rule a.2.a "A" judgement max 5
        """

    /// Overrides of 5·10¹² points on both subareas of one area (fine units are
    /// micro-units here): each fits, their sum (10¹⁹ micro-units) does not. The evaluation
    /// is not representable in fixed point (the checked sums see the overflow; unchecked,
    /// they would wrap to a negative total) and the Rational path scores it: the area
    /// capped at its maximum, 100.
    @Test func anOverrideThatOverflowsAnAreaSumIsRefused() throws {
        let instrument = try Fixture.instrument(Self.unweighted)
        let compiled = CompiledInstrument(instrument)
        let program = try #require(compiled.fixedPoint)
        #expect(program.sumsTotalsWithoutChecks)
        #expect(program.makeScratch().fineUnitsPerUnit == 1_000_000)
        var input = EvaluationInput(instrument: instrument)
        for r in instrument.rules.indices { input.judgements[r] = Rational(3) }
        input.overrides[0] = Self.override(0, Rational(5_000_000_000_000))
        input.overrides[1] = Self.override(1, Rational(5_000_000_000_000))
        var facts = program.makeFacts()
        program.bind(input, into: &facts)
        var scratch = program.makeScratch()
        #expect(!program.evaluate(facts, into: &scratch))
        #expect(!program.evaluateWithTrace(facts, into: &scratch))
        #expect(try FixedPointDifferentialTests.expectAllAgree(compiled, input, "overflowing overrides") == .rational)
        let (score, path) = try compiled.scoreReportingPath(input)
        #expect(path == .rational)
        #expect(score.total == Rational(100))
        #expect(score.areas[0].points == Rational(100))
    }

    /// One override that fits: the checked sums score it in fixed point, exactly (the
    /// overridden subarea counts its override, the area is capped).
    @Test(arguments: [0, 7, 2_500_000_000_000] as [Int64])
    func anOverrideThatFitsIsScoredExactly(points: Int64) throws {
        let instrument = try Fixture.instrument(Self.judged)
        let compiled = CompiledInstrument(instrument)
        var input = EvaluationInput(instrument: instrument)
        for r in instrument.rules.indices { input.judgements[r] = Rational(4) }
        input.overrides[1] = Self.override(1, Rational(points))
        #expect(try FixedPointDifferentialTests.expectAllAgree(compiled, input, "override \(points)") == .fixedPoint)
        let (score, _) = try compiled.scoreReportingPath(input)
        // a.1: 4 + 4 = 8 (below its maximum, 10); a.2: the override; the area caps at 100.
        let expected = min(try Rational(8).adding(Rational(points)), Rational(100))
        #expect(score.total == expected)
    }

    /// Ten areas of the largest maximum a number can state (10¹² points, 10¹⁸
    /// micro-units): together beyond `Int64.max`, so the sums could overflow and stay
    /// checked, with the same results.
    @Test func hugeAreaMaximaKeepTheChecks() throws {
        var text = "instrument \"Huge\" version \"1\"\n"
        for a in 0..<10 {
            text += "area a\(a) \"A\(a)\" max 1000000000000\n"
            text += "subarea a\(a).1 \"Judged\" max 10\n"
            text += "  rule a\(a).1.a \"A\" judgement max 5\n"
        }
        let instrument = try Fixture.instrument(text)
        let compiled = CompiledInstrument(instrument)
        let program = try #require(compiled.fixedPoint)
        #expect(program.aggregatesWithoutChecks)
        #expect(!program.sumsTotalsWithoutChecks)
        var input = EvaluationInput(instrument: instrument)
        input.judgements[0] = Rational(2)
        input.judgements[1] = Rational(5)
        #expect(try FixedPointDifferentialTests.expectAllAgree(compiled, input, "huge area maxima") == .fixedPoint)
        #expect(try compiled.scoreReportingPath(input).0.total == Rational(7))
        // The shipped instrument's areas are small: its sums add unchecked.
        #expect(try CompiledInstrument(CompiledEvaluatorTests.shipped()).fixedPoint?.sumsTotalsWithoutChecks == true)
    }
}
