import Engine

/// A generated instrument and its evidence, parsed and checked.
public struct LoadedCase: Sendable {
    /// The checked instrument.
    public let instrument: Instrument
    /// The checked evidence.
    public let evidence: Evidence
}

/// A generated case that does not load: a bug in the generator. The description holds
/// the first diagnostics, rendered against the generated text.
public struct GeneratedCaseError: Error, CustomStringConvertible, Sendable {
    /// What failed and the rendered diagnostics.
    public let description: String
}

extension GeneratedCase {
    /// Parses and checks the instrument and the evidence with the rule kinds of
    /// `registry`, in memory (the files keep their generated names for diagnostics).
    public func load(registry: RuleKindRegistry) throws(GeneratedCaseError) -> LoadedCase {
        let words = registry.clauseWords
        var bag = DiagnosticBag()
        var parsed: [SourceFileSyntax] = []
        for file in files {
            let (syntax, diagnostics) = Parser.parse(SourceText(path: file.path, text: file.text), kindWords: words)
            bag.append(contentsOf: diagnostics)
            parsed.append(syntax)
        }
        if bag.hasErrors { throw Self.failure("the generated instrument does not parse", bag, files) }
        let (built, checkBag) = InstrumentChecker.check(parsed, registry: registry, sha256: "generated")
        guard let instrument = built, !checkBag.hasErrors else {
            throw Self.failure("the generated instrument does not check", checkBag, files)
        }
        let source = SourceText(path: "evidence.kompass", text: evidence)
        let (syntax, parseBag) = Parser.parse(source, kindWords: words)
        let (loaded, evidenceBag) = EvidenceChecker.check(syntax, sha256: "generated", instrument: instrument)
        var evidenceDiagnostics = parseBag
        evidenceDiagnostics.append(contentsOf: evidenceBag)
        guard let checked = loaded, !evidenceDiagnostics.hasErrors else {
            throw Self.failure("the generated evidence does not load", evidenceDiagnostics, [("evidence.kompass", evidence)])
        }
        return LoadedCase(instrument: instrument, evidence: checked)
    }

    static func failure(_ what: String, _ bag: DiagnosticBag, _ files: [(path: String, text: String)]) -> GeneratedCaseError {
        let sources = files.map { SourceText(path: $0.path, text: $0.text) }
        return GeneratedCaseError(description: what + ":\n" + DiagnosticRenderer(sources: sources).render(all: Array(bag.sorted.prefix(20))))
    }
}
