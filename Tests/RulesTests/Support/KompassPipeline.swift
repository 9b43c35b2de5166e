import Engine
import Foundation
import Rules
import TestSupport

/// Where the shipped instrument, the examples and the test fixtures are, inside the
/// package (`PackageRoot`), so the tests need no resource bundle and run the same under
/// `swift test` and in CI.
enum RulesTestPaths {
    /// The shipped instrument's folder, `Rules/kommunkompassen-2019`.
    static let instrumentDirectory = PackageRoot.path("Rules/kommunkompassen-2019")
    /// The Ale kommun 2020 example evidence.
    static let aleEvidence = PackageRoot.path("Examples/ale-2020/evidence.kompass")
    /// `Tests/RulesTests/Fixtures`.
    static let fixtures = PackageRoot.path("Tests/RulesTests/Fixtures")
    /// The DESIGN.md examples: `instrument/` (two files), `evidence.kompass`, `plan.kompass`.
    static let design = fixtures + "/design"
    /// The instrument folder of the DESIGN.md examples.
    static let designInstrument = design + "/instrument"

    /// The bytes of a file.
    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The text of a file (UTF-8).
    static func text(_ path: String) throws -> String {
        String(decoding: try bytes(path), as: UTF8.self)
    }
}

/// One input file of a run: the path diagnostics name, and its bytes.
struct PipelineInput: Sendable {
    var path: String
    var bytes: [UInt8]

    init(_ path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    init(_ path: String, _ text: String) {
        self.init(path, bytes: Array(text.utf8))
    }
}

/// What a run of the checking pipeline produced.
struct CheckingResult {
    var instrument: Instrument?
    var evidence: Evidence?
    var plan: Plan?
    /// Every diagnostic, in the order found.
    var diagnostics: [Diagnostic]
    /// Every source read, for rendering, by the path diagnostics name.
    var sources: [String: SourceText]
    /// Set when scoring was asked for and exact arithmetic overflowed.
    var overflow: ArithmeticOverflow?
    /// Set when scoring was asked for and succeeded.
    var scored: ScoredEvidence?

    /// Each diagnostic on one line: `path:line:column: severity: message [id]`.
    var lines: [String] { diagnostics.map(\.oneLineForm) }

    /// The diagnostics rendered in full as the command line prints them (sorted by place).
    var rendered: String {
        var renderer = DiagnosticRenderer(sources: [])
        renderer.sources = sources
        var bag = DiagnosticBag()
        for diagnostic in diagnostics { bag.report(diagnostic) }
        return renderer.render(all: bag.sorted)
    }
}

/// What `kompass-score check` runs, in process: the files are written to a fresh
/// folder and loaded with `Workspace` and the built-in kinds (the instrument, then
/// evidence and plans against it); optionally the scoring lint and the plan's
/// municipality warning of `check`, and scoring. Paths in the results are relative to
/// the folder, as given in the inputs.
enum CheckingPipeline {
    static let registry = BuiltinKinds.registry

    static func run(
        instrument files: [PipelineInput], evidence: PipelineInput? = nil, plan: PipelineInput? = nil, score: Bool = false,
        lint: Bool = false, strict: Bool = false
    ) -> CheckingResult {
        let folder = FileManager.default.temporaryDirectory.path + "/kompass-pipeline-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let directory = (files.first?.path as NSString?)?.deletingLastPathComponent ?? "rules"
        precondition(files.allSatisfy { ($0.path as NSString).deletingLastPathComponent == directory })
        precondition(!directory.isEmpty, "instrument files go in a folder of their own")
        for file in files + [evidence, plan].compactMap({ $0 }) {
            let path = folder + "/" + file.path
            try! FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try! Data(file.bytes).write(to: URL(fileURLWithPath: path))
        }
        var workspace = Workspace(registry: registry)
        var result = CheckingResult(diagnostics: [], sources: [:])
        load(&workspace, &result, folder, directory, evidence, plan, score || strict, lint)
        // `score --strict` reports what scoring leaves open.
        if strict, let scored = result.scored {
            for diagnostic in StrictCheck.diagnostics(scored) { workspace.report(diagnostic) }
        }
        let prefix = folder + "/"
        func strip(_ span: SourceSpan?) -> SourceSpan? {
            guard var span, span.path.hasPrefix(prefix) else { return span }
            span.path.removeFirst(prefix.count)
            return span
        }
        result.diagnostics = workspace.diagnostics.all.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.span = strip(diagnostic.span)
            // Messages that name a file name it as given: here, inside the temporary folder.
            diagnostic.message = diagnostic.message.replacingOccurrences(of: prefix, with: "")
            diagnostic.help = diagnostic.help?.replacingOccurrences(of: prefix, with: "")
            diagnostic.notes = diagnostic.notes.map { Diagnostic.Note($0.message, at: strip($0.span)) }
            return diagnostic
        }
        for source in workspace.sources {
            result.sources[source.path.hasPrefix(prefix) ? String(source.path.dropFirst(prefix.count)) : source.path] = source
        }
        return result
    }

