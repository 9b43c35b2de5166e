import Engine
import Rules
import Testing

/// A fact read by two `scale` rules with different ranges: the value that gives one rule
/// share 1 (its `to`) can leave the other a share that is not a whole number of
/// micro-units, so the fixed-point evaluator refuses and the `Rational` path scores it;
/// at an end outside both ranges every share is 0 or 1 and the fixed-point path scores.
/// (This is why the 100× benchmark instrument, whose generator reuses number facts, was
/// not representable after setting each fact to one rule's `to`.)
@Suite struct FixedPointSharedScaleFactTests {
    static let shared = """
        instrument "Shared" version "1"
        fact x: number "X"
        area a "A" max 100
        subarea a.1 "Scales" max 10
          rule a.1.a "Rising" scale x from 0 to 200 award 1
          rule a.1.b "Falling" scale x from 300 to 20 award 1
        """

    /// The tool's path and score for x, and whether the fixed-point program alone accepts it.
    static func score(x: String) throws -> (Score, EvaluationPath, Bool) {
        let instrument = try Fixture.instrument(Self.shared)
        let body = "finding x = \(x) source web \"x\"\n"
        let (score, path, _, representable) = try FixedPointEvaluatorTests.score(instrument, body)
        return (score, path, representable)
    }

    /// x = 200, the rising rule's `to`: rising 1, falling (300 − 200)/280 = 5/14.
    @Test func oneRulesToLeavesTheOtherAFractionalShare() throws {
        let (score, path, representable) = try Self.score(x: "200")
        #expect(!representable)
        #expect(path == .rational)
        #expect(score.rules[0].outcome.value == q(1))
        #expect(score.rules[1].outcome.value == q(5, 14))
        #expect(score.total == q(19, 14))
    }

    /// x = 300, the largest end: rising 1, falling 0, both whole; the fixed-point path scores.
    @Test func theLargestEndIsRepresentableForBoth() throws {
        let (score, path, representable) = try Self.score(x: "300")
        #expect(representable)
        #expect(path == .fixedPoint)
        #expect(score.rules[0].outcome.value == q(1))
        #expect(score.rules[1].outcome.value == q(0))
        #expect(score.total == q(1))
    }
}
