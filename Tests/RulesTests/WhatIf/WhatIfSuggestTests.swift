import Analysis
import Engine
import Testing

/// `suggest` without a plan: open facts and judgements with their bounds, and the smallest
/// raising change of assessed facts, each gain re-scored.
@Suite struct WhatIfSuggestTests {
    /// ``WhatIfFixture/small`` with `b` and `q` unassessed: 1.2.a is assessed 0 anyway
    /// (`a` is no), 1.2.b and 1.3.a are open.
    func openCase() throws -> (Instrument, Suggestions) {
        let instrument = try Fixture.instrument(WhatIfFixture.small)
        let evidence = try Fixture.evidence("finding a = no\nfinding c = {x}\nfinding p = started\nfinding z = no\n", for: instrument)
        return (instrument, try Suggestions(instrument: instrument, evidence: evidence))
    }

    @Test func openFactsComeWithTheirBoundAndVerifiedGain() throws {
        let (instrument, suggestions) = try openCase()
        let q_ = instrument.factIndex["q"]!
        let b = instrument.factIndex["b"]!
        #expect(suggestions.open.map(\.item) == [.fact(q_), .fact(b)])
        // q: 1.2.b could give 3, 1.3.a 10·1/3; assessing q = yes gives both.
        #expect(suggestions.open[0].bound == q(19, 3))
        #expect(suggestions.open[0].best == [FindingChange(fact: q_, value: .flag(true))])
        #expect(suggestions.open[0].gain?.total == q(19, 3))
        // b: 1.2.a reads it but is already settled at 0 by 'a = no'.
        #expect(suggestions.open[1].bound == .zero)
        #expect(suggestions.open[1].best.isEmpty)
        #expect(suggestions.open[1].gain == nil)
    }

    @Test func assessedChangesAreRankedByTheirReScoredGain() throws {
        let (instrument, suggestions) = try openCase()
        func rule(_ id: String) -> Int {
            guard case .rule(let index)? = instrument.ids[id] else { fatalError(id) }
            return index
        }
        // p = exists: 1.1.c +2 and 1.3.b 10·2·0.5/3 = 10/3; a = yes: +4 (1.2.a stays open with b);
        // one more item of c: +3. The change 'a = yes, b = yes' of 1.2.a needs the open b: not listed.
        #expect(suggestions.changes.map(\.gain.total) == [q(16, 3), q(4), q(3)])
        #expect(suggestions.changes[0].rules == [rule("1.1.c"), rule("1.3.b")])
        #expect(suggestions.changes[0].changes == [FindingChange(fact: instrument.factIndex["p"]!, value: .level(2))])
        #expect(suggestions.changes[1].rules == [rule("1.1.a")])
        let text = suggestions.renderText(top: 10, language: .en)
        #expect(text.contains("  1.  +5.33  p = exists                               rules 1.1.c +2, 1.3.b +3.33\n"))
        #expect(text.contains("  3.     +3  add {one more item of your choice} to c  rule 1.1.b +3\n"))
        // Each entry is followed by what its facts record, under the name or the change.
        #expect(text.contains("  1. q    +6.33  +6.33  q = yes  (1.2 +3, 1.3 +3.33)\n     Q\n  2. b        0      0  -\n     B\n"))
        #expect(text.contains("  1.  +5.33  p = exists                               rules 1.1.c +2, 1.3.b +3.33\n             P\n"))
    }

    @Test func openJudgementIsListedWithItsBound() throws {
        let instrument = try Fixture.instrument("""
            instrument "Bedömning" version "1"
            fact a: flag "A"
            area 1 "Ett" max 10
            subarea 1.1 "S" max 6
              rule 1.1.a "A" when a award 3
              rule 1.1.b "J" judgement max 4
            """)
        let suggestions = try Suggestions(instrument: instrument, evidence: try Fixture.evidence("finding a = yes\n", for: instrument))
        // The judgement could give 4, but 1.1 has room for 3 only.
        #expect(suggestions.open.count == 1)
        #expect(suggestions.open[0].item == .judgement(rule: 1))
        #expect(suggestions.open[0].bound == q(3))
        #expect(suggestions.open[0].gain?.total == q(3))
        #expect(suggestions.open[0].best == [FindingChange(judgement: q(4))])
        #expect(suggestions.changes.isEmpty)
    }

    @Test func everyAleGainEqualsAFreshReScore() throws {
        let ale = try WhatIfFixture.ale()
        let suggestions = try Suggestions(instrument: ale.instrument, evidence: ale.evidence)
        #expect(suggestions.open.isEmpty)
        #expect(suggestions.changes.count > 50)
        let plain = Evaluator(instrument: ale.instrument)
        let base = try plain.score(ale.input)
        for suggestion in suggestions.changes {
            var input = ale.input
            for change in suggestion.changes { input.values[change.fact] = change.value }
            let gain = try plain.score(input).total.subtracting(base.total)
            #expect(gain == suggestion.gain.total)
            #expect(gain > .zero)
        }
        // Gains never increase down the list.
        let gains = suggestions.changes.map(\.gain.total)
        #expect(zip(gains, gains.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test func aleRuleUnderACapIsNotSuggested() throws {
        let ale = try WhatIfFixture.ale()
        let suggestions = try Suggestions(instrument: ale.instrument, evidence: ale.evidence)
        // 1.3 is at its maximum 30 (its rules give 32): open meetings (1.3.e, +3 for the rule) gain nothing.
        // 8.4.b is at its own cap 6: another channel gains nothing.
        let ids = suggestions.changes.flatMap(\.rules).map { ale.instrument.rules[$0].id }
        #expect(!ids.contains("1.3.e"))
        #expect(!ids.contains("8.4.b"))
        // The largest single gain: a quality strategy for the whole group, 6.1.a 5 and 6.1.b 2.
        #expect(suggestions.changes[0].gain.total == q(7))
        #expect(suggestions.changes[0].rules.map { ale.instrument.rules[$0].id } == ["6.1.b"])
    }
}
