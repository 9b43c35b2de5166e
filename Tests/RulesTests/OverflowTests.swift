import Engine
import Rules
import Testing

/// DESIGN.md, "Scoring": arithmetic is exact; overflow is an error (`eval.overflow`),
/// never a trap.
@Suite struct OverflowTests {
    /// 10^12 items at 10^12 each is 10^24, beyond Int64: scoring throws.
    @Test func eachOverflowThrowsInsteadOfTrapping() throws {
        let instrument = try Fixture.instrument(
            """
            instrument "Big" version "1"
            fact n: number "N"
            area x "X" max 1000000000000
            subarea x.1 "X1" max 1000000000000
              rule x.1.a "A" each n award 1000000000000 cap 1000000000000
            """)
        let evidence = try Fixture.evidence("finding n = 1000000000000 source web \"n\"\n", for: instrument)
        #expect(throws: ArithmeticOverflow.self) {
            _ = try ScoredEvidence(instrument: instrument, evidence: evidence)
        }
        // Small numbers on the same rule score normally: 2 · 10^12, capped at 10^12.
        let small = try Fixture.evidence("finding n = 2 source web \"n\"\n", for: instrument)
        let scored = try ScoredEvidence(instrument: instrument, evidence: small)
        #expect(scored.subareaScore("x.1").points == q(1_000_000_000_000))
        #expect(scored.ruleScore("x.1.a").outcome.ownCapCut == q(1_000_000_000_000))
    }

    /// Eleven values of (10^18 − 1)/10^6 add up to 11·(10^18 − 1)/10^6, whose numerator is
    /// past Int64 (ten would reduce to (10^18 − 1)/10^5 and still fit).
    @Test func subareaSumOverflowThrows() throws {
        var text = """
            instrument "Big" version "1"
            fact f: flag "F"
            area x "X" max 1000000000000
            subarea x.1 "X1" max 1000000000000

            """
        for i in 0..<11 { text += "  rule x.1.r\(i) \"R\(i)\" when f award 999999999999.999999\n" }
        let instrument = try Fixture.instrument(text)
        let evidence = try Fixture.evidence("finding f = yes source web \"f\"\n", for: instrument)
        #expect(throws: ArithmeticOverflow.self) {
            _ = try ScoredEvidence(instrument: instrument, evidence: evidence)
        }
    }

    @Test func overflowDiagnosticIdIsCatalogued() {
        #expect(DiagnosticID.evalOverflow.rawValue == "eval.overflow")
        #expect(DiagnosticID.catalogue.contains(.evalOverflow))
    }
}
