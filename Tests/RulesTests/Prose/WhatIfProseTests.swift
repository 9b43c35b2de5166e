import Analysis
import Engine
import Testing

@testable import Reports

/// The what-if family's sentences that the shipped examples do not reach through the
/// command line: a plan search by branch and bound, stopped at its node limit, and the
/// notes on an effect, in both languages.
@Suite struct WhatIfProseTests {
    static let ale = Result { try WhatIfFixture.ale() }

    /// Branch and bound, stopped early: the method in words, and the gap to its bound.
    @Test func aSearchStoppedAtItsNodeLimit() throws {
        let ale = try Self.ale.get()
        var report = try PlanSearchReport(
            instrument: ale.instrument, evidence: ale.evidence, plan: ale.plan, goal: .budget(q(300)))
        let search = try PlanSearch(
            instrument: ale.instrument, base: EvaluationInput(evidence: ale.evidence, instrument: ale.instrument),
            plan: ale.plan)
        report.result = try search.run(.budget(q(300)), nodeLimit: 5, method: .branchAndBound)
        #expect(report.result.method.hasPrefix("branch and bound over "))
        let sv = report.renderText(language: .sv)
        let en = report.renderText(language: .en)
        let actions = report.result.searched.count
        let nodes = report.result.nodes
        if report.result.exact {
            #expect(
                sv.contains(
                    "metod: gren-och-gräns-sökning (branch and bound) över \(actions) åtgärder, \(nodes) noder; sökningen gick till slut, så svaret är exakt"
                ))
            #expect(
                en.contains(
                    "method: branch and bound over \(actions) actions, \(nodes) nodes; finished, so the answer is exact"
                ))
        } else {
            #expect(
                sv.contains(
                    "metod: gren-och-gräns-sökning (branch and bound) över \(actions) åtgärder, \(nodes) noder; sökningen stoppades vid nodgränsen"
                ))
            #expect(
                en.contains(
                    "method: branch and bound over \(actions) actions, \(nodes) nodes; stopped at the node limit"))
            let bound = try #require(report.result.bound)
            let gap = try #require(report.result.gap)
            #expect(
                sv.contains(
                    "inte bevisat optimalt: inget urval inom budgeten når mer än \(Prose(.sv).number(bound)) totalt (glapp \(Prose(.sv).number(gap)))"
                ))
            #expect(
                en.contains(
                    "not proven optimal: no affordable set totals more than \(Prose(.en).number(bound)) (gap \(Prose(.en).number(gap)))"
                ))
        }
        #expect(PlanSearchReport.counts(in: "branch and bound over 37 actions, 92 nodes; 3 never") == [37, 92, 3])
    }

    /// Each kind of note as a sentence in both languages, with number words in agreement.
    @Test func notesOnAnEffect() throws {
        let ale = try Self.ale.get()
        let instrument = ale.instrument
        let values = EvaluationInput(evidence: ale.evidence, instrument: instrument).values
        let rule = try #require(instrument.rules.firstIndex { $0.id == "8.4.b" })
        let subarea = try #require(instrument.subareas.firstIndex { $0.id == "1.3" })
        let area = try #require(instrument.areas.firstIndex { $0.id == "1" })
        let fact = try #require(instrument.factIndex["kvalitet.goda_exempel"])
        let sv = Prose(.sv)
        let en = Prose(.en)
        func both(_ note: EffectNote) -> (String, String) {
            (sv.sentence(note, instrument, values: values), en.sentence(note, instrument, values: values))
        }
        #expect(
            both(.ruleCap(rule: rule, cut: q(1))) == (
                "regel 8.4.b har ett eget tak på 6 poäng, som tar bort 1 poäng",
                "rule 8.4.b has its own cap of 6 points, which cuts 1 point"
            ))
        #expect(
            both(.subareaCap(subarea: subarea, cut: q("2.5"))) == (
                "delområde 1.3 når sitt maximum 30 poäng: taket tar bort 2,5 poäng",
                "subarea 1.3 reaches its maximum of 30 points: the cap cuts 2.5 points"
            ))
        #expect(
            both(.areaCap(area: area, cut: q(1, 3))) == (
                "område 1 når sitt maximum 100 poäng: taket tar bort 0,33 poäng",
                "area 1 reaches its maximum of 100 points: the cap cuts 0.33 points"
            ))
        #expect(
            both(.unchanged(fact: fact)) == (
                "kvalitet.goda_exempel är redan nej", "kvalitet.goda_exempel is already no"
            ))
        #expect(both(.unread(fact: fact)).1 == "no rule reads kvalitet.goda_exempel")
        #expect(
            both(.atBest(rule: rule)) == (
                "regel 8.4.b har redan sitt högsta värde", "rule 8.4.b is already at its best"
            ))
        #expect(both(.lowers(rule: rule, by: q(1))) == ("regel 8.4.b förlorar 1 poäng", "rule 8.4.b loses 1 point"))
        #expect(
            both(.unassessed(rule: rule, facts: [fact])) == (
                "regel 8.4.b förblir ej bedömd: kvalitet.goda_exempel är inte bedömd",
                "rule 8.4.b stays not assessed: kvalitet.goda_exempel is not assessed"
            ))
        #expect(
            both(.override(subarea: subarea)) == (
                "utvärderarna har satt poängen för delområde 1.3; underlaget ändrar den inte",
                "the evaluators set the score of subarea 1.3; findings do not change it"
            ))
    }
}
