import Engine
import Rules
import Testing

/// A hand-computed case of one built-in kind: the rule `x.1.a` with a clause, some
/// evidence, and the status, value and bounds it must give.
struct KindCase: CustomTestStringConvertible, Sendable {
    var name: String
    /// Weighted: `x.1` is `max 20 weighted`, `x.1.a` has weight 3 next to a filler rule of
    /// weight 1 that gives 0, so the rule's points are 20·3·s/4 = 15·s.
    /// Points: `x.1` is `max 100`, the rule alone.
    var weighted: Bool
    var clause: String
    var evidence: String
    var status: RuleStatus
    /// The kind's value: points, or a satisfaction in a weighted subarea.
    var value: String
    var points: String
    var bounds: (min: String, max: String)
    var ownCapCut: String = "0"

    var testDescription: String { name }

    static let declarations = """
        instrument "Cases" version "1"
        ladder m: none < started < exists < followed_up < evaluated
        fact f: flag "F"
        fact g: flag "G"
        fact p: level m "P"
        fact d: set "D"
        fact k: set {a, b, c, d} "K"
        fact n: number "N"
        area x "X" max 100
        """

    var instrumentText: String {
        if weighted {
            return Self.declarations + """

                subarea x.1 "X1" max 20 weighted
                rule x.1.a "Target" weight 3 \(clause)
                rule x.1.z "Filler" weight 1 when g

                """
        }
        return Self.declarations + "\nsubarea x.1 \"X1\" max 100\nrule x.1.a \"Target\" \(clause)\n"
    }

    var evidenceText: String {
        (weighted ? "finding g = no source document \"filler\"\n" : "") + evidence
    }
}

func kindFinding(_ assignment: String) -> String { "finding \(assignment) source document \"case\"\n" }

extension KindCase {
    static func points(
        _ name: String, _ clause: String, _ evidence: String, _ status: RuleStatus, _ value: String,
        bounds: (String, String)? = nil, ownCapCut: String = "0"
    ) -> KindCase {
        KindCase(
            name: "points: " + name, weighted: false, clause: clause, evidence: evidence, status: status, value: value,
            points: value, bounds: bounds ?? (value, value), ownCapCut: ownCapCut)
    }

    static func weighted(
        _ name: String, _ clause: String, _ evidence: String, _ status: RuleStatus, satisfaction: String,
        points: String, bounds: (String, String)? = nil
    ) -> KindCase {
        KindCase(
            name: "weighted: " + name, weighted: true, clause: clause, evidence: evidence, status: status,
            value: satisfaction, points: points, bounds: bounds ?? (points, points))
    }

