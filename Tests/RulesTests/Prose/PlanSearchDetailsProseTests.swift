@testable import Analysis
import Engine
import Testing

@testable import Reports

/// The line under a plan search's method that says in words what the JSON method says in
/// full: the structured search's tree width, a common scale beyond 128 bits, and why the
/// structured search gave way to branch and bound; in both languages, numbers as written there.
@Suite struct PlanSearchDetailsProseTests {
    static func report(_ fixture: WhatIfFixture.Case, budget: Int64) throws -> PlanSearchReport {
        try PlanSearchReport(instrument: fixture.instrument, evidence: fixture.evidence, plan: fixture.plan, goal: .budget(q(budget)))
    }

    /// The chain of 60: the structured search answers over a tree decomposition of width 1.
    @Test func theStructuredSearchNamesItsTreeWidth() throws {
        let report = try Self.report(PlanSearchCaseTests.load("nodelimit-chain-60"), budget: 179)
        #expect(report.result.treeWidth == 1)
        let en = report.renderText(language: .en).split(separator: "\n", omittingEmptySubsequences: false)
        let sv = report.renderText(language: .sv).split(separator: "\n", omittingEmptySubsequences: false)
        let method = try #require(en.firstIndex { $0.hasPrefix("method: exact by dynamic programming") })
        #expect(en[method + 1] == "details: tree width 1 (a tree decomposition of how the actions interact)")
        let metod = try #require(sv.firstIndex { $0.hasPrefix("metod: exakt genom dynamisk programmering") })
        #expect(sv[metod + 1] == "detaljer: trädbredd 1 (en trädnedbrytning av hur åtgärderna samverkar)")
    }

    /// A rule reading 17 actions' facts on a scale of 134 bits: branch and bound, and why.
    @Test func branchAndBoundSaysWhyTheStructuredSearchGaveWay() throws {
        let report = try Self.report(PlanSearchFormerlyRefusedTests.load("wide-rule-big-scale-17"), budget: 45)
        #expect(report.result.gaveWay == .shape(limit: 16))
        #expect(report.result.scaleBits == 134)
        #expect(
            report.renderText(language: .en).contains(
                "\ndetails: points counted exactly on a common scale of 134 bits; the search along the structure gave way "
                    + "to branch and bound because a rule reads more than 16 actions' facts without counting a set\n"))
        #expect(
            report.renderText(language: .sv).contains(
                "\ndetaljer: poängen räknas exakt på en gemensam skala om 134 bitar; sökningen längs strukturen lämnade "
                    + "över till gren-och-gräns-sökning eftersom en regel läser fler än 16 åtgärders fakta utan att räkna en mängd\n"))
    }

    /// Limits are written with the language's digit grouping (Swedish groups from five digits).
    @Test func limitsAreWrittenAsPeopleWriteThem() throws {
        var report = try Self.report(PlanSearchCaseTests.load("nodelimit-chain-60"), budget: 179)
        report.result.treeWidth = nil
        report.result.gaveWay = .states(limit: 2_048)
        #expect(report.details(Prose(.en)) == "the search along the structure gave way to branch and bound because it kept more than 2,048 states after one action")
        #expect(report.details(Prose(.sv)) == "sökningen längs strukturen lämnade över till gren-och-gräns-sökning eftersom den höll fler än 2048 tillstånd efter en åtgärd")
        report.result.gaveWay = .sets(limit: 1_000_000)
        #expect(report.details(Prose(.en)) == "the search along the structure gave way to branch and bound because it weighed more than 1,000,000 sets")
        #expect(report.details(Prose(.sv)) == "sökningen längs strukturen lämnade över till gren-och-gräns-sökning eftersom den vägde fler än 1\u{a0}000\u{a0}000 urval")
    }
}
