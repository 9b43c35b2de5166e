import Analysis
import Engine
import Rules
import TestSupport
import Testing

/// The three calibration outputs in text and JSON on `Examples/calibration`: the parts
/// the README shows, valid JSON with the contract's provenance, and byte-identical
/// output from separate computations.
@Suite struct CalibrationOutputTests {
    static func pairwise() throws -> PairwiseCalibration {
        let (instrument, round) = try CalibrationFixtures.example()
        let records = round.records.filter { $0.evidence.municipality == "Norrby kommun" }
        return try PairwiseCalibration(instrument: instrument, records: records)
    }

    @Test func pairwiseTextShowsValuesScoresAndSplitDifferences() throws {
        let text = try Self.pairwise().renderText(language: .en)
        #expect(text.hasPrefix("Calibration of Norrby kommun 2020 by 3 evaluators: E1, E2, E3\n"))
        #expect(text.contains("  kommunikation.klarsprak  "))
        #expect(text.contains("  E1 − E3: +13.5 points = findings +8, judgements +1.5, overrides +4\n"))
        #expect(text.contains("    2.1    +6  synpunkter.analys yes vs no"))
        #expect(text.contains("5 of 13 inputs disputed: kommunikation.klarsprak, dialog.uppfoljning, synpunkter.analys, judgement 1.1.b, override 1.3\n"))
        #expect(text.contains("evidence ") && text.contains(" sha256 "))
    }

    @Test func pairwiseJSONIsValidAndSplitsEachPair() throws {
        let calibration = try Self.pairwise()
        let text = JSONWriter.write(calibration.json())
        let json = try JSONParser.parse(text)
        #expect(json["kind"] == "calibrate")
        #expect(json["instrument"]?["name"] == "Kalibreringsexempel")
        let pairs = try #require(json["pairs"]?.arrayValue)
        #expect(pairs.count == 3)
        #expect(pairs[1]["first"] == "E1" && pairs[1]["second"] == "E3")
        #expect(pairs[1]["difference"] == .number("13.5"))
        #expect(pairs[1]["overrides"] == .number("4"))
        #expect(json["consensus"] == .null)
        #expect(JSONWriter.write(try Self.pairwise().json()) == text)
    }

    @Test func roundTextAndJSONCarryTheSummary() throws {
        let analysis = try RoundAnalysis(try CalibrationFixtures.example().round)
        let text = analysis.renderText(language: .en)
        #expect(text.hasPrefix("Calibration round: 6 municipalities, 3 evaluators · Kalibreringsexempel 2019\n\nSummary\n"))
        #expect(text.contains("\nAgreement on points (95% intervals"))
        #expect(text.contains("\nWhat drives disagreement"))
        #expect(text.contains("     1  kommunikation.klarsprak"))
        let json = try JSONParser.parse(JSONWriter.write(analysis.json()))
        #expect(json["kind"] == "calibrate-round")
        #expect(json["summary"]?.arrayValue?.count == analysis.summary.count)
        #expect(json["disagreement"]?["drivers"]?.arrayValue?.first?["fact"] == "kommunikation.klarsprak")
        let e3 = try #require(json["severity"]?["pooledPercent"]?["evaluators"]?.arrayValue?.last)
        #expect(e3["evaluator"] == "E3")
        #expect(e3["effect"]?.numberText?.hasPrefix("-9.18") == true)
        let again = try RoundAnalysis(try CalibrationFixtures.example().round)
        #expect(again.renderText(language: .en) == text)
        #expect(JSONWriter.write(again.json()) == JSONWriter.write(analysis.json()))
    }

    @Test func fitTextAndJSON() throws {
        let (_, round) = try CalibrationFixtures.example()
        let bytes = try RulesTestPaths.bytes(PackageRoot.path("Examples/calibration/awarded.csv"))
        let fit = try RuleScaleFit(
            round: round, awarded: try AwardedScore.parse(bytes, path: "awarded.csv"), awardedPath: "awarded.csv")
        let text = fit.renderText(language: .en)
        #expect(text.hasPrefix("Rule scales fitted to awarded scores: 90 awarded scores in 5 subareas · Kalibreringsexempel 2019\n"))
        #expect(text.contains("\n1.2 Information till medborgarna (max 10): 18 awarded scores, 6 municipalities\n"))
        #expect(text.contains("  rules as written"))
        #expect(text.contains("awarded awarded.csv\n"))
        let json = try JSONParser.parse(JSONWriter.write(fit.json()))
        #expect(json["kind"] == "fit")
        let subareas = try #require(json["subareas"]?.arrayValue)
        #expect(subareas.count == 5)
        #expect(subareas[0]["nonNegative"]?["scales"]?.arrayValue?.count == 2)
    }
}
