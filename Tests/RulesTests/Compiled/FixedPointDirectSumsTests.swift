import Rules
import Testing
import Workloads

@testable import Engine

/// Evaluations without trace that sum directly (FixedPointProgram+DirectSums.swift): the
/// per-kind loops add each rule's value into its subarea's sum and only points are
/// written. They give the points of the checked path (every rule's value and bound, then
/// the aggregation with its checks) on Ale, on the generated instruments and on random
/// findings; an evaluation with an override or a negative value, and a program with a
/// negative award, take the checked path, exactly.
@Suite struct FixedPointDirectSumsTests {
    /// Scores `facts` by the direct sums (nil when they do not apply) and by the checked
    /// path, and expects the same result and, when scored, the same points.
    @discardableResult
    static func expectSamePoints(
        _ program: FixedPointProgram, _ facts: FixedPointFacts, _ label: String
    ) -> Bool? {
        var direct = program.makeScratch()
        var checked = program.makeScratch()
        let directly = program.evaluateDirectly(facts, into: &direct)
        let scored = program.run(facts, &checked, FixedPointUntraced.self) ?? false
        var viaEvaluate = program.makeScratch()
        #expect(program.evaluate(facts, into: &viaEvaluate) == scored, "\(label): evaluate")
        if let directly { #expect(directly == scored, "\(label): representable") }
        guard scored else { return directly }
        let results = directly == true ? [("direct", direct), ("evaluate", viaEvaluate)] : [("evaluate", viaEvaluate)]
        for (name, scratch) in results {
            #expect(scratch.total == checked.total, "\(label): \(name) total")
            #expect(scratch.totalInFineUnits == checked.totalInFineUnits, "\(label): \(name) fine total")
            for s in 0..<program.layout.subareas {
                #expect(scratch.subareaPoints(s) == checked.subareaPoints(s), "\(label): \(name) subarea \(s)")
            }
            for a in 0..<program.layout.areas {
                #expect(scratch.areaPoints(a) == checked.areaPoints(a), "\(label): \(name) area \(a)")
            }
            #expect(!scratch.hasTrace)
        }
        return directly
    }

    static func bound(_ program: FixedPointProgram, _ input: EvaluationInput) -> FixedPointFacts {
        var facts = program.makeFacts()
        program.bind(input, into: &facts)
        return facts
    }

    @Test func aleSumsDirectlyAndAgrees() throws {
        let instrument = try CompiledEvaluatorTests.shipped()
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let evidence = try #require(
            try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: instrument))
        let program = try #require(CompiledInstrument(instrument).fixedPoint)
        #expect(program.sumsDirectlyWithoutTrace)
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        #expect(Self.expectSamePoints(program, Self.bound(program, input), "Ale") == true)
        // Bound from the evidence file (its record) too, and the plain evaluator's total.
        var facts = program.makeFacts()
        program.bind(evidence, into: &facts)
        #expect(Self.expectSamePoints(program, facts, "Ale, from the evidence") == true)
        var scratch = program.makeScratch()
        #expect(program.evaluate(facts, into: &scratch))
        #expect(scratch.total == (try Evaluator(instrument: instrument).score(input)).total)
    }

    /// The generated instruments at 1× and 10× (weighted subareas included) with their own
    /// evidence and with random findings without overrides: summed directly, the same points.
    @Test(arguments: [1, 10])
    func generatedInstrumentsSumDirectlyAndAgree(scale: Int) throws {
        var generator = InstrumentGenerator(scale: scale)
        let loaded = try generator.generate().load(registry: BuiltinKinds.registry)
        let instrument = loaded.instrument
        #expect(instrument.subareas.contains { $0.mode == .weighted })
        let program = try #require(CompiledInstrument(instrument).fixedPoint)
        #expect(program.sumsDirectlyWithoutTrace)
        let own = EvaluationInput(evidence: loaded.evidence, instrument: instrument)
        Self.expectSamePoints(program, Self.bound(program, own), "generated \(scale)×")
        var direct = 0
        for seed in 0..<12 as Range<UInt64> {
            let input = CompiledEvaluatorTests.randomInput(instrument, seed: seed &+ UInt64(scale) &* 1000)
            if Self.expectSamePoints(program, Self.bound(program, input), "generated \(scale)× seed \(seed)") != nil {
                direct += 1
            }
        }
        #expect(direct > 0)
    }

    /// Random findings with overrides and numbers of seven decimals on the shipped and the
    /// weighted instruments: whichever path each takes, the same points as the checked one,
    /// and an evaluation with an override never sums directly.
    @Test(arguments: [7, 8] as [UInt64])
    func randomFindingsAgreeOnEitherPath(seed: UInt64) throws {
        var paths: [Bool: Int] = [:]
        for instrument in [
            try CompiledEvaluatorTests.shipped(), try CompiledDifferentialTests.weighted(),
            try FixedPointDifferentialTests.decimalWeighted(),
        ] {
            let program = try #require(CompiledInstrument(instrument).fixedPoint)
            for round in 0..<12 {
                let input =
                    round % 2 == 0
                    ? FixedPointDifferentialTests.randomInput(instrument, seed: seed &* 31 &+ UInt64(round))
                    : CompiledEvaluatorTests.randomInput(instrument, seed: seed &* 31 &+ UInt64(round))
                let directly = Self.expectSamePoints(program, Self.bound(program, input), "seed \(seed) round \(round)")
                // Not representable (seven decimals) is reported before the override is seen.
                if input.overrides.contains(where: { $0 != nil }) { #expect(directly != true) }
                paths[directly != nil, default: 0] += 1
            }
        }
        #expect(paths[true, default: 0] > 0)
        #expect(paths[false, default: 0] > 0)
    }

    /// Binding records whether a subarea is overridden, from an input and from an evidence
    /// file (its record and its findings), and clears it when bound again without one; an
    /// evaluation with an override takes the checked path and scores the override.
    @Test func anOverrideTakesTheCheckedPath() throws {
        let instrument = try Fixture.instrument(FixedPointAggregationTests.judged)
        let program = try #require(CompiledInstrument(instrument).fixedPoint)
        #expect(program.sumsDirectlyWithoutTrace)
        var input = EvaluationInput(instrument: instrument)
        for r in instrument.rules.indices { input.judgements[r] = Rational(3) }
        var facts = Self.bound(program, input)
        #expect(facts.words[program.layout.overridden] == 0)
        #expect(Self.expectSamePoints(program, facts, "no override") == true)
        input.overrides[0] = FixedPointTotalsBoundTests.override(0, Rational(9))
        program.bind(input, into: &facts)
        #expect(facts.words[program.layout.overridden] == 1)
        #expect(Self.expectSamePoints(program, facts, "override") == nil)
        var scratch = program.makeScratch()
        #expect(program.evaluate(facts, into: &scratch))
        // a.1 overridden to 9; a.2 weights 3/5 and 3/5 1:2 over a maximum of 10: 6.
        #expect(scratch.subareaPoints(0) == Rational(9))
        #expect(scratch.total == Rational(15))
        #expect(scratch.total == (try Evaluator(instrument: instrument).score(input)).total)
        input.overrides[0] = nil
        program.bind(input, into: &facts)
        #expect(facts.words[program.layout.overridden] == 0)

        let judged = "judge a.1.a = 3 because \"x\"\njudge a.1.b = 3 because \"x\"\n"
        let plain = try Fixture.evidence(judged, for: instrument)
        let overridden = try Fixture.evidence(judged + "override a.1 = 9 because \"y\" by \"E2\"\n", for: instrument)
        for evidence in [overridden, plain, overridden] {
            let expected: Int64 = evidence.overrides.isEmpty ? 0 : 1
            program.bind(evidence, into: &facts)
            #expect(facts.words[program.layout.overridden] == expected)
            program.bindFindings(evidence, into: &facts)
            #expect(facts.words[program.layout.overridden] == expected)
            #expect((Self.expectSamePoints(program, facts, "evidence") == nil) == (expected == 1))
        }
    }

    /// A negative judgement after one beyond the cap: the capped running sum (12 capped at
    /// 10, then 10 − 3 = 7) is not the capped sum (min(9, 10) = 9), so the evaluation must
    /// not sum directly; the checked path scores 7, as the plain evaluator does.
    @Test func aNegativeValueTakesTheCheckedPath() throws {
        let instrument = try Fixture.instrument(FixedPointAggregationTests.judged)
        let program = try #require(CompiledInstrument(instrument).fixedPoint)
        var input = EvaluationInput(instrument: instrument)
        input.judgements[0] = Rational(12)
        input.judgements[1] = Rational(-3)
        let facts = Self.bound(program, input)
        #expect(Self.expectSamePoints(program, facts, "negative") == nil)
        var scratch = program.makeScratch()
        #expect(program.evaluate(facts, into: &scratch))
        #expect(scratch.subareaPoints(0) == Rational(7))
        let plain = try Evaluator(instrument: instrument).score(input)
        #expect(scratch.subareaPoints(0) == plain.subareas[0].points)
        #expect(scratch.total == plain.total)
    }

    /// What lowering admits: the direct sums need every constant not negative, the
    /// totals bound, every rule in exactly one subarea and every subarea in exactly one
    /// area (the language has no negative points; a plugin's lowering could). Each rule's
    /// subarea and weight (1 unweighted), and the rows in area order, as laid out.
    @Test func loweringAdmitsTheDirectSumsOnlyWhenTheyAreExact() {
        let subareas = [
            FixedPointSubarea(start: 0, end: 2, max: 10_000_000, weighted: false),
            FixedPointSubarea(start: 2, end: 3, max: 5_000_000, weighted: true, factor: 7, safeLimit: 1 << 40),
        ]
        func admits(
            rules: [Int32] = [0, 1, 2], areaSubareas: [Int32] = [1, 0], nonNegative: Bool = true,
            bound: UInt64 = 1 << 30, subareas: [FixedPointSubarea] = subareas,
            areas: [FixedPointArea] = [FixedPointArea(start: 0, end: 1, max: 0), FixedPointArea(start: 1, end: 2, max: 0)]
        ) -> Bool {
            FixedPointProgram.directSums(
                rules: 3, subareas: subareas, subareaRules: rules, weight: [0, 0, 3], areas: areas,
                areaSubareas: areaSubareas, fine: 2, constantsNonNegative: nonNegative, totalsBound: bound
            ).applies
        }
        #expect(admits())
        #expect(!admits(nonNegative: false))
        #expect(!admits(bound: 0))
        #expect(!admits(rules: [0, 1, 1]))
        #expect(!admits(areaSubareas: [0]))
        #expect(!admits(areaSubareas: [0, 0]))
        // A subarea in no area's range.
        #expect(!admits(areas: [FixedPointArea(start: 0, end: 1, max: 0)]))
        var negativeMax = subareas
        negativeMax[0].max = -1
        #expect(!admits(subareas: negativeMax))
        let laidOut = FixedPointProgram.directSums(
            rules: 3, subareas: subareas, subareaRules: [0, 1, 2], weight: [0, 0, 3],
            areas: [FixedPointArea(start: 0, end: 2, max: 0)], areaSubareas: [1, 0], fine: 2,
            constantsNonNegative: true, totalsBound: 1 << 30)
        #expect(laidOut.ruleSubarea == [0, 0, 1, 0])
        #expect(laidOut.ruleWeight == [1, 1, 3, 1])
        #expect(laidOut.rows.map(\.subarea) == [1, 0])
        #expect(laidOut.rows.map(\.area) == [0, 0])
        #expect(laidOut.rows.map(\.cap) == [.max, 10_000_000])
        #expect(laidOut.rows.map(\.multiplier) == [7, 2])
    }

    /// Step tables that are not lookups (thresholds at different offsets above whole
    /// units): a narrow one, padded with steps never reached, and a wide one. Inputs around
    /// every threshold, far below, at and beyond the clamp bound (2⁶² micro-units, the
    /// padding's threshold), and unassessed: every path agrees with the plain evaluator.
    @Test func paddedStepTablesAgreeEverywhere() throws {
        let text = """
            instrument "Steps" version "1"
            fact n: number "N"
            area a "A" max 100
            subarea a.1 "Narrow" max 10
              rule a.1.a "A" threshold n { >= 0.5: 1, >= 1.25: 2 }
            subarea a.2 "Wide" max 30
              rule a.2.a "B" threshold n { >= 0.5: 1, >= 1.25: 2, >= 2: 3, >= 3.75: 4, >= 5.5: 5, >= 100: 6 }
            """
        let instrument = try Fixture.instrument(text)
        let compiled = CompiledInstrument(instrument)
        let program = try #require(compiled.fixedPoint)
        #expect(program.stepTablesByLookup == 0)
        #expect(program.narrowStepRules == 1)
        #expect(program.stepRules.count == 2)
        let values: [Rational?] = [
            nil, Rational(-4_611_686_018_427), Rational(-1), .zero, Rational(numerator: 1, denominator: 2),
            Rational(numerator: 49, denominator: 100), Rational(1), Rational(numerator: 5, denominator: 4), Rational(2),
            Rational(numerator: 15, denominator: 4), Rational(5), Rational(numerator: 11, denominator: 2), Rational(99),
            Rational(100), Rational(1_000_000_000_000), Rational(4_611_686_018_427), Rational(4_611_686_018_428),
            Rational(9_000_000_000_000),
        ]
        for value in values {
            var input = EvaluationInput(instrument: instrument)
            input.values[0] = value.map { .number($0) }
            let label = "n = \(value.map(\.description) ?? "none")"
            let path = try FixedPointDifferentialTests.expectAllAgree(compiled, input, label)
            #expect(path == .fixedPoint, "\(label)")
        }
        var input = EvaluationInput(instrument: instrument)
        input.values[0] = .number(Rational(4_611_686_018_428))
        let score = try compiled.score(input)
        #expect(score.subareas[0].points == Rational(2))
        #expect(score.subareas[1].points == Rational(6))
    }
}
