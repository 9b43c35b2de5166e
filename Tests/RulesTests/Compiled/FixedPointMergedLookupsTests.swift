import Rules
import Testing

@testable import Engine

/// Lookups merged for the direct sums (FixedPointDirectTables+Lookups.swift): those of the
/// same input counting in the same subarea, with thresholds on the same grid, become one
/// row whose entries are the sums of theirs; others stay apart. On every level, number
/// and unassessed input, and on random findings with overrides, the direct sums give the
/// checked path's points and the tool's path the plain evaluator's.
@Suite struct FixedPointMergedLookupsTests {
    static let text = """
        instrument "Merged lookups" version "1"
        ladder maturity: none < started < exists < followed_up < evaluated
        fact m: level maturity "M"
        fact l: level maturity "L"
        fact x: number "X"
        area a "A" max 1000
        subarea a.1 "Weighted" max 20 weighted
          rule a.1.a "Ladder" weight 3 ladder m { started: 0.25, exists: 0.5, followed_up: 0.75, evaluated: 1 }
          rule a.1.b "Same level" weight 2 ladder m { exists: 0.5, followed_up: 0.75, evaluated: 1 }
          rule a.1.c "Another level" ladder l { exists: 0.5, evaluated: 1 }
          rule a.1.d "Whole thresholds" weight 5 threshold x { >= 1: 0.5, >= 3: 1 }
          rule a.1.e "Strict thresholds" threshold x { > 2: 1 }
        subarea a.2 "Plain" max 30
          rule a.2.a "Ladder" ladder m { exists: 1, followed_up: 2, evaluated: 4 }
          rule a.2.b "Same level" ladder m { started: 1, exists: 2, evaluated: 3 }
          rule a.2.c "Same level again" ladder m { evaluated: 6 }
          rule a.2.d "Whole thresholds" threshold x { >= 2: 1, >= 4: 3 }
          rule a.2.e "Far thresholds" threshold x { >= 10: 1, >= 12: 2 }
        subarea a.3 "Elsewhere" max 10
          rule a.3.a "Ladder" ladder m { started: 2, evaluated: 5 }
        """

    @Test func lookupsOfOneInputInOneSubareaMerge() throws {
        let program = try #require(CompiledInstrument(try Fixture.instrument(Self.text)).fixedPoint)
        #expect(program.sumsDirectlyWithoutTrace)
        #expect(program.stepTablesByLookup == 11)
        let direct = program.direct
        // a.1: m (a and b), l, x by whole thresholds, x by strict ones (another grid);
        // a.2: m (a, b and c), x (d and e); a.3: m.
        #expect(direct.lookups.map(\.subarea) == [0, 0, 0, 0, 1, 1, 2])
        #expect(direct.valueLookups == 7)
        // a.2's ladders on m: entries at none … evaluated (from one level below `started`).
        let plain = direct.lookups[4]
        let first = Int((plain.low - plain.bias) / MicroUnits.scale)
        // Unweighted, in micro-units: 0+0+0, 0+1+0, 1+2+0, 2+2+0, 4+3+6.
        #expect(Array(direct.lookupEntries[first..<(first + 5)]) == [0, 1, 3, 4, 13].map { $0 * MicroUnits.scale })
        // a.2's thresholds on x: one row from one unit below 2 to 12.
        let x = direct.lookups[5]
        #expect(x.low == 1_000_000 && x.high == 12_000_000)
        #expect(direct.lookupEntries.last == 0)
    }

    @Test func mergedLookupsAgreeOnEveryInput() throws {
        let instrument = try Fixture.instrument(Self.text)
        let levels: [FactValue?] = [nil] + (0..<5).map { .level($0) }
        let numbers: [FactValue?] =
            [nil] + [-1, 0, 1, 2, 3, 4, 11, 12, 40].map { .number(Rational(Int64($0))) }
            + [.number(try #require(Rational(numerator: 5, denominator: 2)))]
        let result = try DirectSumsAgreement.everyCombination(instrument, [levels, levels, numbers])
        #expect(result.combinations == levels.count * levels.count * numbers.count)
        #expect(result.summedDirectly == result.combinations)
    }

    @Test func mergedLookupsAgreeOnRandomFindingsWithOverrides() throws {
        let result = try DirectSumsAgreement.randomFindings(try Fixture.instrument(Self.text))
        // Both: overridden evaluations take the checked path, the others sum directly.
        #expect(result.overridden > 0)
        #expect(result.summedDirectly > 100)
    }
}
