import Foundation

/// Loads instruments, evidence and plans from disk, keeping every source for quoting
/// in diagnostics and every diagnostic in the order found.
public struct Workspace: Sendable {
    /// The rule kinds instruments may use.
    public let registry: RuleKindRegistry
    /// Every source read so far.
    public private(set) var sources: [SourceText] = []
    /// Every diagnostic so far.
    public private(set) var diagnostics = DiagnosticBag()

    /// A workspace with these rule kinds.
    public init(registry: RuleKindRegistry) {
        self.registry = registry
    }

    /// Records a source and the diagnostics of reading it.
    public mutating func record(_ source: SourceText, _ bag: DiagnosticBag) {
        sources.append(source)
        diagnostics.append(contentsOf: bag)
    }

    /// Reads an instrument folder: its `*.kompass` files in byte order of their names.
    public mutating func loadInstrument(directory: String) throws(InputFileError) -> Instrument? {
        let loaded: (files: [(name: String, bytes: [UInt8])], sha256: String)
        do {
            loaded = try InstrumentManifest.load(directory: directory)
        } catch {
            throw InputFileError(path: directory, reason: .notFound(suggestion: nil))
        }
        var files: [SourceFileSyntax] = []
        for file in loaded.files {
            let path = directory.hasSuffix("/") ? directory + file.name : directory + "/" + file.name
            let source = SourceText(path: path, bytes: file.bytes)
            let (syntax, bag) = Parser.parse(source, kindWords: registry.clauseWords)
            record(source, bag)
            files.append(syntax)
        }
        let (instrument, bag) = InstrumentChecker.check(files, registry: registry, sha256: loaded.sha256)
        diagnostics.append(contentsOf: bag)
        return diagnostics.hasErrors ? nil : instrument
    }

    /// Reads and parses an evidence or plan file, in the language or as JSON. Syntax
    /// errors are recorded; the (recovered) tree is still returned for checking.
    public mutating func parseDocument(path: String) throws(InputFileError) -> (syntax: SourceFileSyntax, sha256: String)? {
        let bytes = try InputFile.contents(of: path)
        let sha256 = SHA256.hexDigest(bytes)
        let source = SourceText(path: path, bytes: bytes)
        if source.diagnostics.contains(where: { $0.id == .parseFileTooLarge }) {
            record(source, DiagnosticBag(source.diagnostics))
            return nil
        }
        if DocumentJSON.looksLikeJSON(bytes) {
            sources.append(source)
            guard source.diagnostics.isEmpty else {
                for diagnostic in source.diagnostics { diagnostics.report(diagnostic) }
                return nil
            }
            var bag = DiagnosticBag()
            let syntax = DocumentJSON.read(bytes, path: path, diagnostics: &bag)
            diagnostics.append(contentsOf: bag)
            return syntax.map { ($0, sha256) }
        }
        let (syntax, bag) = Parser.parse(source, kindWords: registry.clauseWords)
        record(source, bag)
        // The parser recovers, so the checks still run and report independent errors.
        return (syntax, sha256)
    }

    /// An evidence or plan file, checked.
    public enum Document: Sendable {
        case evidence(Evidence)
        case plan(Plan)
    }

    /// Reads an evidence or plan file (told apart by its first declaration) and checks it.
    public mutating func loadDocument(path: String, instrument: Instrument) throws(InputFileError) -> Document? {
        guard let (syntax, sha256) = try parseDocument(path: path) else { return nil }
        switch syntax.kind {
        case .evidence:
            let (evidence, bag) = EvidenceChecker.check(syntax, sha256: sha256, instrument: instrument)
            diagnostics.append(contentsOf: bag)
            return diagnostics.hasErrors ? nil : evidence.map { .evidence($0) }
        case .plan:
            let (plan, bag) = PlanChecker.check(syntax, sha256: sha256, instrument: instrument)
            diagnostics.append(contentsOf: bag)
            return diagnostics.hasErrors ? nil : plan.map { .plan($0) }
        case .instrument:
            diagnostics.report(
                .parseExpectedToken, "expected an evidence or plan file, found instrument declarations",
                at: SourceSpan(path: path, start: SourceLocation(line: 1, column: 1), length: 1),
                help: "pass the instrument's folder with '--rules DIR'")
            return nil
        }
    }

    /// Reads and checks an evidence file against an instrument.
    public mutating func loadEvidence(path: String, instrument: Instrument) throws(InputFileError) -> Evidence? {
        guard let (syntax, sha256) = try parseDocument(path: path) else { return nil }
        guard syntax.kind == .evidence else {
            diagnostics.report(
                .parseExpectedToken, "expected an evidence file, found \(syntax.kind == .instrument ? "an" : "a") \(syntax.kind.rawValue) file",
                at: SourceSpan(path: path, start: SourceLocation(line: 1, column: 1), length: 1),
                help: "evidence files start with 'evidence \"Municipality\" year …'")
            return nil
        }
        let (evidence, bag) = EvidenceChecker.check(syntax, sha256: sha256, instrument: instrument)
        diagnostics.append(contentsOf: bag)
        return diagnostics.hasErrors ? nil : evidence
    }

    /// Reads and checks a plan file against an instrument.
    public mutating func loadPlan(path: String, instrument: Instrument) throws(InputFileError) -> Plan? {
        guard let (syntax, sha256) = try parseDocument(path: path) else { return nil }
        guard syntax.kind == .plan else {
            diagnostics.report(
                .parseExpectedToken, "expected a plan file, found \(syntax.kind == .instrument ? "an" : "a") \(syntax.kind.rawValue) file",
                at: SourceSpan(path: path, start: SourceLocation(line: 1, column: 1), length: 1),
                help: "plan files start with 'plan \"Name\" for \"Municipality\"'")
            return nil
        }
        let (plan, bag) = PlanChecker.check(syntax, sha256: sha256, instrument: instrument)
        diagnostics.append(contentsOf: bag)
        return diagnostics.hasErrors ? nil : plan
    }

    /// Records a diagnostic found outside the loaders (such as a plan for another municipality).
    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.report(diagnostic)
    }

    /// The diagnostics rendered, sorted by place.
    public func renderedDiagnostics(colour: Bool) -> String {
        DiagnosticRenderer(sources: sources, colour: colour).render(all: diagnostics.sorted)
    }
}
