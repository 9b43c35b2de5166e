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

    /// Reads an instrument folder: its `*.kompass` files in byte order of their names. A
    /// path that is not an instrument's folder, and each file that is not an instrument's,
    /// gets one error that says what it is.
    public mutating func loadInstrument(directory: String) throws(InputFileError) -> Instrument? {
        let loaded: (files: [(name: String, bytes: [UInt8])], sha256: String)
        do {
            loaded = try InstrumentManifest.load(directory: directory)
        } catch {
            throw Self.folderError(directory, error)
        }
        return checkInstrument(files: loaded.files, sha256: loaded.sha256, directory: directory)
    }

    /// Checks an instrument's files already read (names in byte order, as
    /// ``InstrumentManifest/load(directory:)`` gives them): each file is decoded,
    /// recognised and parsed on every core, then recorded and checked in the files'
    /// order, so sources and diagnostics are the same, byte for byte, as one by one.
    public mutating func checkInstrument(
        files loadedFiles: [(name: String, bytes: [UInt8])], sha256: String, directory: String
    ) -> Instrument? {
        let kindWords = registry.clauseWords
        let read = OrderedParallelMap.map(count: loadedFiles.count) { index in
            let file = loadedFiles[index]
            let path = directory.hasSuffix("/") ? directory + file.name : directory + "/" + file.name
            return ParsedFile(SourceText(path: path, bytes: file.bytes), kindWords: kindWords)
        }
        var files: [SourceFileSyntax] = []
        files.reserveCapacity(read.count)
        var strangers: [(source: SourceText, kind: FileRecognition.Kind)] = []
        var unreadable = false
        for file in read {
            let source = file.source
            let errorsBefore = diagnostics.errorCount
            guard let kind = recognised(source, file.recognition, blankIsError: false) else {
                unreadable = unreadable || diagnostics.errorCount > errorsBefore
                continue
            }
            guard kind == .instrument, let (syntax, bag) = file.parsed else {
                strangers.append((source, kind))
                continue
            }
            record(source, bag)
            files.append(syntax)
        }
        if files.isEmpty, let first = strangers.first {
            // Evidence or plans only: the wrong folder, not a broken instrument.
            var diagnostic = FileRecognition.wrongKind(first.source, is: first.kind, expected: .instrument)
            diagnostic.message = "'\(directory)' holds evidence or plan files, not an instrument"
            diagnostic.help = InstrumentFolder.defaultFolder().map { "did you mean '--rules \($0)'?" } ?? diagnostic.help
            record(first.source, DiagnosticBag([diagnostic]))
            return nil
        }
        for stranger in strangers {
            var diagnostic = FileRecognition.wrongKind(stranger.source, is: stranger.kind, expected: .instrument)
            diagnostic.help = "move it out of the instrument's folder '\(directory)'"
            record(stranger.source, DiagnosticBag([diagnostic]))
        }
        // A file that could not be read as the language leaves the instrument incomplete:
        // checking the rest would only report what that file declares as missing.
        if unreadable || !strangers.isEmpty { return nil }
        let (instrument, bag) = InstrumentChecker.check(files, registry: registry, sha256: sha256)
        diagnostics.append(contentsOf: bag)
        return diagnostics.hasErrors ? nil : instrument
    }

    /// The error for a path that is not an instrument's folder: missing, a file, or a
    /// folder without `.kompass` files; each with the folder probably meant.
    static func folderError(_ directory: String, _ error: any Error) -> InputFileError {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            return InputFileError(path: directory, reason: .notFound(suggestion: nil))
        }
        guard isDirectory.boolValue else {
            return InputFileError(path: directory, reason: .notAFolder(suggestion: InstrumentFolder.suggestion(for: directory)))
        }
        if case InstrumentManifest.LoadError.noInstrumentFiles = error {
            return InputFileError(
                path: directory, reason: .noKompassFiles(suggestion: InstrumentFolder.suggestion(for: directory)))
        }
        return InputFileError(path: directory, reason: .unreadable(String(describing: error)))
    }

    /// The kind of a file of the language, or nil after recording the one file-level error
    /// that says why it cannot be read as one: too large, not UTF-8, empty, not the language.
    /// A blank instrument file adds nothing and is no error.
    mutating func recognise(_ source: SourceText, blankIsError: Bool) -> FileRecognition.Kind? {
        recognised(source, source.diagnostics.isEmpty ? FileRecognition.recognise(source) : nil, blankIsError: blankIsError)
    }

    /// ``recognise(_:blankIsError:)`` with the recognition already made (nil when the
    /// source has decoding diagnostics, which are then recorded).
    mutating func recognised(
        _ source: SourceText, _ recognition: FileRecognition.Outcome?, blankIsError: Bool
    ) -> FileRecognition.Kind? {
        guard source.diagnostics.isEmpty, let recognition else {
            record(source, DiagnosticBag(source.diagnostics))
            return nil
        }
        switch recognition {
        case .file(let kind, _):
            return kind
        case .problem(let diagnostic):
            record(source, DiagnosticBag(diagnostic.id == .fileEmpty && !blankIsError ? [] : [diagnostic]))
            return nil
        }
    }

    /// Reads and parses an evidence or plan file, in the language or as JSON. A file that is
    /// not one (not UTF-8, empty, not the language, an instrument's) gets one error and is
    /// not parsed; syntax errors are recorded and the (recovered) tree is still returned.
    /// `expecting` names the one kind wanted; nil takes evidence or a plan.
    public mutating func parseDocument(
        path: String, expecting: FileRecognition.Kind? = nil
    ) throws(InputFileError) -> (syntax: SourceFileSyntax, sha256: String)? {
        let bytes = try InputFile.contents(of: path)
        let sha256 = SHA256.hexDigest(bytes)
        let source = SourceText(path: path, bytes: bytes)
        if source.diagnostics.isEmpty, DocumentJSON.looksLikeJSON(bytes) {
            sources.append(source)
            var bag = DiagnosticBag()
            let syntax = DocumentJSON.read(bytes, path: path, diagnostics: &bag)
            diagnostics.append(contentsOf: bag)
            return syntax.map { ($0, sha256) }
        }
        guard let kind = recognise(source, blankIsError: true) else { return nil }
        guard kind != .instrument, expecting == nil || kind == expecting else {
            let diagnostic = FileRecognition.wrongKind(
                source, is: kind, expected: expecting ?? .evidence, orPlan: expecting == nil)
            record(source, DiagnosticBag([diagnostic]))
            return nil
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
            return nil
        }
    }

    /// Reads and checks an evidence file against an instrument.
    public mutating func loadEvidence(path: String, instrument: Instrument) throws(InputFileError) -> Evidence? {
        guard let (syntax, sha256) = try parseDocument(path: path, expecting: .evidence) else { return nil }
        guard syntax.kind == .evidence else {
            report(FileRecognition.wrongKind(source(path), is: .plan, expected: .evidence))
            return nil
        }
        let (evidence, bag) = EvidenceChecker.check(syntax, sha256: sha256, instrument: instrument)
        diagnostics.append(contentsOf: bag)
        return diagnostics.hasErrors ? nil : evidence
    }

    /// Reads and checks a plan file against an instrument.
    public mutating func loadPlan(path: String, instrument: Instrument) throws(InputFileError) -> Plan? {
        guard let (syntax, sha256) = try parseDocument(path: path, expecting: .plan) else { return nil }
        guard syntax.kind == .plan else {
            report(FileRecognition.wrongKind(source(path), is: .evidence, expected: .plan))
            return nil
        }
        let (plan, bag) = PlanChecker.check(syntax, sha256: sha256, instrument: instrument)
        diagnostics.append(contentsOf: bag)
        return diagnostics.hasErrors ? nil : plan
    }

    /// The source read from `path` (the last one, should a path be read twice).
    func source(_ path: String) -> SourceText {
        sources.last { $0.path == path } ?? SourceText(path: path, text: "")
    }

    /// Records a diagnostic found outside the loaders (such as a plan for another municipality).
    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.report(diagnostic)
    }

    /// The diagnostics rendered, sorted by place.
    public func renderedDiagnostics(colour: Bool, maxPerFile: Int? = nil) -> String {
        DiagnosticRenderer(sources: sources, colour: colour).render(all: diagnostics.sorted, maxPerFile: maxPerFile)
    }
}
