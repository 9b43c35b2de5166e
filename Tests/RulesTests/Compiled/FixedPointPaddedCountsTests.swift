import Rules
import Testing

@testable import Engine

/// Per-unit counts of at most FixedPointDirectTables.countWidth listed slots, padded to
/// that width for the direct sums (FixedPointDirectTables+PerUnits.swift) with a scalar
/// that reads 0 whenever they run: longer lists keep the general loop. On every
/// combination of findings, and on random findings with overrides, the direct sums give
/// the checked path's points and the tool's path the plain evaluator's.
@Suite struct FixedPointPaddedCountsTests {
    static let text = """
        instrument "Padded counts" version "1"
        fact s: set "S"
        fact t: set {a, b, c, d, e, f, g} "T"
        fact n: number "N"
        area x "X" max 100
        subarea x.1 "Weighted" max 20 weighted
          rule x.1.a "Three listed" weight 2 each s from {a, b, c} award 0.25 cap 1
          rule x.1.b "Five listed" each s from {a, b, c, d, e} award 0.5 cap 1
          rule x.1.c "Six listed" weight 3 each s from {a, b, c, d, e, f} award 0.25 cap 1
        subarea x.2 "Plain" max 30
          rule x.2.a "Closed set" each t award 2
          rule x.2.b "Two of a closed set" each t from {a, g} award 3 cap 5
          rule x.2.c "A number" each n award 1 cap 4
        """

    @Test func shortListsArePadded() throws {
        let program = try #require(CompiledInstrument(try Fixture.instrument(Self.text)).fixedPoint)
        #expect(program.sumsDirectlyWithoutTrace)
        let direct = program.direct
        #expect(direct.perUnits.count == 6)
        // No row reads its fact's scalar: the number's integer part, the closed set's
        // slots and the listed ones are counted.
        #expect(direct.wholeAwardPerUnits == 0 && direct.valuePerUnits == 0)
        // Three, five and two listed slots are padded; the number, six listed slots and
        // the closed set's seven keep the general loop.
        #expect(direct.countPerUnits == 3)
        #expect(direct.perUnits[..<3].map(\.input.count) == [3, 5, 2])
        #expect(direct.perUnits[3...].map(\.input.kind) == [.integerPart, .countOf, .countOf])
        #expect(direct.perUnits[4...].map(\.input.count) == [6, 7])
        let width = FixedPointDirectTables.countWidth
        #expect(direct.countLists.count == 3 * width + 1)
        let zero = Int32(program.layout.overridden)
        for (k, row) in direct.perUnits[..<3].enumerated() {
            let start = Int(row.input.start)
            #expect(start == k * width)
            let padding = direct.countLists[(start + Int(row.input.count))..<(start + width)]
            #expect(padding.allSatisfy { $0 == zero })
            #expect(!direct.countLists[start..<(start + Int(row.input.count))].contains(zero))
        }
    }

    @Test func everyCombinationAgrees() throws {
        let instrument = try Fixture.instrument(Self.text)
        let sets: [FactValue?] = [
            nil, .set([]), .set(["a"]), .set(["b", "c"]), .set(["a", "c", "e"]), .set(["a", "b", "c", "d", "e", "f", "g"]),
            .set(["f", "z"]),
        ]
        let numbers: [FactValue?] = [nil, .number(.zero), .number(Rational(3)), .number(Rational(9))]
        let result = try DirectSumsAgreement.everyCombination(instrument, [sets, sets, numbers])
        #expect(result.combinations == sets.count * sets.count * numbers.count)
        #expect(result.summedDirectly == result.combinations)
    }

    @Test func randomFindingsWithOverridesAgree() throws {
        let result = try DirectSumsAgreement.randomFindings(try Fixture.instrument(Self.text))
        #expect(result.overridden > 0)
        #expect(result.summedDirectly > 50)
    }
}
