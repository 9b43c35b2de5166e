import Engine
import Rules
import Testing

/// What each built-in kind says it can give under the fact types: the least value, the
/// most, the parts that never apply, the direction of each reading.
@Suite struct RuleReachTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var least: String
        var most: String
        var dead = 0
        var directions: [Monotonicity]
        var testDescription: String { rule }
    }

    static let cases: [Case] = [
        Case(rule: "ladder p { none: 6, evaluated: 10 }", least: "6", most: "10", directions: [.increasing]),
        Case(rule: "ladder p { exists: 2 }", least: "0", most: "2", directions: [.increasing]),
        Case(rule: "threshold n { >= 0: 4, >= 10: 10 }", least: "4", most: "10", directions: [.increasing]),
        Case(rule: "threshold k { >= 2: 3, >= 5: 6 }", least: "0", most: "3", dead: 1, directions: [.increasing]),
        Case(rule: "scale n from -10 to 10 award 4", least: "2", most: "4", directions: [.increasing]),
        Case(rule: "scale n from 10 to -1 award 4", least: "0", most: "40/11", dead: 1, directions: [.decreasing]),
        Case(rule: "scale k from 0 to 8 award 4", least: "0", most: "2", dead: 1, directions: [.increasing]),
        Case(rule: "each k award 2 cap 12", least: "0", most: "8", dead: 1, directions: [.increasing]),
        Case(rule: "each k from {webb, play} award 2", least: "0", most: "4", directions: [.increasing]),
        Case(rule: "each n award 2 cap 12", least: "0", most: "12", directions: [.increasing]),
        Case(rule: "judgement max 3", least: "0", most: "3", directions: []),
        Case(rule: "when not (p > evaluated) award 2", least: "2", most: "2", dead: 1, directions: []),
        Case(rule: "when n < 3 and f award 2", least: "0", most: "2", directions: [.decreasing, .increasing]),
        Case(rule: "when p == exists award 2", least: "0", most: "2", directions: [.mixed]),
        Case(rule: "when not k contains webb award 2", least: "0", most: "2", directions: [.decreasing]),
        Case(rule: "when count(k) >= 0 award 2", least: "2", most: "2", directions: []),
        Case(rule: "when p award 0.5", least: "0", most: "1/2", directions: [.increasing]),
    ]

    @Test(arguments: cases)
    func reachFollowsTheFactTypes(_ c: Case) throws {
        let instrument = try Fixture.instrument(
            LintTests.header + "area 1 \"A\" max 100\nsubarea 1.1 \"S\" max 100\nrule 1.1.a \"R\" \(c.rule)\n")
        let catalog = FactCatalog(facts: instrument.facts, ladders: instrument.ladders)
        let reach = instrument.rules[0].kind.reach(catalog)
        #expect(reach.least == rat(c.least))
        #expect(reach.most == rat(c.most))
        #expect(reach.most <= instrument.rules[0].kind.best)
        #expect(reach.deadParts.count == c.dead, "\(reach.deadParts)")
        #expect(reach.readings.map(\.direction) == c.directions)
    }

    /// An item outside a closed list is refused by the checker, so the condition is built
    /// directly: 'contains' of such an item never holds.
    @Test func anItemOutsideAClosedListNeverHolds() throws {
        let instrument = try Fixture.instrument(LintTests.header + "area 1 \"A\" max 1\nsubarea 1.1 \"S\" max 1\n")
        let catalog = FactCatalog(facts: instrument.facts, ladders: instrument.ladders)
        let k = try #require(catalog.index["k"])
        let reach = Condition.containsAll(k, ["webb", "tv"]).reach(catalog)
        #expect(!reach.canHold && reach.canFail)
        #expect(reach.deadParts == ["'k contains all {webb, tv}' never holds, as 'tv' is not an item of 'k'"])
        #expect(Condition.containsAny(k, ["webb", "tv"]).reach(catalog).canHold)
    }
}
