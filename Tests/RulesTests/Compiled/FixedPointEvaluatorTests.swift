import Engine
import Rules
import Testing

/// Hand-computed cases of the fixed-point evaluator and its fallback: weighted subareas
/// are exact in fine units (10/3 stays 10/3); a rule value that is not a whole number of
/// micro-units, an overflow and a finding with seven decimals are scored by the `Rational`
/// path, exactly; a real overflow is still reported.
@Suite struct FixedPointEvaluatorTests {
    static let thirds = """
        instrument "Thirds" version "1"
        fact f: flag "F"
        fact g: flag "G"
        fact h: flag "H"
        fact p: flag "P"
        fact q: flag "Q"
        fact r: flag "R"
        fact x: number "X"
        area a "A" max 100
        subarea a.1 "Thirds" max 10 weighted
          rule a.1.a "A" when f
          rule a.1.b "B" when g
          rule a.1.c "C" when h
        subarea a.2 "Quarters" max 10 weighted
          rule a.2.a "A" when p
          rule a.2.b "B" when q
          rule a.2.c "C" weight 2 when r
        subarea a.3 "Scale" max 10
          rule a.3.a "A" scale x from 0 to 3 award 1
        """

    /// Findings for the flags in `yes` (the others no) and x.
    static func findings(_ yes: Set<String>, x: String = "1.5") -> String {
        ["f", "g", "h", "p", "q", "r"].map { "finding \($0) = \(yes.contains($0) ? "yes" : "no") source web \"\($0)\"\n" }
            .joined() + "finding x = \(x) source web \"x\"\n"
    }

    /// The path the tool takes and its score, after checking it against the plain evaluator.
    static func score(_ instrument: Instrument, _ body: String) throws -> (Score, EvaluationPath, FixedPointScratch, Bool) {
        let compiled = CompiledInstrument(instrument)
        let input = EvaluationInput(evidence: try Fixture.evidence(body, for: instrument), instrument: instrument)
        let (score, path) = try compiled.scoreReportingPath(input)
        let plain = try Evaluator(instrument: instrument).score(input)
        #expect(FixedPointDifferentialTests.differences(plain, score).isEmpty)
        let program = try #require(compiled.fixedPoint)
        var facts = program.makeFacts()
        program.bind(input, into: &facts)
        var scratch = program.makeScratch()
        let representable = program.evaluate(facts, into: &scratch)
        return (score, path, scratch, representable)
    }

    /// One hit of three equal weights: 10·1/3, not a whole number of micro-units, is one
    /// of fine units (1/(10⁶·6): thirds here, halves from the quarters subarea's 10/4), so
    /// the fixed-point path gives it exactly, 10/3, as the Rational path does.
    @Test func aThirdIsExactInFineUnits() throws {
        let instrument = try Fixture.instrument(Self.thirds)
        let (score, path, scratch, representable) = try Self.score(instrument, Self.findings(["f", "p"]))
        #expect(path == .fixedPoint)
        #expect(representable)
        #expect(scratch.fineUnitsPerUnit == 6_000_000)
        #expect(scratch.subareaPoints(0) == q(10, 3))
        #expect(score.subareas[0].points == q(10, 3))
        #expect(score.rules[0].points == q(10, 3))
        // The quarters subarea of the same evaluation: 10·1/4.
        #expect(score.subareas[1].points == q("2.5"))
        #expect(score.total == (try q(10, 3).adding(q(3))))
    }

    /// All three hit: the subarea is 10; each rule's points, 10/3, come exactly from the
    /// trace (its value times its weight factor).
    @Test func aWholeSubareaOfThirdsStaysInFixedPoint() throws {
        let instrument = try Fixture.instrument(Self.thirds)
        let (score, path, scratch, representable) = try Self.score(instrument, Self.findings(["f", "g", "h"]))
        #expect(representable)
        #expect(path == .fixedPoint)
        #expect(scratch.subareaPoints(0) == q(10))
        #expect(scratch.subareaPoints(1) == q(0))
        #expect(scratch.subareaPoints(2) == q("0.5"))
        #expect(scratch.total == q("10.5"))
        #expect(score.rules.prefix(3).map(\.points) == [q(10, 3), q(10, 3), q(10, 3)])
        #expect(score.subareas[0].points == q(10))
        // Two of three: 20/3.
        let (two, twoPath, _, _) = try Self.score(instrument, Self.findings(["f", "g"]))
        #expect(twoPath == .fixedPoint)
        #expect(two.subareas[0].points == q(20, 3))
        #expect(two.rules[0].points == q(10, 3))
    }

    /// Weights 1, 1, 2 make quarters: every value is a whole number of micro-units, and the
    /// fixed-point path scores it: f alone 2.5, h alone 5, the scale 1.5/3 = 0.5.
    @Test func quartersStayInFixedPoint() throws {
        let instrument = try Fixture.instrument(Self.thirds)
        let (score, path, scratch, representable) = try Self.score(instrument, Self.findings(["r"]))
        #expect(representable)
        #expect(path == .fixedPoint)
        #expect(score.subareas[1].points == q(5))
        #expect(score.rules[5].points == q(5))
        #expect(score.rules[3].points == q(0))
        #expect(score.subareas[1].bounds == Bounds(min: q(5), max: q(5)))
        let (p, pPath, _, _) = try Self.score(instrument, Self.findings(["p"]))
        #expect(pPath == .fixedPoint)
        #expect(p.subareas[1].points == q("2.5"))
        #expect(score.subareas[2].points == q("0.5"))
        #expect(scratch.total == q("5.5"))
        #expect(score.total == q("5.5"))
        #expect(score.subareas[0].bounds == Bounds(min: .zero, max: .zero))
    }