    static let pointCases: [KindCase] = [
        .points("when hit", "when f award 4", kindFinding("f = yes"), .hit, "4"),
        .points("when miss", "when f award 4", kindFinding("f = no"), .miss, "0"),
        .points("when unassessed", "when f award 4", "", .unassessed, "0", bounds: ("0", "4")),
        .points("when comparison hit", "when n >= 3 award 2.5", kindFinding("n = 3"), .hit, "2.5"),
        .points("ladder hit", "ladder p { exists: 2, followed_up: 4, evaluated: 6 }", kindFinding("p = evaluated"), .hit, "6"),
        .points("ladder partial", "ladder p { exists: 2, followed_up: 4, evaluated: 6 }", kindFinding("p = followed_up"), .partial, "4"),
        .points("ladder unlisted level takes the next lower", "ladder p { exists: 2, evaluated: 6 }", kindFinding("p = followed_up"), .partial, "2"),
        .points("ladder miss below the lowest listed", "ladder p { exists: 2, evaluated: 6 }", kindFinding("p = started"), .miss, "0"),
        .points("ladder miss at none", "ladder p { exists: 2, evaluated: 6 }", kindFinding("p = none"), .miss, "0"),
        .points("ladder unassessed", "ladder p { exists: 2, evaluated: 6 }", "", .unassessed, "0", bounds: ("0", "6")),
        .points("each hit with own cap cut", "each d award 3 cap 12", kindFinding("d = {a, b, c, e, f}"), .hit, "12", ownCapCut: "3"),
        .points("each hit exactly at cap", "each d award 3 cap 12", kindFinding("d = {a, b, c, e}"), .hit, "12"),
        .points("each partial", "each d award 3 cap 12", kindFinding("d = {a, b}"), .partial, "6"),
        .points("each counts distinct items", "each d award 3 cap 12", kindFinding("d = {a, a, b}"), .partial, "6"),
        .points("each miss on empty set", "each d award 3 cap 12", kindFinding("d = none"), .miss, "0"),
        .points("each unassessed", "each d award 3 cap 12", "", .unassessed, "0", bounds: ("0", "12")),
        .points("each from counts listed items only", "each k from {a, c} award 2", kindFinding("k = {a, b, d}"), .partial, "2"),
        .points("each on closed set caps at all items", "each k award 1.5", kindFinding("k = {a, b, c, d}"), .hit, "6"),
        .points("each on number takes its integer part", "each n award 2 cap 10", kindFinding("n = 3.7"), .partial, "6"),
        .points("threshold hit", "threshold n { >= 100: 2, >= 300: 4 }", kindFinding("n = 300"), .hit, "4"),
        .points("threshold partial just below", "threshold n { >= 100: 2, >= 300: 4 }", kindFinding("n = 299"), .partial, "2"),
        .points("threshold miss", "threshold n { >= 100: 2, >= 300: 4 }", kindFinding("n = 99.5"), .miss, "0"),
        .points("threshold strict band", "threshold n { > 0: 1, >= 300: 4 }", kindFinding("n = 0"), .miss, "0"),
        .points("threshold on a set's size", "threshold d { >= 2: 1, >= 4: 3 }", kindFinding("d = {a, b, c}"), .partial, "1"),
        .points("threshold unassessed", "threshold n { >= 100: 2, >= 300: 4 }", "", .unassessed, "0", bounds: ("0", "4")),
        .points("scale hit at the top", "scale n from 10 to 20 award 4", kindFinding("n = 20"), .hit, "4"),
        .points("scale clamps above", "scale n from 10 to 20 award 4", kindFinding("n = 25"), .hit, "4"),
        .points("scale partial", "scale n from 10 to 20 award 4", kindFinding("n = 12.5"), .partial, "1"),
        .points("scale partial in thirds", "scale n from 0 to 3 award 1", kindFinding("n = 1"), .partial, "1/3"),
        .points("scale miss at the bottom", "scale n from 10 to 20 award 4", kindFinding("n = 10"), .miss, "0"),
        .points("scale clamps below", "scale n from 10 to 20 award 4", kindFinding("n = 5"), .miss, "0"),
        .points("scale lower is better", "scale n from 10 to 5 award 4", kindFinding("n = 7"), .partial, "2.4"),
        .points("scale unassessed", "scale n from 10 to 20 award 4", "", .unassessed, "0", bounds: ("0", "4")),
        .points("judgement hit", "judgement max 4", "judge x.1.a = 4 because \"all\"\n", .hit, "4"),
        .points("judgement partial", "judgement max 4", "judge x.1.a = 1.5 because \"some\"\n", .partial, "1.5"),
        .points("judgement miss", "judgement max 4", "judge x.1.a = 0 because \"none\"\n", .miss, "0"),
        .points("judgement unassessed", "judgement max 4", "", .unassessed, "0", bounds: ("0", "4")),
    ]

