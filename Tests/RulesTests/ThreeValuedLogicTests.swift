import Engine
import Rules
import Testing

/// A condition and what `when COND award 1` must give with t = yes, u = no, and
/// `un`, `n`, `s` unassessed (m = 5, k = {a}).
struct LogicCase: CustomTestStringConvertible, Sendable {
    var condition: String
    var status: RuleStatus
    var upper: Int64

    var testDescription: String { condition }
}

/// DESIGN.md, "Conditions": `false and ? = false`, `true or ? = true`, `not ? = ?`,
/// a comparison with `?` is `?`; a rule is unassessed only when its outcome depends on an
/// unassessed fact.
@Suite struct ThreeValuedLogicTests {
    static let instrumentHead = """
        instrument "Logic" version "1"
        fact t: flag "True"
        fact u: flag "False"
        fact un: flag "Unassessed"
        fact n: number "Unassessed number"
        fact m: number "Five"
        fact s: set "Unassessed set"
        fact k: set "Set with a"
        area x "X" max 100
        subarea x.1 "X1" max 100
        """

    static let evidence = """
        finding t = yes source web "t"
        finding u = no source web "u"
        finding m = 5 source web "m"
        finding k = {a} source web "k"
        """

    static let cases: [LogicCase] = [
        LogicCase(condition: "u and un", status: .miss, upper: 0),
        LogicCase(condition: "un and u", status: .miss, upper: 0),
        LogicCase(condition: "t and un", status: .unassessed, upper: 1),
        LogicCase(condition: "un and t", status: .unassessed, upper: 1),
        LogicCase(condition: "t or un", status: .hit, upper: 1),
        LogicCase(condition: "un or t", status: .hit, upper: 1),
        LogicCase(condition: "u or un", status: .unassessed, upper: 1),
        LogicCase(condition: "not un", status: .unassessed, upper: 1),
        LogicCase(condition: "not u", status: .hit, upper: 1),
        LogicCase(condition: "not (un and u)", status: .hit, upper: 1),
        LogicCase(condition: "not (un or t)", status: .miss, upper: 0),
        LogicCase(condition: "not (t and un)", status: .unassessed, upper: 1),
        LogicCase(condition: "n >= 3", status: .unassessed, upper: 1),
        LogicCase(condition: "n == m", status: .unassessed, upper: 1),
        LogicCase(condition: "m > 4 and n < 2", status: .unassessed, upper: 1),
        LogicCase(condition: "n >= 3 or t", status: .hit, upper: 1),
        LogicCase(condition: "n >= 3 and u", status: .miss, upper: 0),
        LogicCase(condition: "count(s) >= 2", status: .unassessed, upper: 1),
        LogicCase(condition: "s contains a", status: .unassessed, upper: 1),
        LogicCase(condition: "s contains a or k contains a", status: .hit, upper: 1),
        LogicCase(condition: "s contains any {a, b} and k contains b", status: .miss, upper: 0),
        LogicCase(condition: "m > 4 and k contains all {a}", status: .hit, upper: 1),
        LogicCase(condition: "un == yes", status: .unassessed, upper: 1),
        LogicCase(condition: "u == no or un", status: .hit, upper: 1),
    ]

    @Test(arguments: cases)
    func conditionFollowsThreeValuedLogic(_ c: LogicCase) throws {
        let scored = try Fixture.scored(
            Self.instrumentHead + "\nrule x.1.a \"R\" when \(c.condition) award 1\n", Self.evidence)
        let rule = scored.ruleScore("x.1.a")
        #expect(rule.status == c.status)
        #expect(rule.outcome.assessed == (c.status != .unassessed))
        // An unassessed rule counts its least value, 0; its bounds show what it could add.
        #expect(rule.outcome.value == (c.status == .hit ? q(1) : q(0)))
        #expect(rule.bounds == Bounds(min: c.status == .hit ? q(1) : q(0), max: q(c.upper)))
    }

    /// The trace lists every unassessed fact the rule read, even when the outcome is settled.
    @Test func settledRuleStillListsUnassessedFactsItRead() throws {
        let scored = try Fixture.scored(Self.instrumentHead + "\nrule x.1.a \"R\" when t or un award 1\n", Self.evidence)
        #expect(scored.ruleScore("x.1.a").status == .hit)
        #expect(scored.unassessedPaths == ["un"])
        let explanation = try Explainer(scored: scored).explain(.subarea(0))
        #expect(explanation.subareas[0].unassessed == ["un"])
        #expect(explanation.subareas[0].rules[0].facts.map(\.path) == ["t", "un"])
        #expect(explanation.subareas[0].rules[0].facts.map(\.value) == [.flag(true), nil])
    }

    @Test func truthTables() {
        let values: [Truth] = [.no, .yes, .unknown]
        let and: [[Truth]] = [[.no, .no, .no], [.no, .yes, .unknown], [.no, .unknown, .unknown]]
        let or: [[Truth]] = [[.no, .yes, .unknown], [.yes, .yes, .yes], [.unknown, .yes, .unknown]]
        for (i, a) in values.enumerated() {
            for (j, b) in values.enumerated() {
                #expect(a.and(b) == and[i][j], "\(a) and \(b)")
                #expect(a.or(b) == or[i][j], "\(a) or \(b)")
            }
        }
        #expect(Truth.unknown.negated == .unknown)
        #expect(Truth.yes.negated == .no)
        #expect(Truth.no.negated == .yes)
    }
}
