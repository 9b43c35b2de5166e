import Analysis
import Engine
import Testing

/// The incremental evaluator re-evaluates only the subareas whose rules read a changed
/// finding, and its scores equal the plain evaluator's.
@Suite struct WhatIfIncrementalTests {
    /// Every number of a score that outputs show, for comparing two scores exactly.
    static func same(_ x: Score, _ y: Score) -> Bool {
        x.total == y.total && x.totalBounds == y.totalBounds
            && x.areas.map(\.points) == y.areas.map(\.points) && x.areas.map(\.bounds) == y.areas.map(\.bounds)
            && x.subareas.map(\.points) == y.subareas.map(\.points) && x.subareas.map(\.bounds) == y.subareas.map(\.bounds)
            && x.subareas.map(\.capCut) == y.subareas.map(\.capCut)
            && x.rules.map(\.points) == y.rules.map(\.points) && x.rules.map(\.status) == y.rules.map(\.status)
            && x.rules.map(\.capCut) == y.rules.map(\.capCut) && x.unassessed == y.unassessed && x.unjudged == y.unjudged
    }

    /// The small fixture: `a` is read in 1.1 and 1.2, `b` in 1.2, `p` in 1.1 and 1.3, `z` nowhere.
    @Test(arguments: [
        ("a", FactValue.flag(true), 2), ("b", .flag(true), 1), ("p", .level(4), 2), ("q", .flag(true), 2),
        ("z", .flag(true), 0), ("a", .flag(false), 0),
    ])
    func countsOnlyTheSubareasThatReadTheChange(fact path: String, value: FactValue, evaluated: Int) throws {
        let fixture = try WhatIfFixture.load(WhatIfFixture.small, WhatIfFixture.smallEvidence, WhatIfFixture.smallPlan)
        var incremental = try IncrementalEvaluator(instrument: fixture.instrument, base: fixture.input)
        #expect(incremental.subareaEvaluations == 0)
        var input = fixture.input
        input.values[fixture.instrument.factIndex[path]!] = value
        let score = try incremental.score(input)
        #expect(incremental.subareaEvaluations == evaluated)
        #expect(Self.same(score, try Evaluator(instrument: fixture.instrument).score(input)))
    }

    @Test func aleChangeReadInTwoSubareasEvaluatesTwo() throws {
        let ale = try WhatIfFixture.ale()
        let instrument = ale.instrument
        var incremental = try IncrementalEvaluator(instrument: instrument, base: ale.input)
        var input = ale.input
        input.values[instrument.factIndex["brukare.synpunkter"]!] = .level(3)
        #expect(incremental.affectedSubareas(input).map { instrument.subareas[$0].id } == ["5.5", "6.3"])
        let score = try incremental.score(input)
        #expect(incremental.subareaEvaluations == 2)
        #expect(Self.same(score, try Evaluator(instrument: instrument).score(input)))
        // followed_up: 5.5.b 2 → 4 and 6.3.e 3 → 6.
        #expect(try score.total.subtracting(incremental.baseScore.total) == q(5))
    }

    @Test func aleJudgementChangeEvaluatesItsSubareaOnly() throws {
        let ale = try WhatIfFixture.ale()
        guard case .rule(let rule)? = ale.instrument.ids["7.2.i"] else { Issue.record("no 7.2.i"); return }
        var incremental = try IncrementalEvaluator(instrument: ale.instrument, base: ale.input)
        var input = ale.input
        input.judgements[rule] = q(3)
        let score = try incremental.score(input)
        #expect(incremental.subareaEvaluations == 1)
        #expect(Self.same(score, try Evaluator(instrument: ale.instrument).score(input)))
        // 7.2.i judged 2.4 → 3 in a points subarea below its cap: +0.6.
        #expect(try score.total.subtracting(incremental.baseScore.total) == q("0.6"))
    }

    @Test func agreesWithThePlainEvaluatorOnManyPlanScenarios() throws {
        let fixture = try WhatIfFixture.load(
            WhatIfFixture.interacting, WhatIfFixture.interactingEvidence, WhatIfFixture.interactingPlan)
        var incremental = try IncrementalEvaluator(instrument: fixture.instrument, base: fixture.input)
        let plain = Evaluator(instrument: fixture.instrument)
        var state: UInt64 = 12345
        for _ in 0..<200 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let mask = Int(state >> 49)
            let actions = fixture.plan.actions.indices.filter { mask & (1 << $0) != 0 }
            let input = fixture.input.applying(fixture.plan.changes(of: actions))
            let before = incremental.subareaEvaluations
            let score = try incremental.score(input)
            #expect(incremental.subareaEvaluations - before == incremental.affectedSubareas(input).count)
            #expect(Self.same(score, try plain.score(input)))
        }
    }

    @Test func subareaAloneGivesItsReportedPoints() throws {
        let fixture = try WhatIfFixture.load(WhatIfFixture.small, WhatIfFixture.smallEvidence, WhatIfFixture.smallPlan)
        var incremental = try IncrementalEvaluator(instrument: fixture.instrument, base: fixture.input)
        let input = fixture.input.applying(fixture.plan.changes(of: [0, 2, 3]))
        let full = try Evaluator(instrument: fixture.instrument).score(input)
        for subarea in fixture.instrument.subareas.indices {
            #expect(try incremental.points(ofSubarea: subarea, input) == full.subareas[subarea].points)
        }
        #expect(incremental.subareaEvaluations == fixture.instrument.subareas.count)
        // 1.1: 4 + 6 + 5 capped at 10.
        #expect(full.subareas[0].points == q(10))
    }
}