    private static func load(
        _ workspace: inout Workspace, _ result: inout CheckingResult, _ folder: String, _ directory: String,
        _ evidence: PipelineInput?, _ plan: PipelineInput?, _ score: Bool, _ lint: Bool
    ) {
        guard let instrument = try? workspace.loadInstrument(directory: folder + "/" + directory) else { return }
        result.instrument = instrument
        // `check` runs the scoring lint on a clean instrument (warnings only).
        if lint { for finding in ScoringLint.check(instrument) { workspace.report(finding) } }
        for document in [evidence, plan].compactMap({ $0 }) {
            switch try? workspace.loadDocument(path: folder + "/" + document.path, instrument: instrument) {
            case .evidence(let loaded)?: result.evidence = loaded
            case .plan(let loaded)?: result.plan = loaded
            case nil: break
            }
        }
        if let checkedPlan = result.plan, let checkedEvidence = result.evidence,
            let warning = PlanChecker.checkMunicipality(checkedPlan, against: checkedEvidence)
        {
            workspace.report(warning)
        }
        if score, let checkedEvidence = result.evidence {
            do {
                result.scored = try ScoredEvidence(instrument: instrument, evidence: checkedEvidence)
            } catch {
                result.overflow = error
            }
        }
    }

    /// The DESIGN.md example instrument, from the fixture folder.
    static func designInstrumentFiles() throws -> [PipelineInput] {
        try ["a-declarations.kompass", "b-excerpt.kompass"].map {
            PipelineInput("design/" + $0, bytes: try RulesTestPaths.bytes(RulesTestPaths.designInstrument + "/" + $0))
        }
    }
}

extension Diagnostic {
    /// `path:line:column: severity: message [id]`, the first line of the rendering.
    var oneLineForm: String {
        let place = span.map { "\($0.path):\($0.start.line):\($0.start.column): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(id.rawValue)]"
    }
}

/// Source text with inline markers: `1️⃣` marks where a diagnostic is expected, and
/// `⟪FF⟫` stands for the single byte 0xFF (invalid UTF-8). Columns are counted in the
/// text as written, so a `⟪FF⟫` may follow the marker but not precede it on its line.
struct MarkedText {
    /// The bytes with markers removed and byte placeholders replaced.
    let bytes: [UInt8]
    /// The marker's line and column (characters, 1-based), if the text has one.
    let marker: SourceLocation?

    static let markerCharacter: Character = "1️⃣"

    init(_ text: String) {
        // Byte searches (Foundation's), so a multi-megabyte case stays fast.
        var data = Data(text.utf8)
        let markerBytes = Data(String(Self.markerCharacter).utf8)
        var marker: SourceLocation?
        if let range = data.range(of: markerBytes) {
            var line = 1
            var column = 1
            for character in String(decoding: data[..<range.lowerBound], as: UTF8.self) {
                if character.isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            marker = SourceLocation(line: line, column: column)
            data.removeSubrange(range)
            precondition(data.range(of: markerBytes) == nil, "one marker per text")
        }
        let placeholder = Data("⟪FF⟫".utf8)
        while let range = data.range(of: placeholder) {
            data.replaceSubrange(range, with: [0xFF])
        }
        self.bytes = Array(data)
        self.marker = marker
    }
}

/// An exact decimal written as in the language, for expectations.
func exactDecimal(_ text: String) -> Rational {
    guard let value = Rational(decimalText: text) else { preconditionFailure("not a decimal: \(text)") }
    return value
}
