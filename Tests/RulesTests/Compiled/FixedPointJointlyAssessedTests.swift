import Rules
import Testing

@testable import Engine

/// Truth tables whose tests read membership slots of one fact (assessed together with it,
/// FixedPointDirectTables.insideOnlyYes): `f or (s contains a and not s contains b)` is
/// decided by the tests' interval bits alone when summing directly, while tests of two
/// facts still need the assessed bits; on every combination of findings, and on random
/// findings with overrides, the direct sums give the checked path's points and the tool's
/// path the plain evaluator's.
@Suite struct FixedPointJointlyAssessedTests {
    static let text = """
        instrument "Jointly assessed" version "1"
        fact f: flag "F"
        fact g: flag "G"
        fact s: set "S"
        fact t: set {a, b, c} "T"
        area x "X" max 100
        subarea x.1 "Weighted" max 20 weighted
          rule x.1.a "One set" weight 3 when f or (s contains a and not s contains b)
          rule x.1.b "Two facts" weight 2 when f or (g and not s contains b)
        subarea x.2 "Plain" max 20
          rule x.2.a "Closed set" when g or (t contains a and not t contains c) award 2
          rule x.2.b "Two slots" when not t contains b and t contains c award 3
          rule x.2.c "Not a flag" when not f award 1
        """

    @Test func slotsOfOneFactAreDecidedByIntervalBits() throws {
        let program = try #require(CompiledInstrument(try Fixture.instrument(Self.text)).fixedPoint)
        #expect(program.sumsDirectlyWithoutTrace)
        let direct = program.direct
        #expect(direct.truthTables.count == 5)
        // `not t contains b and t contains c` (short), then x.1.a and x.2.a (three tests) by
        // interval bits; `not f` (a one-test table) needs the assessed bit of `f`, and x.1.b
        // (three tests) that of `s`.
        #expect(direct.truthTableEnds == (insideShort: 1, insideThree: 3, short: 4))
        // Its yes by interval bits (bit 0: `t contains b` holds, bit 1: `t contains c`).
        #expect(direct.truthTables[0].yes == 0b0100)
        #expect(direct.comparisons.isEmpty)
    }

    @Test func everyCombinationAgrees() throws {
        let instrument = try Fixture.instrument(Self.text)
        let flags: [FactValue?] = [nil, .flag(true), .flag(false)]
        let sets: [FactValue?] = [nil, .set([]), .set(["a"]), .set(["b"]), .set(["a", "b"]), .set(["c", "a"])]
        let result = try DirectSumsAgreement.everyCombination(instrument, [flags, flags, sets, sets])
        #expect(result.combinations == flags.count * flags.count * sets.count * sets.count)
        #expect(result.summedDirectly == result.combinations)
    }

    @Test func randomFindingsWithOverridesAgree() throws {
        let result = try DirectSumsAgreement.randomFindings(try Fixture.instrument(Self.text))
        #expect(result.summedDirectly > 100)
    }
}
