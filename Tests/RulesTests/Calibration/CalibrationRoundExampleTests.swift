import Analysis
import Engine
import Rules
import Testing

/// `calibrate --round Examples/calibration/round`: six municipalities, three evaluators;
/// E3 is built to be strict, `kommunikation.klarsprak` to have low agreement, and the
/// judgement 1.1.b to be disputed.
@Suite struct CalibrationRoundExampleTests {
    @Test func theRoundIsSixMunicipalitiesByThreeEvaluators() throws {
        let (_, round) = try CalibrationFixtures.example()
        #expect(round.units.count == 6)
        #expect(round.evaluators == ["E1", "E2", "E3"])
        #expect(round.cells.allSatisfy { $0.allSatisfy { $0 != nil } })
        #expect(round.assessedSubareas.count == 5)
    }

    @Test func strictEvaluatorHasNegativeSeverityExcludingZero() throws {
        let analysis = try RoundAnalysis(try CalibrationFixtures.example().round)
        let e3 = try #require(analysis.round.evaluators.firstIndex(of: "E3"))
        let pooled = try #require(analysis.severity.pooled.value)
        #expect(pooled.raters[e3].effect < 0)
        #expect(pooled.raters[e3].interval.upper < 0)
        #expect(pooled.raters[e3].hasSufficientData)
        // Also on the total, in points.
        let total = try #require(analysis.severity.total.value)
        #expect(total.raters[e3].interval.upper < 0)
        // Relative to the rules: E3's overrides lower the score.
        let offset = try #require(analysis.severity.rules.first { $0.rater == e3 })
        #expect(offset.mean < 0)
        #expect(analysis.summary.contains { $0.hasPrefix("E3 is stricter than the panel: -9.2 percentage points") })
    }

    @Test func lowAgreementFactLeadsTheDisagreementRanking() throws {
        let (instrument, round) = try CalibrationFixtures.example()
        let analysis = try RoundAnalysis(round)
        let klarsprak = CalibrationFixtures.fact("kommunikation.klarsprak", in: instrument)
        let first = try #require(analysis.ranking.drivers.first)
        #expect(first.source == .finding(fact: klarsprak))
        #expect(first.discordant == 10)
        #expect(analysis.ranking.comparisons == 18)
        // Its agreement is the lowest of all findings.
        let agreement = try #require(analysis.findings.first { $0.item == .fact(klarsprak) })
        let ac1 = try #require(agreement.gwet?.value)
        #expect(ac1.value < 0.2)
        let alpha = try #require(agreement.alpha.value).alpha
        #expect(analysis.findings.allSatisfy { ($0.alpha.value?.alpha ?? 1) >= alpha })
    }

    @Test func disputedJudgementIsRankedAndDiffersMostOften() throws {
        let (instrument, round) = try CalibrationFixtures.example()
        let analysis = try RoundAnalysis(round)
        let rule = CalibrationFixtures.index("1.1.b", in: instrument)
        let driver = try #require(analysis.ranking.drivers.first { $0.source == .judgement(rule: rule) })
        #expect(driver.discordant == analysis.ranking.drivers.map(\.discordant).max())
        let agreement = try #require(analysis.findings.first { $0.item == .judgement(rule: rule) })
        #expect((agreement.percentAgreement ?? 1) < 0.5)
    }

    @Test func everyCoefficientHasAnIntervalOrAReason() throws {
        let analysis = try RoundAnalysis(try CalibrationFixtures.example().round)
        for agreement in analysis.subareas + [analysis.pooled] + analysis.areas + [analysis.total] {
            let icc = try #require(agreement.icc.value)
            #expect(icc.agreementSingle.interval.lower <= icc.agreementSingle.value)
            #expect(icc.consistencySingle.interval.upper >= icc.consistencySingle.value)
        }
        #expect(analysis.pooled.pairedUnits == 30)
        let summary = analysis.summary.joined(separator: "\n")
        #expect(summary.contains("95% CI") || summary.contains("95% interval"))
    }

    /// With fewer than 5 municipalities, the summary says "insufficient data" instead of a number.
    @Test func smallRoundSaysInsufficientData() throws {
        let (instrument, round) = try CalibrationFixtures.example()
        let kept = Set(round.units.prefix(3))
        let small = try CalibrationRound(instrument: instrument, records: round.records.filter { kept.contains($0.unit) })
        let analysis = try RoundAnalysis(small)
        #expect(analysis.total.icc.value == nil)
        #expect(analysis.summary[1].hasPrefix("Total (max 76): insufficient data: needs at least 5"))
        // Pooled statistics need as many municipalities as each subarea does.
        #expect(analysis.summary.contains(
            "Across subareas (percent of maximum): insufficient data: needs at least 5 municipalities evaluated by two or "
                + "more evaluators, found 3."))
        #expect(analysis.summary.contains { $0.hasPrefix("Severity: insufficient data: needs at least 5 municipalities") })
        #expect(analysis.summary[0].hasPrefix("3 municipalities, 3 evaluators (E1, E2, E3), 9 evaluations;"))
        #expect(analysis.renderText(language: .en).contains("n/a: insufficient data: needs at least 5 subjects"))
    }

    @Test func anEvaluatorTwiceOnOneMunicipalityIsRefused() throws {
        let (instrument, round) = try CalibrationFixtures.example()
        #expect(throws: CalibrationInputError.self) {
            try CalibrationRound(instrument: instrument, records: round.records + [round.records[0]])
        }
        #expect(throws: CalibrationInputError.self) { try CalibrationRound(instrument: instrument, records: []) }
    }
}
