import Engine
import Foundation
import Reports
import Rules
import TestSupport
import Testing

/// `score --format json` is written straight to bytes; what it writes is, byte for byte,
/// the JSON writer's text of the tree `ScoreJSON.object` builds.
@Suite struct ScoreJSONBytesTests {
    /// The tree path: `ScoreJSON.object` per file, then `JSONWriter`.
    static func treeText(_ scored: [ScoredEvidence]) -> String {
        JSONWriter.write(scored.count == 1 ? ScoreJSON.object(scored[0]) : .array(scored.map(ScoreJSON.object)))
    }

    static func bytesText(_ scored: [ScoredEvidence]) -> String {
        String(decoding: ScoreJSON.documentBytes(scored), as: UTF8.self)
    }

    /// The example corpus (14 municipalities) and Ale, scored against the shipped instrument.
    static func corpus() throws -> [ScoredEvidence] {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        guard let instrument = try workspace.loadInstrument(directory: RulesTestPaths.instrumentDirectory) else {
            throw FixtureError(description: workspace.renderedDiagnostics(colour: false))
        }
        let folder = PackageRoot.path("Examples/corpus")
        let paths = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".kompass") }.sorted()
            .map { folder + "/" + $0 }
        let evidence = try workspace.loadEvidence(paths: paths + [RulesTestPaths.aleEvidence], instrument: instrument)
        guard !workspace.diagnostics.hasErrors else { throw FixtureError(description: workspace.renderedDiagnostics(colour: false)) }
        let compiled = CompiledInstrument(instrument)
        return try evidence.compactMap { $0 }.map { try ScoredEvidence(compiled: compiled, evidence: $0) }
    }

    @Test func aleIsTheTreeWritersText() throws {
        let ale = try Shipped.ale()
        let text = Self.bytesText([ale])
        #expect(text == Self.treeText([ale]))
        #expect(text == ScoreJSON.document([ale]))
        #expect(text.contains("\"municipality\": \"Ale kommun\""))
    }

    @Test func corpusFilesOneByOneAndTogetherAreTheTreeWritersText() throws {
        let scored = try Self.corpus()
        #expect(scored.count == 15)
        for file in scored { #expect(Self.bytesText([file]) == Self.treeText([file]), "\(file.evidence.path)") }
        let together = Self.bytesText(scored)
        #expect(together == Self.treeText(scored))
        #expect(together.hasPrefix("[\n  {\n    \"schemaVersion\": 1,"))
        // Elements keep the order given, whichever core wrote them.
        let reversed = Array(scored.reversed())
        #expect(Self.bytesText(reversed) == Self.treeText(reversed))
    }

    /// Weighted subareas (satisfactions, thirds), an override with its reason and author,
    /// judgements and unassessed facts.
    @Test func weightedSubareasOverridesAndUnassessedAreTheTreeWritersText() throws {
        let weighted = try Fixture.scored(
            WeightedSubareaTests.instrumentText, "finding f = yes source web \"f\"\nfinding g = no source web \"g\"\n")
        let partly = try Fixture.scored(WeightedSubareaTests.instrumentText, "finding f = yes source web \"f\"\n")
        let overridden = try Fixture.scored(OverrideTests.instrumentText, OverrideTests.evidence)
        for file in [weighted, partly, overridden] { #expect(Self.bytesText([file]) == Self.treeText([file])) }
        #expect(Self.bytesText([weighted, partly]) == Self.treeText([weighted, partly]))
        #expect(Self.bytesText([overridden]).contains("\"by\": \"E2\""))
        #expect(Self.bytesText([weighted]).contains("\"points\": 3.333333"))
        #expect(!partly.score.unassessed.isEmpty)
    }

    /// Files scored against different instruments in one document each get their own names.
    @Test func filesOfDifferentInstrumentsInOneDocument() throws {
        let weighted = try Fixture.scored(WeightedSubareaTests.instrumentText, "finding f = yes source web \"f\"\n")
        let overridden = try Fixture.scored(OverrideTests.instrumentText, OverrideTests.evidence)
        let files = [weighted, overridden, weighted]
        #expect(Self.bytesText(files) == Self.treeText(files))
    }

    /// Standard output gets the document in parts, as soon as each file is written: the
    /// parts, joined, are the whole document; one part per file (its separator first),
    /// then the closing bracket.
    @Test(arguments: [1, 2, 15, 45])
    func streamedPartsJoinToTheDocument(_ count: Int) throws {
        let corpus = try Self.corpus()
        let scored = (0..<count).map { corpus[($0 * 7) % corpus.count] }
        var parts: [[UInt8]] = []
        ScoreJSON.writeDocument(scored) { parts.append($0) }
        let joined = String(decoding: parts.joined(), as: UTF8.self)
        #expect(joined == Self.bytesText(scored))
        #expect(joined == Self.treeText(scored))
        if count == 1 {
            #expect(parts.count == 1)
        } else {
            #expect(parts.count == count + 1)
            #expect(parts[0].starts(with: Array("[\n  {\n".utf8)))
            #expect(parts[1...].dropLast().allSatisfy { $0.starts(with: Array(",\n  {\n".utf8)) })
            #expect(parts.last == Array("\n]\n".utf8))
        }
    }

    @Test func noFilesIsAnEmptyArray() {
        #expect(Self.bytesText([]) == JSONWriter.write(.array([])))
    }
}
