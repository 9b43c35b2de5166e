import Engine
import Foundation
import Rules
import TestSupport
import Testing

/// DESIGN.md's examples are normative: they parse, check and mean what DESIGN.md says.
/// The fixture folder holds them verbatim, and a test keeps it equal to docs/DESIGN.md.
@Suite struct DesignFixtureTests {
    @Test func instrumentFolderChecksWithoutDiagnostics() throws {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let instrument = try #require(try workspace.loadInstrument(directory: RulesTestPaths.designInstrument))
        #expect(workspace.diagnostics.all.map(\.oneLineForm) == [])
        // Files are read in byte order of their names; the header is in the first.
        #expect(
            workspace.sources.map(\.path) == [
                RulesTestPaths.designInstrument + "/a-declarations.kompass",
                RulesTestPaths.designInstrument + "/b-excerpt.kompass",
            ])
        #expect(instrument.name == "Kommunkompassen")
        #expect(instrument.version == "2019")
        #expect(instrument.language == "sv")
        #expect(instrument.ladders.map(\.name) == ["maturity"])
        #expect(instrument.ladders.first?.levels == ["none", "started", "exists", "followed_up", "evaluated"])
        #expect(
            instrument.facts.map(\.path) == [
                "politik.utbildning", "fullmaktige.fragestund", "dialog.former", "dialog.uppfoljning",
                "demokrati.strategi", "kommunikation.sprak", "medborgarpanel.storlek", "kanaler",
            ])
        #expect(instrument.facts.last?.type == .set(closed: ["annons", "facebook", "play", "webb"]))
        #expect(instrument.areas.map(\.id) == ["1"])
        #expect(instrument.areas.first?.aliases == ["Offentlighet och demokrati"])
        #expect(instrument.areas.first?.english == "Interaction between elected representatives and citizens")
        #expect(instrument.subareas.map(\.id) == ["1.3", "1.1"])
        #expect(instrument.subareas.map(\.mode) == [.points, .weighted])
        #expect(instrument.subareas.map(\.max) == [Rational(30), Rational(20)])
        #expect(instrument.rules.map(\.id) == ["1.3.a", "1.3.b", "1.3.c", "1.3.d", "1.1.a", "1.1.b"])
        #expect(instrument.rules.map(\.weight) == [1, 1, 1, 1, 3, 1].map { Rational(Int64($0)) })
        #expect(
            instrument.rules.first?.why == "Kommunkompassen söker arenor där medborgare möter politiken direkt.")
        #expect(instrument.tests.map(\.name.value) == [
            "1.3 with the four rules above at their best", "1.1 weighted, judgement at half",
        ])
        #expect(instrument.references.map(\.name) == ["Sverigesnitt 2021"])
    }

    @Test func evidenceChecksAgainstTheInstrumentWithoutDiagnostics() throws {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let instrument = try #require(try workspace.loadInstrument(directory: RulesTestPaths.designInstrument))
        let evidence = try #require(
            try workspace.loadEvidence(path: RulesTestPaths.design + "/evidence.kompass", instrument: instrument))
        #expect(workspace.diagnostics.all.map(\.oneLineForm) == [])
        #expect(evidence.municipality == "Ale kommun")
        #expect(evidence.year == 2020)
        #expect(evidence.instrumentName == "Kommunkompassen")
        #expect(evidence.instrumentVersion == "2019")
        #expect(evidence.evaluators == ["E1", "E2"])
        let facts = evidence.findings.map { instrument.facts[$0.fact].path }
        #expect(facts == ["dialog.former", "politik.utbildning", "medborgarpanel.storlek"])
        #expect(
            evidence.findings.map(\.value) == [
                .set(["Ale i 360 grader", "aleforslag", "medborgarpanel", "ortsdialog"]), .level(0),
                .number(Rational(300)),
            ])
        // `by` attributes a finding; the default is the first evaluator.
        #expect(evidence.findings.map(\.by) == [nil, "E2", nil])
        #expect(
            evidence.findings[0].sources.map { [$0.kind, $0.text, $0.section] } == [
                ["interview", "Politisk ledning", "Område 1"], ["web", "ale.se, Aleförslaget", nil],
            ])
        #expect(evidence.findings[1].note == "Ingen utbildning efter valet 2018.")
        #expect(evidence.findings[2].confidence == exactDecimal("0.9"))
        #expect(evidence.judgements.map { instrument.rules[$0.target].id } == ["1.1.b"])
        #expect(evidence.judgements.map(\.value) == [exactDecimal("0.5")])
        #expect(evidence.judgements.map(\.reason) == ["Utvärdering görs i hälften av nämnderna."])
        #expect(evidence.overrides.map { instrument.subareas[$0.target].id } == ["1.3"])
        #expect(evidence.overrides.map(\.value) == [Rational(28)])
        #expect(evidence.overrides.map(\.by) == [nil])
    }

    @Test func planChecksAgainstTheInstrumentWithoutDiagnostics() throws {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let instrument = try #require(try workspace.loadInstrument(directory: RulesTestPaths.designInstrument))
        let plan = try #require(try workspace.loadPlan(path: RulesTestPaths.design + "/plan.kompass", instrument: instrument))
        #expect(workspace.diagnostics.all.map(\.oneLineForm) == [])
        #expect(plan.name == "Handlingsplan 2021")
        #expect(plan.municipality == "Ale kommun")
        #expect(plan.actions.map(\.id) == ["utbildning", "sprak", "dialog"])
        #expect(plan.actions.map(\.title) == ["Utbildning för förtroendevalda", "Information på fler språk", "Fokusgrupper"])
        #expect(plan.actions.map(\.cost) == [Rational(80), Rational(40), Rational(30)])
        let changes = plan.actions.map { $0.changes.map { ($0.isAdd, instrument.facts[$0.fact].path, $0.value) } }
        #expect(changes.map { $0.map(\.0) } == [[false], [false], [true]])
        #expect(changes.map { $0.map(\.1) } == [["politik.utbildning"], ["kommunikation.sprak"], ["dialog.former"]])
        #expect(changes.map { $0.map(\.2) } == [[.level(2)], [.flag(true)], [.set(["fokusgrupper"])]])
    }

    /// The section a fixture file comes from, and which of its code blocks.
    struct Excerpt: CustomTestStringConvertible, Sendable {
        let fixture: String
        let section: String
        let block: Int
        var testDescription: String { fixture }
    }

    static let excerpts = [
        Excerpt(fixture: "instrument/a-declarations.kompass", section: "Declarations", block: 0),
        Excerpt(fixture: "instrument/b-excerpt.kompass", section: "Declarations", block: 1),
        Excerpt(fixture: "evidence.kompass", section: "Evidence", block: 0),
        Excerpt(fixture: "plan.kompass", section: "Plans", block: 0),
    ]

    @Test(arguments: excerpts)
    func fixtureIsVerbatimFromDesignDocument(_ excerpt: Excerpt) throws {
        let blocks = try Self.codeBlocks(section: excerpt.section)
        let block = try #require(blocks.indices.contains(excerpt.block) ? blocks[excerpt.block] : nil)
        let fixture = try RulesTestPaths.text(RulesTestPaths.design + "/" + excerpt.fixture)
        #expect(fixture == block, "\(excerpt.fixture) differs from docs/DESIGN.md, section '\(excerpt.section)'")
    }

    /// Every code block of the three sections has its fixture, so a new example is not
    /// silently left untested.
    @Test func everyExampleBlockHasAFixture() throws {
        #expect(try Self.codeBlocks(section: "Declarations").count == 2)
        #expect(try Self.codeBlocks(section: "Evidence").count == 1)
        #expect(try Self.codeBlocks(section: "Plans").count == 1)
    }

    /// The fenced code blocks of a `### section` of docs/DESIGN.md, each with its lines'
    /// line breaks. Headings inside code blocks (comments such as `# …`) do not end a section.
    static func codeBlocks(section: String) throws -> [String] {
        let document = try RulesTestPaths.text(PackageRoot.path("docs/DESIGN.md"))
        var blocks: [String] = []
        var inSection = false
        var current: String?
        for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix("#") {
                inSection = line == "### \(section)"
                continue
            }
            guard inSection else { continue }
            if line.hasPrefix("```") {
                if let block = current {
                    blocks.append(block)
                    current = nil
                } else {
                    current = ""
                }
            } else if current != nil {
                current! += line + "\n"
            }
        }
        return blocks
    }
}
