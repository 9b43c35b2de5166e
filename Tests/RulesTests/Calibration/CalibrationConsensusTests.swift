import Analysis
import CommandLineKit
import Engine
import Foundation
import Rules
import TestSupport
import Testing

/// `calibrate EVIDENCE… --consensus FILE`: the draft keeps what every evaluator recorded
/// alike, leaves each dispute unassessed with every version in a comment, parses with
/// zero errors, and is never written over an input.
@Suite struct CalibrationConsensusTests {
    static let paths = ["norrby-E1", "norrby-E2", "norrby-E3"].map {
        PackageRoot.path("Examples/calibration/round/\($0).kompass")
    }

    static func calibration() throws -> PairwiseCalibration {
        let (instrument, round) = try CalibrationFixtures.example()
        let records = Self.paths.map { path in round.records.first { $0.evidence.path.hasSuffix(path.split(separator: "/").last!) }! }
        try PairwiseCalibration.validate(records)
        return try PairwiseCalibration(instrument: instrument, records: records)
    }

    @Test func disputesAreMarkedWithEveryVersion() throws {
        let draft = ConsensusDraft(try Self.calibration())
        #expect(draft.disputed == [
            "kommunikation.klarsprak", "dialog.uppfoljning", "synpunkter.analys", "judge 1.1.b", "override 1.3",
        ])
        #expect(draft.agreed.count == 8)
        #expect(draft.text.contains("# DISPUTED kommunikation.klarsprak: left unassessed;"))
        #expect(draft.text.contains(
            "#   finding kommunikation.klarsprak = yes source interview \"Intervju med kommunledningen\" section \"1.2\"  # E1"))
        #expect(draft.text.contains(
            "#   finding kommunikation.klarsprak = no source document \"Kommunens styrdokument\" section \"1.2\"  # E2"))
        #expect(draft.text.contains("#   judge 1.1.b = 0.4 because \"Utvärdering görs i under hälften av nämnderna.\"  # E2"))
        #expect(draft.text.contains("#   # E1: not recorded"))
        // No disputed input is recorded outside a comment.
        let recorded = draft.text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(!recorded.contains { $0.contains("klarsprak") || $0.contains("judge") || $0.contains("override") })
    }

    @Test func draftParsesWithZeroErrorsAndKeepsTheAgreedFindings() throws {
        let calibration = try Self.calibration()
        let draft = ConsensusDraft(calibration)
        let instrument = calibration.instrument
        let (evidence, bag, _) = Fixture.checkEvidence(draft.text, for: instrument, path: "consensus.kompass")
        #expect(bag.all.isEmpty)
        let checked = try #require(evidence)
        #expect(checked.evaluators == ["E1", "E2", "E3"])
        #expect(checked.municipality == "Norrby kommun")
        let kept = checked.findings.map { instrument.facts[$0.fact].path }
        #expect(kept == [
            "demokrati.strategi", "kommunikation.sprak", "kommunikation.tillganglighet", "fullmaktige.fragestund",
            "dialog.former", "medborgarpanel.storlek", "synpunkter.system", "service.malniva",
        ])
        // Each kept finding has the sources of all three evaluators.
        #expect(checked.findings.allSatisfy { $0.sources.count == 3 })
        #expect(checked.judgements.isEmpty && checked.overrides.isEmpty)
        #expect(ConsensusDraft.check(draft.text, path: "consensus.kompass", instrument: instrument).all.isEmpty)
    }

    @Test func writingTheDraftLeavesInputsUntouchedAndRefusesThem() throws {
        let draft = ConsensusDraft(try Self.calibration())
        let before = try Self.paths.map { SHA256.hexDigest(try RulesTestPaths.bytes($0)) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("calibration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("consensus.kompass").path
        try AtomicFile.write(Array(draft.text.utf8), to: output, refusingInputs: Self.paths)
        #expect(try RulesTestPaths.text(output) == draft.text)
        #expect(throws: OutputFileError.self) {
            try AtomicFile.write(Array(draft.text.utf8), to: Self.paths[1], refusingInputs: Self.paths)
        }
        let after = try Self.paths.map { SHA256.hexDigest(try RulesTestPaths.bytes($0)) }
        #expect(before == after)
    }

    @Test func evaluationsOfDifferentMunicipalitiesAreRefused() throws {
        let (_, round) = try CalibrationFixtures.example()
        let records = [round.records[0], round.records.last!]
        #expect(records[0].unit != records[1].unit)
        #expect(throws: CalibrationInputError.self) { try PairwiseCalibration.validate(records) }
        #expect(throws: CalibrationInputError.self) { try PairwiseCalibration.validate([round.records[0]]) }
    }
}
