import Engine

/// An instrument's files as parsed, beside the checked instrument: what a diff compares
/// rule by rule (clauses as written) and edits to re-score one rule's change.
public struct InstrumentSyntax: Sendable {
    /// The parsed files, in byte order of their names.
    public var files: [SourceFileSyntax]
    /// The SHA-256 of the instrument's manifest.
    public var sha256: String

    /// Files as given.
    public init(files: [SourceFileSyntax], sha256: String) {
        self.files = files
        self.sha256 = sha256
    }

    /// Reads and parses the `*.kompass` files of an instrument's folder, as
    /// ``Workspace/loadInstrument(directory:)`` does (which reports their diagnostics).
    public static func load(directory: String, registry: RuleKindRegistry) throws -> InstrumentSyntax {
        let loaded = try InstrumentManifest.load(directory: directory)
        let files = loaded.files.map { file in
            let path = directory.hasSuffix("/") ? directory + file.name : directory + "/" + file.name
            return Parser.parse(SourceText(path: path, bytes: file.bytes), kindWords: registry.clauseWords).file
        }
        return InstrumentSyntax(files: files, sha256: loaded.sha256)
    }

    /// The declaration of every rule, by id.
    public var rules: [String: RuleDecl] {
        var rules: [String: RuleDecl] = [:]
        for file in files {
            for case .rule(let rule) in file.declarations where rules[rule.id.value] == nil { rules[rule.id.value] = rule }
        }
        return rules
    }

    /// Checks the files as an instrument; nil and the first error's message when they are not one.
    func check(registry: RuleKindRegistry) -> (instrument: Instrument?, error: String?) {
        let (instrument, diagnostics) = InstrumentChecker.check(files, registry: registry, sha256: sha256)
        return (instrument, diagnostics.all.first { $0.severity == .error }?.message)
    }
}