    /// A linear share of 1/3 (x = 1 on 0 … 3) is not representable: the Rational path gives 1/3.
    @Test func aLinearThirdFallsBack() throws {
        let instrument = try Fixture.instrument(Self.thirds)
        let (score, path, _, representable) = try Self.score(instrument, Self.findings([], x: "1"))
        #expect(!representable)
        #expect(path == .rational)
        #expect(score.rules[6].outcome.value == q(1, 3))
        #expect(score.total == q(1, 3))
    }

    /// A number with seven decimals (possible only in a programmatic input: the language
    /// allows six) is not representable; the Rational path reads it exactly.
    @Test func sevenDecimalsFallBack() throws {
        let instrument = try Fixture.instrument(Self.thirds)
        let compiled = CompiledInstrument(instrument)
        var input = EvaluationInput(instrument: instrument)
        input.values[6] = .number(q(15_000_001, 10_000_000))  // 1.5000001
        let program = try #require(compiled.fixedPoint)
        var facts = program.makeFacts()
        program.bind(input, into: &facts)
        #expect(!facts.isRepresentable)
        var scratch = program.makeScratch()
        #expect(!program.evaluate(facts, into: &scratch))
        let (score, path) = try compiled.scoreReportingPath(input)
        #expect(path == .rational)
        // (1.5000001 − 0)/3 · 1 = 0.50000003333…
        #expect(score.rules[6].outcome.value == q(15_000_001, 30_000_000))
        // Six decimals are representable; a share of 1.000001/3 is not.
        input.values[6] = .number(q("1.000001"))
        program.bind(input, into: &facts)
        #expect(facts.isRepresentable)
        #expect(try compiled.scoreReportingPath(input).path == .rational)
        input.values[6] = .number(q("1.500006"))
        let (exact, exactPath) = try compiled.scoreReportingPath(input)
        #expect(exactPath == .fixedPoint)
        #expect(exact.rules[6].outcome.value == q("0.500002"))
    }

    static let big = """
        instrument "Big" version "1"
        fact n: number "N"
        area x "X" max 1000000000000
        subarea x.1 "X1" max 1000000000000
          rule x.1.a "A" each n award 1000000 cap 1000000000000
        """

    /// 10^12 items at 10^6 each is 10^18 points: fine as a Rational, past Int64 in
    /// micro-units (10^24). The fixed-point evaluation overflows and the Rational path
    /// gives the exact score: capped at 10^12, the own cap cutting 10^18 − 10^12.
    @Test func aFixedPointOverflowFallsBackToTheExactScore() throws {
        let instrument = try Fixture.instrument(Self.big)
        let (score, path, _, representable) = try Self.score(instrument, "finding n = 1000000000000 source web \"n\"\n")
        #expect(!representable)
        #expect(path == .rational)
        #expect(score.total == q(1_000_000_000_000))
        #expect(score.rules[0].outcome.ownCapCut == q(999_999_000_000_000_000))
        // Small counts stay in fixed-point: 3 · 10^6.
        let (small, smallPath, _, _) = try Self.score(instrument, "finding n = 3 source web \"n\"\n")
        #expect(smallPath == .fixedPoint)
        #expect(small.total == q(3_000_000))
    }

    /// An overflow of the exact arithmetic itself (10^12 · 10^12) is still reported, by
    /// every entry point, as the plain evaluator reports it.
    @Test func aRealOverflowIsStillReported() throws {
        let instrument = try Fixture.instrument(Self.big.replacingOccurrences(of: "award 1000000 ", with: "award 1000000000000 "))
        let evidence = try Fixture.evidence("finding n = 1000000000000 source web \"n\"\n", for: instrument)
        let compiled = CompiledInstrument(instrument)
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        #expect(throws: ArithmeticOverflow.self) { _ = try Evaluator(instrument: instrument).score(input) }
        #expect(throws: ArithmeticOverflow.self) { _ = try compiled.score(input) }
        #expect(throws: ArithmeticOverflow.self) { _ = try ScoredEvidence(compiled: compiled, evidence: evidence) }
        var scratch = compiled.makeScratch()
        #expect(throws: ArithmeticOverflow.self) { _ = try compiled.score(compiled.bind(input), scratch: &scratch) }
    }

    /// Caps: 3 + 4 + 5 in a subarea of 10: the rule that crosses the cap (the third) keeps
    /// 3 and its cut is 2; a later rule is cut whole. Judgements and an override bind too.
    @Test func capCutIsAttributedToTheCrossingRule() throws {
        let instrument = try Fixture.instrument(
            """
            instrument "Caps" version "1"
            fact f: flag "F"
            area a "A" max 100
            subarea a.1 "Capped" max 10
              rule a.1.a "A" when f award 3
              rule a.1.b "B" when f award 4
              rule a.1.c "C" when f award 5
              rule a.1.d "D" when f award 1.25
            subarea a.2 "Judged" max 10
              rule a.2.a "J" judgement max 4
            subarea a.3 "Overridden" max 10
              rule a.3.a "A" when f award 2
            """)
        let (score, path, scratch, representable) = try Self.score(
            instrument,
            "finding f = yes source web \"f\"\njudge a.2.a = 3 because \"good\"\noverride a.3 = 7.5 because \"known\"\n")
        #expect(representable)
        #expect(path == .fixedPoint)
        #expect(score.rules.map(\.capCut) == [q(0), q(0), q(2), q("1.25"), q(0), q(0)])
        #expect(score.subareas[0].capCut == q("3.25"))
        #expect(score.subareas[0].points == q(10))
        #expect(score.rules[4].outcome.value == q(3))
        #expect(score.subareas[2].computed == q(2))
        #expect(score.subareas[2].points == q("7.5"))
        #expect(scratch.total == q("20.5"))
    }
}
