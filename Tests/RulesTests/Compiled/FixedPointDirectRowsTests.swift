import Rules
import Testing

@testable import Engine

/// The rows only evaluations that sum directly read (FixedPointDirectRows.swift and the
/// reordered tables of FixedPointDirectTables): comparisons and truth tables by interval
/// bits alone where that decides the value, per-unit counts of every input kind (whole
/// awards without a division), and
/// judgements reduced to `j / divisor · multiplier`, in a weighted subarea and out of it.
/// On findings chosen around each row's edges and on random findings with overrides,
/// the direct sums give the checked path's points whenever they apply, and the tool's
/// path gives the plain evaluator's.
@Suite struct FixedPointDirectRowsTests {
    static let text = """
        instrument "Direct rows" version "1"
        fact n: number "N"
        fact m: number "M"
        fact f: flag "F"
        fact g: flag "G"
        fact s: set {a, b, c} "S"
        fact t: set "T"
        area x "X" max 100
        subarea x.1 "Weighted" max 30 weighted
          rule x.1.a "Plain comparison" weight 3 when n >= 2 award 1
          rule x.1.b "Negated comparison" weight 2 when not n >= 5 award 1
          rule x.1.c "Needs the assessed bit" when f and not g award 0.5
          rule x.1.d "Interval bits alone" weight 4 when f or (g and m >= 1) award 0.25
          rule x.1.e "Per whole unit" weight 5 each n award 0.25 cap 1
          rule x.1.f "Per item" weight 2 each s award 0.5 cap 1
          rule x.1.g "Judged in thirds" weight 3
            judgement max 3
        subarea x.2 "Plain" max 12
          rule x.2.a "Per listed item" each s from {a, c} award 2 cap 3
          rule x.2.b "Judged" judgement max 4
          rule x.2.c "Two tests" when f and m >= 3 award 1
          rule x.2.d "Per item, a whole award" each t award 1 cap 2
        """

    @Test func rowsAreLaidOutForTheDirectSums() throws {
        let program = try #require(CompiledInstrument(try Fixture.instrument(Self.text)).fixedPoint)
        #expect(program.sumsDirectlyWithoutTrace)
        let direct = program.direct
        // `n >= 2` needs no assessed bit.
        #expect(direct.plainComparisons == 1)
        #expect(direct.comparisons.count == 1)
        // `f and m >= 3` and `f or (g and m >= 1)` by interval bits alone; `not n >= 5`
        // (a one-test table) and `f and not g` need the assessed bits.
        let ends = direct.truthTableEnds
        #expect(ends.insideShort == 1 && ends.insideThree == 2 && ends.short == 4)
        #expect(direct.truthTables.count == 4)
        // The weighted judgement: 10⁶ / 3·10⁶ is 1 / 3; the plain one 1 / 1.
        #expect(direct.plainJudgements == 1)
        #expect(direct.judgements.map(\.divisor) == [1, 3])
        #expect(direct.judgements.map(\.multiplier) == [1, 1])
        // Each item of the open set `t` (its scalar) by a whole award first; then the integer
        // part of `n` and the items of the closed set `s` (counts of its slots).
        #expect(direct.perUnits.count == 4)
        #expect(direct.wholeAwardPerUnits == 1)
        #expect(direct.perUnits[0].award == 1)
    }

    @Test func directRowsAgreeOnEdgesAndAtRandom() throws {
        let instrument = try Fixture.instrument(Self.text)
        let compiled = CompiledInstrument(instrument)
        let program = try #require(compiled.fixedPoint)
        let twoAndAHalf = try #require(Rational(numerator: 5, denominator: 2))
        let numbers: [FactValue?] = [
            nil, .number(.zero), .number(Rational(1)), .number(twoAndAHalf), .number(Rational(5)), .number(Rational(9)),
        ]
        let flags: [FactValue?] = [nil, .flag(true), .flag(false)]
        let sets: [FactValue?] = [nil, .set([]), .set(["a"]), .set(["a", "b", "c"])]
        let threeHalves = try #require(Rational(numerator: 3, denominator: 2))
        let judgements: [Rational?] = [nil, .zero, Rational(1), threeHalves, Rational(3)]
        var summedDirectly = 0
        var leftToTheCheckedPath = 0
        var round = 0
        for n in numbers {
            for m in numbers {
                var input = EvaluationInput(instrument: instrument)
                input.values[0] = n
                input.values[1] = m
                input.values[2] = flags[round % 3]
                input.values[3] = flags[(round / 3) % 3]
                input.values[4] = sets[round % 4]
                input.values[5] = sets[(round + 1) % 4]
                input.judgements[6] = judgements[round % 5]
                input.judgements[8] = judgements[(round / 5) % 5]
                round += 1
                let label = "edges round \(round)"
                _ = try FixedPointDifferentialTests.expectAllAgree(compiled, input, label)
                switch FixedPointDirectSumsTests.expectSamePoints(program, FixedPointDirectSumsTests.bound(program, input), label) {
                case true?: summedDirectly += 1
                case nil: leftToTheCheckedPath += 1
                case false?: break
                }
            }
        }
        for seed in 0..<40 as Range<UInt64> {
            let input = FixedPointDifferentialTests.randomInput(instrument, seed: seed)
            let label = "random seed \(seed)"
            _ = try FixedPointDifferentialTests.expectAllAgree(compiled, input, label)
            switch FixedPointDirectSumsTests.expectSamePoints(program, FixedPointDirectSumsTests.bound(program, input), label) {
            case true?: summedDirectly += 1
            case nil: leftToTheCheckedPath += 1
            case false?: break
            }
        }
        // Both happen: judgements of 3/2 in thirds (not whole micro-units) and overrides
        // leave evaluations to the checked path.
        #expect(summedDirectly > 20)
        #expect(leftToTheCheckedPath > 0)
    }
}
