import Engine
import Rules
import Testing
import Workloads

/// The fixed-point evaluator's fast mechanisms give exactly what the plain evaluator
/// gives: the unchecked aggregation (rules contiguous per subarea, values below the bound
/// lowering proved) and its fallback to the checked one (rules out of order, values too
/// large), compound conditions evaluated by truth tables, and step tables read by
/// counting the steps reached.
@Suite struct FixedPointAggregationTests {
    /// The generated workloads and the shipped instrument declare each subarea's rules
    /// together, and their values are small: the unchecked aggregation is available, and
    /// it agrees with the plain evaluator on their evidence and on random findings.
    @Test(arguments: [1, 10] as [Int])
    func generatedWorkloadsAggregateWithoutChecks(scale: Int) throws {
        var generator = InstrumentGenerator(scale: scale)
        let loaded = try generator.generate().load(registry: BuiltinKinds.registry)
        let compiled = CompiledInstrument(loaded.instrument)
        let program = try #require(compiled.fixedPoint)
        #expect(program.aggregatesWithoutChecks)
        let base = EvaluationInput(evidence: loaded.evidence, instrument: loaded.instrument)
        try FixedPointDifferentialTests.expectAllAgree(compiled, base, "\(scale)x evidence")
        for seed in 0..<4 as Range<UInt64> {
            let input = FixedPointDifferentialTests.randomInput(loaded.instrument, seed: seed &+ UInt64(scale) &* 100)
            try FixedPointDifferentialTests.expectAllAgree(compiled, input, "\(scale)x seed \(seed)")
        }
        #expect(try CompiledInstrument(CompiledEvaluatorTests.shipped()).fixedPoint?.aggregatesWithoutChecks == true)
    }

    /// The shipped instrument with the first rules of subareas 0 and 1 exchanged: the
    /// rules of a subarea are no longer contiguous, so the checked aggregation (by rule
    /// index) scores, and still agrees, caps and bounds included.
    @Test func rulesOutOfOrderTakeTheCheckedAggregation() throws {
        var instrument = try CompiledEvaluatorTests.shipped()
        let a = instrument.subareas[0].rules[0]
        let b = instrument.subareas[1].rules[0]
        instrument.subareas[0].rules[0] = b
        instrument.subareas[1].rules[0] = a
        instrument.rules[a].subarea = 1
        instrument.rules[b].subarea = 0
        let compiled = CompiledInstrument(instrument)
        let program = try #require(compiled.fixedPoint)
        #expect(!program.aggregatesWithoutChecks)
        var fixedPoint = 0
        for seed in 0..<30 as Range<UInt64> {
            let input = FixedPointDifferentialTests.randomInput(instrument, seed: seed &+ 900)
            if try FixedPointDifferentialTests.expectAllAgree(compiled, input, "exchanged, seed \(seed)") == .fixedPoint {
                fixedPoint += 1
            }
        }
        #expect(fixedPoint > 0)
    }

    static let judged = """
        instrument "Judged" version "1"
        area a "A" max 100
        subarea a.1 "Judged" max 10
          rule a.1.a "A" judgement max 5
          rule a.1.b "B" judgement max 5
        subarea a.2 "Weighted" max 10 weighted
          rule a.2.a "A" judgement max 5
          rule a.2.b "B" weight 2 judgement max 5
        """

    /// Judgements far beyond their maximum (as a direct `EvaluationInput` can hold): below
    /// the lowering's bound the unchecked aggregation scores; from a million million
    /// points up the checked one does, and sums that overflow are left to the Rational
    /// path, which reports the same overflow or the same score.
    @Test(arguments: [3, 4.5, 1e6, 1.5e12, 4e12, 9e12, -9e12] as [Double])
    func hugeJudgementsAgree(points: Double) throws {
        let instrument = try Fixture.instrument(Self.judged)
        let compiled = CompiledInstrument(instrument)
        #expect(compiled.fixedPoint?.aggregatesWithoutChecks == true)
        let value = try #require(Rational(numerator: Int64(points * 2), denominator: 2))
        var input = EvaluationInput(instrument: instrument)
        for r in instrument.rules.indices { input.judgements[r] = value }
        try FixedPointDifferentialTests.expectAllAgree(compiled, input, "judgements \(points)")
        input.judgements[1] = .one
        try FixedPointDifferentialTests.expectAllAgree(compiled, input, "judgements \(points) and 1")
    }

    static let conditions = """
        instrument "Conditions" version "1"
        fact f: flag "F"
        fact g: flag "G"
        fact h: flag "H"
        area a "A" max 100
        subarea a.1 "Conditions" max 100
          rule a.1.a "And" when f and g award 1
          rule a.1.b "Or" when f or g award 2
          rule a.1.c "Not" when not f and g award 3
          rule a.1.d "Three" when f or (g and not h) award 4
          rule a.1.e "Nested" when not (f and (g or h)) award 5
          rule a.1.f "Same twice" when f and not f award 6
        """

    /// Every compound condition of up to three tests, under every combination of yes, no
    /// and unassessed for its flags (27), scores as the plain evaluator's three-valued
    /// logic does: points, bounds and statuses.
    @Test func truthTablesAgreeOnEveryCombination() throws {
        let instrument = try Fixture.instrument(Self.conditions)
        let compiled = CompiledInstrument(instrument)
        #expect(compiled.fixedPoint != nil)
        let states: [FactValue?] = [.flag(true), .flag(false), nil]
        var assessed = 0
        for f in states {
            for g in states {
                for h in states {
                    var input = EvaluationInput(instrument: instrument)
                    input.values = [f, g, h]
                    let path = try FixedPointDifferentialTests.expectAllAgree(compiled, input, "\(f as Any) \(g as Any) \(h as Any)")
                    #expect(path == .fixedPoint)
                    let score = try Evaluator(instrument: instrument).score(input)
                    assessed += score.rules.filter { $0.outcome.upper == $0.outcome.value }.count
                }
            }
        }
        // Not every outcome is unknown: the combinations decide most conditions.
        #expect(assessed > 27 * 3)
    }

    static let steps = """
        instrument "Steps" version "1"
        fact x: number "X"
        area a "A" max 1000
        subarea a.1 "Ascending" max 100
          rule a.1.a "Three" threshold x { > 0: 1, >= 10: 2, >= 50: 5 }
          rule a.1.b "One" threshold x { >= 20: 3 }
        subarea a.2 "Far" max 100
          rule a.2.a "Far" threshold x { >= 10: 1, >= 1000000000000: 7 }
        """

    /// Step tables with one to three steps (padded to the same width, counted by sign
    /// bits with the input clamped to ±2⁶² micro-units), the largest threshold a literal
    /// can hold, and inputs on, around and far beyond every threshold (beyond the clamp too).
    @Test(arguments: [
        Int64.min + 1, -5_000_000_000_000_000_000, -1_000_000, 0, 1, 9_999_999, 10_000_000, 20_000_000, 49_000_000,
        50_000_000, 1_000_000_000, 999_999_999_999_999_999, 1_000_000_000_000_000_000, 9_000_000_000_000_000_000,
        Int64.max,
    ] as [Int64])
    func stepTablesAgree(micro: Int64) throws {
        let instrument = try Fixture.instrument(Self.steps)
        let compiled = CompiledInstrument(instrument)
        var input = EvaluationInput(instrument: instrument)
        let x = try #require(Rational(numerator: micro, denominator: 1_000_000))
        input.values[0] = .number(x)
        #expect(try FixedPointDifferentialTests.expectAllAgree(compiled, input, "x = \(x)") == .fixedPoint)
    }
}
