import Engine
import Foundation
import Rules
import Testing

/// `kompass-score test`'s runner: failures with expected, actual and the rules that
/// fired; coverage of rules never hit and never missed.
@Suite struct InstrumentTestRunnerTests {
    static let instrument = """
        instrument "T" version "1"
        fact a: flag "A"
        fact b: flag "B"
        fact n: number "N"
        area x "X" max 20
        subarea x.1 "X1" max 20
          rule x.1.a "R" when a award 4
          rule x.1.b "S" when b award 6
          rule x.1.c "T" threshold n { >= 10: 2, >= 20: 5 }
        test "a only"
          given a = yes
                b = no
          expect x.1 = 4
        test "wrong on purpose"
          given a = yes
                n = 12
          expect x.1 = 7
          expect x.1.c = 2
        """

    @Test func aFailureReportsExpectedActualAndTheRulesThatFired() throws {
        let report = try InstrumentTestRunner.run(try Fixture.instrument(Self.instrument))
        #expect(report.results.map(\.name) == ["a only", "wrong on purpose"])
        #expect(report.results[0].passed)
        #expect(!report.passed)
        let failures = report.results[1].failures
        try #require(failures.count == 1)
        #expect(failures[0].target == "x.1")
        #expect(failures[0].expected == Rational(7))
        #expect(failures[0].actual == Rational(6))
        #expect(failures[0].fired.map(\.id) == ["x.1.a", "x.1.c"])
        #expect(failures[0].span.start.line == 17)
    }

    @Test func coverageListsRulesNeverHitAndNeverMissed() throws {
        let instrument = try Fixture.instrument(Self.instrument)
        let report = try InstrumentTestRunner.run(instrument)
        // x.1.a hit in both tests and never missed; x.1.b missed once, never hit;
        // x.1.c partial (2 of 5) once and unassessed once: neither hit nor missed.
        #expect(report.neverHit.map { instrument.rules[$0].id } == ["x.1.b", "x.1.c"])
        #expect(report.neverMissed.map { instrument.rules[$0].id } == ["x.1.a", "x.1.c"])
    }

    @Test func withinAllowsATolerance() throws {
        let text = Self.instrument.replacingOccurrences(of: "expect x.1 = 7", with: "expect x.1 = 7 within 1")
        let report = try InstrumentTestRunner.run(try Fixture.instrument(text))
        #expect(report.passed)
    }
}