    static let weightedCases: [KindCase] = [
        .weighted("when hit, award defaults to 1", "when f", kindFinding("f = yes"), .hit, satisfaction: "1", points: "15"),
        .weighted("when with award 0.5", "when f award 0.5", kindFinding("f = yes"), .hit, satisfaction: "0.5", points: "7.5"),
        .weighted("when miss", "when f", kindFinding("f = no"), .miss, satisfaction: "0", points: "0"),
        .weighted("when unassessed", "when f", "", .unassessed, satisfaction: "0", points: "0", bounds: ("0", "15")),
        .weighted("ladder hit", "ladder p { exists: 0.5, followed_up: 0.8, evaluated: 1 }", kindFinding("p = evaluated"), .hit, satisfaction: "1", points: "15"),
        .weighted("ladder partial", "ladder p { exists: 0.5, followed_up: 0.8, evaluated: 1 }", kindFinding("p = followed_up"), .partial, satisfaction: "0.8", points: "12"),
        .weighted("ladder miss", "ladder p { exists: 0.5, followed_up: 0.8, evaluated: 1 }", kindFinding("p = started"), .miss, satisfaction: "0", points: "0"),
        .weighted("ladder unassessed", "ladder p { exists: 0.5, followed_up: 0.8, evaluated: 1 }", "", .unassessed, satisfaction: "0", points: "0", bounds: ("0", "15")),
        .weighted("each hit", "each k award 0.25", kindFinding("k = {a, b, c, d}"), .hit, satisfaction: "1", points: "15"),
        .weighted("each partial", "each k award 0.25", kindFinding("k = {a, c}"), .partial, satisfaction: "0.5", points: "7.5"),
        .weighted("each miss", "each k award 0.25", kindFinding("k = none"), .miss, satisfaction: "0", points: "0"),
        .weighted("each unassessed", "each k award 0.25", "", .unassessed, satisfaction: "0", points: "0", bounds: ("0", "15")),
        .weighted("threshold hit", "threshold n { >= 100: 0.5, >= 300: 1 }", kindFinding("n = 1000"), .hit, satisfaction: "1", points: "15"),
        .weighted("threshold partial", "threshold n { >= 100: 0.5, >= 300: 1 }", kindFinding("n = 150"), .partial, satisfaction: "0.5", points: "7.5"),
        .weighted("threshold miss", "threshold n { >= 100: 0.5, >= 300: 1 }", kindFinding("n = 0"), .miss, satisfaction: "0", points: "0"),
        .weighted("threshold unassessed", "threshold n { >= 100: 0.5, >= 300: 1 }", "", .unassessed, satisfaction: "0", points: "0", bounds: ("0", "15")),
        .weighted("scale hit, award defaults to 1", "scale n from 0 to 8", kindFinding("n = 8"), .hit, satisfaction: "1", points: "15"),
        .weighted("scale partial", "scale n from 0 to 8", kindFinding("n = 2"), .partial, satisfaction: "0.25", points: "3.75"),
        .weighted("scale miss", "scale n from 0 to 8", kindFinding("n = 0"), .miss, satisfaction: "0", points: "0"),
        .weighted("scale unassessed", "scale n from 0 to 8", "", .unassessed, satisfaction: "0", points: "0", bounds: ("0", "15")),
        .weighted("judgement hit is v/M = 1", "judgement max 4", "judge x.1.a = 4 because \"all\"\n", .hit, satisfaction: "1", points: "15"),
        .weighted("judgement partial is v/M", "judgement max 4", "judge x.1.a = 3 because \"most\"\n", .partial, satisfaction: "0.75", points: "11.25"),
        .weighted("judgement miss", "judgement max 4", "judge x.1.a = 0 because \"none\"\n", .miss, satisfaction: "0", points: "0"),
        .weighted("judgement unassessed", "judgement max 4", "", .unassessed, satisfaction: "0", points: "0", bounds: ("0", "15")),
    ]
}

/// Each built-in kind in both modes: hit, partial, miss and unassessed with bounds,
/// every value computed by hand from DESIGN.md's table of kinds.
@Suite struct BuiltinKindCaseTests {
    @Test(arguments: KindCase.pointCases + KindCase.weightedCases)
    func ruleGivesHandComputedValue(_ c: KindCase) throws {
        let scored = try Fixture.scored(c.instrumentText, c.evidenceText)
        let rule = scored.ruleScore("x.1.a")
        #expect(rule.status == c.status)
        #expect(rule.outcome.value == rat(c.value))
        #expect(rule.points == rat(c.points))
        #expect(rule.outcome.assessed == (c.status != .unassessed))
        #expect(rule.outcome.ownCapCut == rat(c.ownCapCut))
        #expect(rule.bounds == qb(c.bounds.min, c.bounds.max))
        // The subarea holds only this rule's value (the filler gives 0), under no cap.
        #expect(scored.subareaScore("x.1").points == rat(c.points))
        #expect(scored.subareaScore("x.1").bounds == qb(c.bounds.min, c.bounds.max))
        let unjudged = scored.score.unjudged.map { scored.instrument.rules[$0].id }
        #expect(unjudged == (c.clause.hasPrefix("judgement") && c.status == .unassessed ? ["x.1.a"] : []))
    }

    /// The kinds' own `best`: what a hit is measured against.
    @Test func bestValues() throws {
        let instrument = try Fixture.instrument(
            KindCase.declarations + """

                subarea x.1 "X1" max 100
                rule x.1.a "A" when f award 4
                rule x.1.b "B" ladder p { exists: 2, evaluated: 6 }
                rule x.1.c "C" each d award 3 cap 12
                rule x.1.d "D" each k award 1.5
                rule x.1.e "E" threshold n { >= 100: 2, >= 300: 4 }
                rule x.1.f "F" scale n from 10 to 5 award 4
                rule x.1.g "G" judgement max 2.5
                """)
        #expect(instrument.rules.map(\.kind.best) == [q(4), q(6), q(12), q(6), q(4), q(4), q("2.5")])
        #expect(instrument.rules.map(\.kind.factsRead) == [[0], [2], [3], [4], [5], [5], []])
        #expect(instrument.rules.map(\.kind.readsJudgement) == [false, false, false, false, false, false, true])
    }
}
