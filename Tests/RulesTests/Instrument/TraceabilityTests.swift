import Engine
import Reports
import Rules
import Testing

/// Every point of the Ale example is traceable: `explain` on any subarea shows, for every
/// rule that gives points, the findings it read, each with a source.
@Suite struct TraceabilityTests {
    @Test func everyHitOfTheAleExampleShowsAFindingWithASource() throws {
        let scored = try Shipped.ale()
        let explainer = Explainer(scored: scored)
        var checkedRules = 0
        for index in scored.instrument.subareas.indices {
            let explanation = try explainer.explain(.subarea(index))
            for rule in explanation.subareas[0].rules where rule.points > .zero {
                checkedRules += 1
                if let judgement = rule.judgement {
                    #expect(!judgement.reason.isEmpty, "\(rule.id) is judged without a reason")
                    continue
                }
                #expect(!rule.facts.isEmpty, "\(rule.id) gives points without reading a finding")
                for fact in rule.facts {
                    let finding = try #require(fact.finding, "\(rule.id) reads \(fact.path) without a finding")
                    #expect(!finding.sources.isEmpty, "\(rule.id): \(fact.path) has no source")
                }
            }
        }
        // Ale scores 484: most of the 234 rules give points.
        #expect(checkedRules > 100)
    }

    @Test func theEvaluatorViewCitesTheSourceOfAHit() throws {
        let scored = try Shipped.ale()
        let index = try #require(scored.instrument.subareas.firstIndex { $0.id == "1.3" })
        let text = try Explainer(scored: scored).explain(.subarea(index)).render(for: .auditor, in: .en)
        let fact = try #require(scored.instrument.factIndex["dialog.former"])
        #expect(text.contains("Finding: \(scored.instrument.facts[fact].description): "))
        #expect(!text.contains("dialog.former"))
        #expect(text.contains("section 1.3"))
        #expect(text.contains("The maximum of 30 cuts 2 points, from rule 1.3.j."))
    }
}
