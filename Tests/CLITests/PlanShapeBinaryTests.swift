import Foundation
import TestSupport
import Testing

/// The plan-search shapes that used to be refused (exit 65, "too large or too fine for exact
/// arithmetic") through the binary: a rule reading 17 actions' facts without counting them,
/// with points on a scale beyond 128 bits, and with 67 actions on one subarea. Both now answer
/// exactly (exit 0); PlanSearchFormerlyRefusedTests checks the answers against every
/// affordable subset re-scored with the plain evaluator.
@Suite struct PlanShapeBinaryTests {
    static let shapes = "Tests/RulesTests/Fixtures/plan-shapes/"

    @Test(arguments: [
        ("wide-rule-big-scale-17", "45", 20.718956, 45.0, ["a0", "a7", "a9", "a10"]),
        ("wide-rule-crowded-67", "23", 10, 20, ["a20", "a39"]),
    ])
    func formerlyRefusedShapeAnswersExactly(name: String, budget: String, total: Double, cost: Double, chosen: [String]) throws {
        let folder = Self.shapes + name + "/"
        let arguments = [
            "suggest", folder + "evidence.kompass", "--rules", folder + "rules", "--plan", folder + "plan.kompass",
            "--budget", budget,
        ]
        let outcome = try BinaryRun.run(arguments + ["--format", "json"])
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.err == "")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        let answer = try #require(json["answer"] as? [String: Any])
        #expect(answer["exact"] as? Bool == true)
        #expect(answer["total"] as? Double == total)
        #expect(answer["cost"] as? Double == cost)
        #expect(answer["chosen"] as? [String] == chosen)
        #expect((answer["method"] as? String)?.hasPrefix("branch and bound over ") == true)
    }
}
