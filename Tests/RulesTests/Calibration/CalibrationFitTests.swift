import Analysis
import Engine
import Rules
import TestSupport
import Testing

/// `fit --round DIR --awarded CSV` on docs/STATISTICS.md's reference data D11: 12
/// municipalities, five binary findings, awarded points of a 20-point subarea. Each rule
/// is written `when rN award 4` (the expert weight w⁰ = 4), so a scale s gives the
/// weight 4·s and the reference weights are reproduced as 4 × the fitted scales.
@Suite struct CalibrationFitTests {
    static let instrumentText = """
        instrument "D11" version "1"
        fact r1: flag "R1"
        fact r2: flag "R2"
        fact r3: flag "R3"
        fact r4: flag "R4"
        fact r5: flag "R5"
        area a "A" max 20
        subarea a.1 "Fitted" max 20
          rule a.1.r1 "R1" when r1 award 4
          rule a.1.r2 "R2" when r2 award 4
          rule a.1.r3 "R3" when r3 award 4
          rule a.1.r4 "R4" when r4 award 4
          rule a.1.r5 "R5" when r5 award 4
        """

    /// municipality, r1…r5, awarded (docs/STATISTICS.md §8, D11).
    static let d11: [(String, [Int], Double)] = [
        ("M01", [1, 1, 0, 1, 0], 15), ("M02", [1, 0, 1, 0, 0], 5), ("M03", [0, 1, 1, 1, 1], 13),
        ("M04", [1, 1, 1, 1, 1], 20), ("M05", [0, 0, 0, 1, 0], 4), ("M06", [1, 0, 0, 0, 1], 12),
        ("M07", [0, 1, 0, 0, 0], 3), ("M08", [1, 1, 1, 0, 1], 16), ("M09", [0, 0, 1, 1, 0], 4),
        ("M10", [1, 0, 1, 1, 1], 15), ("M11", [0, 0, 0, 0, 0], 1), ("M12", [0, 1, 0, 1, 1], 14),
    ]

    static func fit(maxScale: Double? = nil) throws -> RuleScaleFit {
        let instrument = try Fixture.instrument(Self.instrumentText)
        let records = try Self.d11.map { municipality, findings, _ in
            let body = findings.enumerated().map { "finding r\($0.offset + 1) = \($0.element == 1 ? "yes" : "no")\n" }.joined()
            return try CalibrationFixtures.record(instrument, municipality: municipality, year: 2019, evaluator: "E1", body: body)
        }
        let round = try CalibrationRound(instrument: instrument, records: records)
        var csv = "municipality,year,evaluator,subarea,awarded\n"
        for (municipality, _, awarded) in Self.d11 { csv += "\(municipality),2019,E1,a.1,\(awarded)\n" }
        let awarded = try AwardedScore.parse(Array(csv.utf8), path: "d11.csv")
        return try RuleScaleFit(round: round, awarded: awarded, awardedPath: "d11.csv", maxScale: maxScale)
    }

    @Test func nonNegativeScalesReproduceTheReferenceNNLS() throws {
        let fit = try #require(try Self.fit().subareas.first)
        let report = try #require(fit.nonNegative.value)
        let expected = [6.088, 4.072, 0, 4.048, 5.528]
        #expect(zip(report.weights, expected).allSatisfy { close(4 * $0, $1, 1e-9) })
        #expect(close(report.inSample.residualSumOfSquares, 5.264, 1e-9))
        let loo = [
            2.106382979, -1.563218391, -1.018867925, 0.3455497382, -0.0652173913, 0.6357615894, -1.634146341,
            0.5234899329, -0.0652173913, -1.177304965, 1, 0.5534591195,
        ]
        #expect(zip(report.leaveOneOutResiduals, loo).allSatisfy { close($0, $1, 1e-8) })
        #expect(close(report.leaveOneOut.rootMeanSquaredError, 1.083494994, 1e-8))
        #expect(close(report.optimismRatio ?? 0, 1.635910696, 1e-8))
        #expect(close(report.leaveOneOut.qSquared ?? 0, 0.9681036902, 1e-8))
    }

    /// Box bounds [0, 5] on the weights are scales in [0, 1.25].
    @Test func boundedScalesReproduceTheReferenceBVLS() throws {
        let fit = try #require(try Self.fit(maxScale: 1.25).subareas.first)
        let report = try #require(fit.bounded.value)
        let expected = [5, 4.634408602, 0.3010752688, 4.322580645, 5]
        #expect(zip(report.weights, expected).allSatisfy { close(4 * $0, $1, 1e-8) })
        #expect(close(report.leaveOneOut.rootMeanSquaredError, 1.276841522, 1e-8))
        #expect(fit.upper == [1.25, 1.25, 1.25, 1.25, 1.25])
    }

    /// The rules as written (w⁰ = 4 for every rule) are D11's "expert prior" row.
    @Test func rulesAsWrittenAreTheExpertPrior() throws {
        let fit = try #require(try Self.fit().subareas.first)
        let current = try #require(fit.current.value)
        #expect(close(current.rootMeanSquaredError, 2.34520788, 1e-8))
        #expect(close(current.meanAbsoluteError, 1.833333333, 1e-8))
        #expect(close(current.rSquared ?? 0, 0.8505660377, 1e-8))
        // By default a rule alone may give at most the subarea's maximum: 20/4.
        #expect(fit.upper == [5, 5, 5, 5, 5])
        #expect(fit.verdict.hasPrefix("the fitted scales predict left-out municipalities clearly better (RMSE_LOO 1.08"))
    }

