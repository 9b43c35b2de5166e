import Engine
import Rules
import Testing

/// Step tables read by one lookup (FixedPointLookup: thresholds a common offset above
/// whole units, spanning few of them) give exactly what the plain evaluator gives, and
/// the tables that do not qualify keep the general loop: every input on, around and
/// between the thresholds, negative and far beyond them, fractional, and unassessed.
@Suite struct FixedPointLookupTests {
    static let instrument = """
        instrument "Lookups" version "1"
        ladder maturity: none < started < exists < followed_up < evaluated
        fact x: number "X"
        fact m: level maturity "M"
        area a "A" max 1000
        subarea a.1 "Whole thresholds" max 100
          rule a.1.a "At least" threshold x { >= 1: 1, >= 2: 2, >= 5: 6 }
          rule a.1.b "Strict" threshold x { > 1: 1, > 4: 3 }
          rule a.1.c "Sixteen entries" threshold x { >= 0: 2, >= 14: 4 }
          rule a.1.d "Repeated" threshold x { >= 3: 1, >= 3: 5 }
        subarea a.2 "Offsets" max 100
          rule a.2.a "Halves" threshold x { >= 0.5: 1, >= 2.5: 2, >= 3.5: 4 }
          rule a.2.b "Ladder" ladder m { started: 1, exists: 2, evaluated: 5 }
          rule a.2.c "Ladder from exists" ladder m { exists: 0.5, followed_up: 0.75, evaluated: 1 }
        subarea a.3 "General" max 100
          rule a.3.a "Mixed offsets" threshold x { > 0: 1, >= 3: 2 }
          rule a.3.b "Wide" threshold x { >= 1: 1, >= 40: 3 }
          rule a.3.c "Fine" threshold x { >= 0.5: 1, >= 1.25: 2 }
        """

    /// Seven of the ten tables qualify (one common offset, and at most 16 entries: a.1.c
    /// has exactly 16, from one unit below 0 to 14); mixed offsets, a wide span and
    /// unequal fractions stay in the general loop.
    @Test func whichTablesAreLookups() throws {
        let compiled = CompiledInstrument(try Fixture.instrument(Self.instrument))
        let program = try #require(compiled.fixedPoint)
        #expect(program.stepTablesByLookup == 7)
        #expect(program.ruleCount == 10)
    }

    /// Inputs in micro-units: every quarter from −6 to 45, each threshold and a micro-unit
    /// either side, and values far beyond every table (positive and negative).
    static let inputs: [Int64] = {
        var micros: [Int64] = Array(stride(from: -6_000_000, through: 45_000_000, by: 250_000))
        for t: Int64 in [0, 500_000, 1_000_000, 1_250_000, 2_000_000, 2_500_000, 3_000_000, 3_500_000, 4_000_000,
            5_000_000, 14_000_000, 40_000_000]
        {
            micros += [t - 1, t, t + 1]
        }
        micros += [Int64.min + 1, -9_000_000_000_000, -1, 9_000_000_000_000, 999_999_999_999_999_999]
        return micros
    }()

    @Test func everyNumberAgreesWithThePlainEvaluator() throws {
        let compiled = CompiledInstrument(try Fixture.instrument(Self.instrument))
        for micro in Self.inputs {
            var input = EvaluationInput(instrument: compiled.instrument)
            let x = try #require(Rational(numerator: micro, denominator: 1_000_000))
            input.values[0] = .number(x)
            input.values[1] = .level(Int(micro.magnitude % 5))
            #expect(try FixedPointDifferentialTests.expectAllAgree(compiled, input, "x = \(x)") == .fixedPoint)
        }
    }

    /// Every level and an unassessed level and number: the unassessed entry counts 0 and
    /// at most the rule's best.
    @Test(arguments: [nil, 0, 1, 2, 3, 4] as [Int?])
    func everyLevelAndUnassessedAgree(level: Int?) throws {
        let instrument = try Fixture.instrument(Self.instrument)
        let compiled = CompiledInstrument(instrument)
        var input = EvaluationInput(instrument: instrument)
        input.values[1] = level.map { .level($0) }
        #expect(try FixedPointDifferentialTests.expectAllAgree(compiled, input, "m = \(level as Any)") == .fixedPoint)
        let score = try Evaluator(instrument: instrument).score(input)
        // x is unassessed: each of its rules counts 0, at most its best.
        #expect(score.rules[0].outcome.value == .zero)
        #expect(score.rules[0].outcome.upper == Rational(6))
        // The ladder reads the level: 0, 1, 2, 2, 5 over none … evaluated.
        let expected: [Int?: Int] = [0: 0, 1: 1, 2: 2, 3: 2, 4: 5]
        if let level, let points = expected[level] {
            #expect(score.rules[5].outcome.value == Rational(Int64(points)))
        } else {
            #expect(score.rules[5].outcome.upper == Rational(5))
        }
    }
}
