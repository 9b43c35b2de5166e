import Analysis
import Engine
import Testing

/// `suggest` attributes a combined change truthfully: each rule it raises gets its own
/// re-scored share, and the shares add up to the candidate's gain.
@Suite struct SuggestionSharesTests {
    @Test func sharesAddUpToEveryCandidatesGain() throws {
        let ale = try Shipped.ale()
        let suggestions = try Suggestions(instrument: ale.instrument, evidence: ale.evidence)
        #expect(suggestions.changes.count > 5)
        for item in suggestions.changes {
            let sum = try item.gain.shares.reduce(Rational.zero) { try $0.adding($1.points) }
            #expect(sum == item.gain.total, "\(item.rules.map { ale.instrument.rules[$0].id })")
        }
        for item in suggestions.open where item.gain != nil {
            let gain = try #require(item.gain)
            let sum = try gain.shares.reduce(Rational.zero) { try $0.adding($1.points) }
            #expect(sum == gain.total)
        }
    }

    /// The case: one change raising 6.1.a by 5 and 6.1.b by 2 is not "+7 … 6.1.b".
    @Test func aChangeRaisingTwoRulesCreditsBoth() throws {
        let ale = try Shipped.ale()
        let suggestions = try Suggestions(instrument: ale.instrument, evidence: ale.evidence)
        let multi = try #require(
            suggestions.changes.first { item in item.gain.shares.filter { if case .rule = $0.source { true } else { false } }.count > 1 })
        var byRule: [String: Rational] = [:]
        for share in multi.gain.shares {
            if case .rule(let r) = share.source { byRule[ale.instrument.rules[r].id] = share.points }
        }
        #expect(byRule.count >= 2)
        #expect(byRule.values.allSatisfy { $0 > .zero })
        let first = try #require(suggestions.changes.first)
        let ids = first.gain.shares.compactMap { share -> String? in
            if case .rule(let r) = share.source { return ale.instrument.rules[r].id }
            return nil
        }
        #expect(ids == ["6.1.a", "6.1.b"])
        #expect(first.gain.shares.map(\.points) == [Rational(5), Rational(2)])
    }
}
