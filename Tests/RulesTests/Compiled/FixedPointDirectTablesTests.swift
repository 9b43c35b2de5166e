import Rules
import Testing

@testable import Engine

/// The rows an evaluation that sums directly reads for the kinds of constant outcomes
/// (FixedPointDirectTables): each row names its rule's subarea, every constant it adds is
/// multiplied by the rule's weight, a lookup starts after its unassessed entry; and on a
/// weighted subarea with every such kind, the direct sums give the checked path's and the
/// plain evaluator's points for every finding, assessed or not.
@Suite struct FixedPointDirectTablesTests {
    @Test func rowsNameTheSubareaAndAddWeightedConstants() throws {
        let input = FixedPointInput(kind: .value, fact: 0)
        let table = try #require(
            FixedPointTruthTable(rule: 1, award: 7, ops: [FixedPointOp(code: .test, flag: 0, a: 0, low: 1)]))
        let tables = FixedPointDirectTables(
            comparisons: [FixedPointComparison(rule: 2, slot: 0, low: 1, span: 3, negate: 0, award: 5)],
            truthTables: [table],
            conditions: [FixedPointCondition(rule: 0, start: 0, end: 1, award: 11)],
            stepRules: [FixedPointSteps(rule: 2, input: input, start: 0, end: 3)],
            steps: [
                FixedPointStep(threshold: .max, value: 0), FixedPointStep(threshold: 1, value: 4),
                FixedPointStep(threshold: 2, value: 6),
            ],
            lookups: [FixedPointLookup(rule: 1, start: 4, input: input, low: 0, high: 3_000_000)],
            lookupContributions: [9, 9, 9, 9, 0, 0, 20, 30, 40],
            perUnits: [
                FixedPointPerUnit(rule: 2, input: input, award: 2, cap: 9),
                FixedPointPerUnit(rule: 0, input: input, award: 3_000_000, cap: 5),
            ],
            linears: [FixedPointLinear(rule: 1, input: input, from: 0, span: 2_000_000, flip: true, award: 3)],
            judgements: [
                FixedPointJudgement(rule: 0, maximum: 4_000_000, weighted: true),
                FixedPointJudgement(rule: 1, maximum: 3_000_000, weighted: false),
            ],
            ruleSubarea: [3, 1, 4, 0], ruleWeight: [1, 10, 3, 1])
        #expect(tables.comparisons.map(\.rule) == [4])
        #expect(tables.comparisons.map(\.award) == [15])
        #expect(tables.comparisons.map(\.low) == [1])
        #expect(tables.plainComparisons == 1)
        #expect(tables.truthTables.map(\.rule) == [1])
        #expect(tables.truthTables.map(\.award) == [70])
        // One test, never holding the unassessed mark: indexed by the interval bits alone
        // (test a's, bit 0, and its copy's, bit 1), it holds when a's interval does.
        #expect(tables.truthTableEnds == (insideShort: 1, insideThree: 1, short: 1))
        #expect(tables.truthTables.map(\.yes) == [0b1010])
        #expect(tables.truthTables.map(\.no) == [table.no])
        #expect(tables.conditions.map(\.rule) == [3])
        #expect(tables.conditions.map(\.award) == [11])
        #expect(tables.stepRules.map(\.rule) == [4])
        #expect(tables.steps.map(\.value) == [0, 12, 18])
        #expect(tables.steps.map(\.threshold) == [.max, 1, 2])
        // Two steps, not padded to the narrow width: no narrow table reads its scalar first.
        #expect(tables.valueNarrowStepRules == 0)
        #expect(tables.lookups.map(\.subarea) == [1])
        // The lookup's entries after its unassessed one (at 4) are the direct entries from
        // 0 (folded into the bias: 0 − 0·10⁶), then a trailing 0.
        #expect(tables.lookups.map(\.bias) == [0])
        #expect(tables.lookups.map(\.high) == [3_000_000])
        #expect(tables.lookupEntries == [0, 20, 30, 40, 0])
        #expect(tables.valueLookups == 1)
        // The whole award first, in units.
        #expect(tables.wholeAwardPerUnits == 1)
        #expect(tables.perUnits.map(\.subarea) == [3, 4])
        #expect(tables.perUnits.map(\.weight) == [1, 3])
        #expect(tables.perUnits.map(\.award) == [3, 2])
        #expect(tables.perUnits.map(\.cap) == [5, 9])
        #expect(tables.valueLinears == 1)
        #expect(tables.linears.map(\.subarea) == [1])
        #expect(tables.linears.map(\.weight) == [10])
        #expect(tables.linears.map(\.award) == [3])
        #expect(tables.linears.map(\.flip) == [true])
        // Unweighted, 1 / 1, first (no division); then 10⁶ / 4·10⁶ reduced: 1 / 4.
        #expect(tables.plainJudgements == 1)
        #expect(tables.judgements.map(\.subarea) == [1, 3])
        #expect(tables.judgements.map(\.divisor) == [1, 4])
        #expect(tables.judgements.map(\.multiplier) == [1, 1])
        #expect(tables.judgements.map(\.weight) == [10, 1])
    }

    static let weighted = """
        instrument "Weighted constants" version "1"
        fact n: number "N"
        fact m: number "M"
        fact f: flag "F"
        fact g: flag "G"
        area a "A" max 100
        subarea a.1 "Weighted" max 20 weighted
          rule a.1.a "Comparison" weight 3 when n >= 2 award 1
          rule a.1.b "Two tests" weight 2 when f and g award 0.5
          rule a.1.c "Three tests" when f or (g and not n >= 1) award 0.25
          rule a.1.d "Facts compared" weight 5 when n > m award 1
          rule a.1.e "Lookup" weight 4 threshold n { >= 1: 0.25, >= 2: 0.5, >= 3: 1 }
          rule a.1.f "Narrow steps" weight 7 threshold m { >= 0.5: 0.5, >= 1.25: 1 }
        subarea a.2 "Plain" max 10
          rule a.2.a "Comparison" when m >= 1 award 6
          rule a.2.b "Lookup" threshold m { >= 1: 2, >= 2: 5 }
        """

    @Test func aWeightedSubareaOfConstantKindsAgreesEverywhere() throws {
        let instrument = try Fixture.instrument(Self.weighted)
        let compiled = CompiledInstrument(instrument)
        let program = try #require(compiled.fixedPoint)
        #expect(program.sumsDirectlyWithoutTrace)
        // Every kind of constant outcome, in the weighted subarea and out of it.
        #expect(program.comparisons.count == 2)
        #expect(program.truthTables.count == 2)
        #expect(program.conditions.count == 1)
        #expect(program.stepRules.count == 1)
        #expect(program.stepTablesByLookup == 2)
        #expect(program.direct.comparisons.count == program.comparisons.count)
        // The narrow steps read their fact's scalar: first, in the loop without the kind.
        #expect(program.narrowStepRules == 1)
        #expect(program.direct.valueNarrowStepRules == 1)
        let numbers: [Rational?] = [
            nil, .zero, Rational(numerator: 1, denominator: 2), Rational(1), Rational(numerator: 5, denominator: 4),
            Rational(2), Rational(3), Rational(50),
        ]
        let flags: [FactValue?] = [.flag(true), .flag(false), nil]
        var direct = 0
        for n in numbers {
            for m in numbers {
                for (f, g) in [(flags[0], flags[0]), (flags[0], flags[1]), (flags[2], flags[0]), (flags[1], flags[2])] {
                    var input = EvaluationInput(instrument: instrument)
                    input.values[0] = n.map { .number($0) }
                    input.values[1] = m.map { .number($0) }
                    input.values[2] = f
                    input.values[3] = g
                    let label = "n \(n?.description ?? "-") m \(m?.description ?? "-") f \(f.debugDescription)"
                    let path = try FixedPointDifferentialTests.expectAllAgree(compiled, input, label)
                    #expect(path == .fixedPoint, "\(label)")
                    let facts = FixedPointDirectSumsTests.bound(program, input)
                    if FixedPointDirectSumsTests.expectSamePoints(program, facts, label) == true { direct += 1 }
                }
            }
        }
        #expect(direct == numbers.count * numbers.count * 4)
    }
}
