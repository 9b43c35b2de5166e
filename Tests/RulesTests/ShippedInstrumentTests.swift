import Engine
import Foundation
import Rules
import Testing

/// Every shipped rule file is under test (STYLE.md): it checks with zero diagnostics, its
/// areas and subareas match the published point table, every kind it uses is registered,
/// and its own `test` blocks pass.
@Suite struct ShippedInstrumentTests {
    /// The maxima of the published point table: reference/kommunkompassen-ale-2020.txt,
    /// section 4 ("Översikt av poängfördelning"), as copied into
    /// reference/published-results.csv (column `max`, rows for Ale).
    static let publishedMaxima: [(id: String, max: Int64)] = [
        ("1.1", 20), ("1.2", 10), ("1.3", 30), ("1.4", 10), ("1.5", 30),
        ("2.1", 15), ("2.2", 30), ("2.3", 30), ("2.4", 25),
        ("3.1", 10), ("3.2", 40), ("3.3", 30), ("3.4", 20),
        ("4.1", 20), ("4.2", 30), ("4.3", 30), ("4.4", 20),
        ("5.1", 20), ("5.2", 20), ("5.3", 20), ("5.4", 20), ("5.5", 20),
        ("6.1", 20), ("6.2", 20), ("6.3", 30), ("6.4", 30),
        ("7.1", 15), ("7.2", 40), ("7.3", 25), ("7.4", 20),
        ("8.1", 20), ("8.2", 20), ("8.3", 20), ("8.4", 20), ("8.5", 20),
    ]

    @Test func checksWithZeroErrorsAndZeroWarnings() throws {
        let (instrument, workspace) = try Shipped.load()
        let rendered = workspace.renderedDiagnostics(colour: false)
        #expect(workspace.diagnostics.errorCount == 0, "\(rendered)")
        #expect(workspace.diagnostics.warningCount == 0, "\(rendered)")
        #expect(workspace.diagnostics.all.isEmpty, "\(rendered)")
        let checked = try #require(instrument)
        #expect(checked.name == "Kommunkompassen")
        #expect(checked.version == "2019")
        #expect(checked.language == "sv")
    }

    @Test func areasAndSubareasMatchThePublishedTable() throws {
        let instrument = try #require(try Shipped.load().instrument)
        #expect(instrument.areas.map(\.id) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(instrument.areas.allSatisfy { $0.max == q(100) })
        #expect(instrument.maximum == q(800))
        #expect(instrument.subareas.count == 35)
        #expect(instrument.subareas.map(\.id) == Self.publishedMaxima.map(\.id))
        for (subarea, published) in zip(instrument.subareas, Self.publishedMaxima) {
            #expect(subarea.max == q(published.max), "subarea \(subarea.id)")
        }
        // Each area's subareas add up to its 100 points.
        for area in instrument.areas {
            let sum = area.subareas.map { instrument.subareas[$0].max.numerator }.reduce(0, +)
            #expect(sum == 100, "area \(area.id)")
            #expect(area.subareas.allSatisfy { instrument.subareas[$0].id.hasPrefix(area.id + ".") })
        }
    }

    @Test func everyKindUsedIsRegistered() throws {
        let instrument = try #require(try Shipped.load().instrument)
        let registry = BuiltinKinds.registry
        var used: Set<String> = []
        for rule in instrument.rules {
            let kind = type(of: rule.kind)
            let name = kind.description.identifier
            used.insert(name)
            let registered = try #require(registry.kind(named: name), "rule \(rule.id) uses unregistered '\(name)'")
            #expect(ObjectIdentifier(registered) == ObjectIdentifier(kind), "rule \(rule.id)")
        }
        #expect(used.isSubset(of: Set(registry.kinds.map { $0.description.identifier })))
        #expect(!used.isEmpty)
    }

    /// The kinds come from the registry: with none registered, the same files do not check.
    @Test func withoutTheRegistryTheKindsAreUnknown() throws {
        var workspace = Workspace(registry: RuleKindRegistry())
        let instrument = try workspace.loadInstrument(directory: RulesTestPaths.instrumentDirectory)
        #expect(instrument == nil)
        #expect(workspace.diagnostics.all.contains { $0.id == .semaUnknownKind })
    }

    @Test func everyShippedTestBlockPasses() throws {
        let instrument = try #require(try Shipped.load().instrument)
        let report = try InstrumentTestRunner.run(instrument)
        // As many results as `test "…"` blocks in the files.
        let files = try FileManager.default.contentsOfDirectory(atPath: RulesTestPaths.instrumentDirectory)
            .filter { $0.hasSuffix(".kompass") }
        var blocks = 0
        for file in files {
            let text = try String(contentsOfFile: RulesTestPaths.instrumentDirectory + "/" + file, encoding: .utf8)
            blocks += text.split(separator: "\n").filter {
                $0.drop { $0 == " " }.hasPrefix("test \"")
            }.count
        }
        #expect(report.results.count == blocks)
        #expect(blocks > 0)
        for result in report.results where !result.passed {
            let failures = result.failures.map {
                "\($0.target): expected \($0.expected.decimalString()), got \($0.actual.decimalString())"
            }
            Issue.record("test \"\(result.name)\" failed: \(failures.joined(separator: "; "))")
        }
        #expect(report.passed)
    }

    @Test func aleExampleChecksWithoutDiagnostics() throws {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let instrument = try #require(try workspace.loadInstrument(directory: RulesTestPaths.instrumentDirectory))
        let evidence = try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: instrument)
        #expect(evidence != nil)
        #expect(workspace.diagnostics.all.isEmpty, "\(workspace.renderedDiagnostics(colour: false))")
        #expect(evidence?.municipality == "Ale kommun")
        #expect(evidence?.year == 2020)
    }
}