    @Test func warningsNameWhatCannotBeTrusted() throws {
        let fit = try #require(try Self.fit().subareas.first)
        let warnings = fit.warnings(in: try Fixture.instrument(Self.instrumentText))
        #expect(warnings.contains("12 evaluations for 5 scales (fewer than 10 per scale): treat the scales as indicative"))
        #expect(warnings.contains("the in-sample fit flatters: left-out municipalities are predicted 1.64 times worse (RMSE_LOO/RMSE)"))
        #expect(warnings.contains(
            "rule a.1.r3 gets scale 0: once the other rules are known, it does not explain the awarded scores"))
    }

    /// A rule that never scores, and two that always score together, cannot be identified.
    @Test func unidentifiableScalesAreWarned() throws {
        let instrument = try Fixture.instrument(Self.instrumentText)
        let rows: [([Int], Double)] = [([1, 1, 0, 1, 0], 10), ([0, 0, 0, 1, 0], 4), ([1, 1, 0, 0, 0], 7), ([0, 0, 0, 0, 1], 3)]
        let records = try rows.enumerated().map { i, row in
            let body = row.0.enumerated().map { "finding r\($0.offset + 1) = \($0.element == 1 ? "yes" : "no")\n" }.joined()
            return try CalibrationFixtures.record(instrument, municipality: "M\(i)", evaluator: "E1", body: body)
        }
        let round = try CalibrationRound(instrument: instrument, records: records)
        let awarded = rows.enumerated().map { i, row in
            AwardedScore(municipality: "M\(i)", year: 2021, evaluator: "E1", subarea: "a.1", awarded: row.1, line: i + 2)
        }
        let fit = try #require(try RuleScaleFit(round: round, awarded: awarded, awardedPath: "t.csv").subareas.first)
        let warnings = fit.warnings(in: instrument)
        #expect(warnings.contains("rule a.1.r3 never scores in these evaluations: its scale cannot be identified"))
        #expect(warnings.contains("rules a.1.r1 and a.1.r2 always score together: their scales cannot be told apart"))
    }

    @Test func awardedTableIsReadWithQuotesAndCheckedAgainstTheRound() throws {
        let csv = "\u{FEFF}subarea,awarded,evaluator,year,municipality,note\r\n"
            + "1.1,12.5,E1,2020,\"Norrby kommun\",\"a, b\"\r\n\r\n1.2,4,E2,2020,Norrby kommun,\n"
        let scores = try AwardedScore.parse(Array(csv.utf8), path: "a.csv")
        #expect(scores == [
            AwardedScore(municipality: "Norrby kommun", year: 2020, evaluator: "E1", subarea: "1.1", awarded: 12.5, line: 2),
            AwardedScore(municipality: "Norrby kommun", year: 2020, evaluator: "E2", subarea: "1.2", awarded: 4, line: 4),
        ])
        #expect(throws: CalibrationInputError.self) {
            try AwardedScore.parse(Array("municipality,year,evaluator,subarea\n".utf8), path: "b.csv")
        }
        #expect(throws: CalibrationInputError.self) {
            // A decimal comma is not a number here.
            try AwardedScore.parse(Array("municipality,year,evaluator,subarea,awarded\nX,2020,E1,1.1,\"1,5\"\n".utf8), path: "c.csv")
        }
        let (_, round) = try CalibrationFixtures.example()
        let unknown = AwardedScore(municipality: "Norrby kommun", year: 2020, evaluator: "E9", subarea: "1.1", awarded: 1, line: 2)
        #expect(throws: CalibrationInputError.self) {
            try RuleScaleFit(round: round, awarded: [unknown], awardedPath: "d.csv")
        }
        let twice = AwardedScore(municipality: "Norrby kommun", year: 2020, evaluator: "E1", subarea: "1.1", awarded: 1, line: 2)
        #expect(throws: CalibrationInputError.self) {
            try RuleScaleFit(round: round, awarded: [twice, twice], awardedPath: "d.csv")
        }
    }

    /// The example's awarded scores were made with klarspråk (1.2.b) worth 1.5 times its
    /// points and the panel (1.3.d) half: the fit finds both directions.
    @Test func exampleFitFindsTheBuiltInScales() throws {
        let (instrument, round) = try CalibrationFixtures.example()
        let bytes = try RulesTestPaths.bytes(PackageRoot.path("Examples/calibration/awarded.csv"))
        let fit = try RuleScaleFit(
            round: round, awarded: try AwardedScore.parse(bytes, path: "awarded.csv"), awardedPath: "awarded.csv")
        #expect(fit.subareas.count == 5)
        func scale(_ id: String) throws -> Double {
            let subarea = try #require(fit.subareas.first { $0.rules.contains(CalibrationFixtures.index(id, in: instrument)) })
            let k = try #require(subarea.rules.firstIndex(of: CalibrationFixtures.index(id, in: instrument)))
            return try #require(subarea.nonNegative.value).weights[k]
        }
        #expect(try scale("1.2.b") > 1.2)
        #expect(try scale("1.3.d") < 0.7)
        #expect(abs(try scale("2.2.a") - 1) < 0.05)
    }
}
