import Engine
import Rules
import Testing

/// A failure to build a fixture, with the rendered diagnostics.
struct FixtureError: Error, CustomStringConvertible {
    var description: String
}

/// Builds instruments and evidence from source strings in memory, the way the tool does
/// from files: parse with the registry's clause words, check, score.
enum Fixture {
    /// Parses and checks instrument files (path, text), in the given order.
    static func check(
        _ files: [(path: String, text: String)], registry: RuleKindRegistry = BuiltinKinds.registry
    ) -> (instrument: Instrument?, diagnostics: DiagnosticBag, sources: [SourceText]) {
        var bag = DiagnosticBag()
        var syntax: [SourceFileSyntax] = []
        var sources: [SourceText] = []
        for file in files {
            let source = SourceText(path: file.path, text: file.text)
            let (parsed, diagnostics) = Parser.parse(source, kindWords: registry.clauseWords)
            bag.append(contentsOf: diagnostics)
            syntax.append(parsed)
            sources.append(source)
        }
        let (instrument, checked) = InstrumentChecker.check(syntax, registry: registry, sha256: "test")
        bag.append(contentsOf: checked)
        return (instrument, bag, sources)
    }

    /// An instrument from one or more files; throws with rendered diagnostics on any error.
    static func instrument(
        _ texts: String..., registry: RuleKindRegistry = BuiltinKinds.registry
    ) throws -> Instrument {
        let files = texts.enumerated().map { (path: "i\($0.offset).kompass", text: $0.element) }
        let (instrument, bag, sources) = check(files, registry: registry)
        guard let instrument, !bag.hasErrors else {
            throw FixtureError(description: DiagnosticRenderer(sources: sources).render(all: bag.all))
        }
        return instrument
    }

    /// Checks an evidence text against an instrument.
    static func checkEvidence(
        _ text: String, for instrument: Instrument, path: String = "evidence.kompass"
    ) -> (evidence: Evidence?, diagnostics: DiagnosticBag, source: SourceText) {
        let source = SourceText(path: path, text: text)
        let (syntax, parsed) = Parser.parse(source, kindWords: BuiltinKinds.registry.clauseWords)
        var bag = parsed
        guard !parsed.hasErrors else { return (nil, bag, source) }
        let (evidence, checked) = EvidenceChecker.check(syntax, sha256: "evidence-sha", instrument: instrument)
        bag.append(contentsOf: checked)
        return (evidence, bag, source)
    }

    /// Evidence for an instrument; `body` holds findings, judgements and overrides.
    /// Throws with rendered diagnostics on any error.
    static func evidence(_ body: String, for instrument: Instrument) throws -> Evidence {
        let text = header(for: instrument) + body
        let (evidence, bag, source) = checkEvidence(text, for: instrument)
        guard let evidence, !bag.hasErrors else {
            throw FixtureError(description: DiagnosticRenderer(sources: [source]).render(all: bag.all))
        }
        return evidence
    }

    /// The evidence header naming the instrument and two evaluators, E1 and E2 (without
    /// `by`, both recorded a finding jointly).
    static func header(for instrument: Instrument) -> String {
        "evidence \"Testby\" year 2021 instrument \"\(instrument.name)\" version \"\(instrument.version)\"\n"
            + "  evaluator \"E1\"\n  evaluator \"E2\"\n"
    }

    /// Scores evidence (findings, judgements, overrides) against instrument text.
    static func scored(_ instrumentText: String, _ evidenceBody: String) throws -> ScoredEvidence {
        let instrument = try instrument(instrumentText)
        return try ScoredEvidence(instrument: instrument, evidence: evidence(evidenceBody, for: instrument))
    }

    /// Scores evidence against an instrument.
    static func scored(_ instrument: Instrument, _ evidenceBody: String) throws -> ScoredEvidence {
        try ScoredEvidence(instrument: instrument, evidence: evidence(evidenceBody, for: instrument))
    }
}

/// An exact rational from decimal text, for expectations: `q("14.5")`.
func q(_ text: String) -> Rational {
    guard let value = Rational(decimalText: text) else { fatalError("bad decimal in a test: \(text)") }
    return value
}

/// An exact fraction, for expectations: `q(22, 3)`.
func q(_ numerator: Int64, _ denominator: Int64) -> Rational {
    guard let value = Rational(numerator: numerator, denominator: denominator) else { fatalError("zero denominator") }
    return value
}

extension ScoredEvidence {
    /// The score of the rule with this id.
    func ruleScore(_ id: String) -> RuleScore {
        guard case .rule(let index)? = instrument.ids[id] else { fatalError("no rule \(id)") }
        return score.rules[index]
    }

    /// The score of the subarea with this id.
    func subareaScore(_ id: String) -> SubareaScore {
        guard case .subarea(let index)? = instrument.ids[id] else { fatalError("no subarea \(id)") }
        return score.subareas[index]
    }

    /// The score of the area with this id.
    func areaScore(_ id: String) -> AreaScore {
        guard case .area(let index)? = instrument.ids[id] else { fatalError("no area \(id)") }
        return score.areas[index]
    }

    /// The index of a subarea id.
    func subareaIndex(_ id: String) -> Int {
        guard case .subarea(let index)? = instrument.ids[id] else { fatalError("no subarea \(id)") }
        return index
    }

    /// The paths of the unassessed facts.
    var unassessedPaths: [String] { score.unassessed.map { instrument.facts[$0].path } }
}


/// An exact integer, for expectations: `q(26)`.
func q(_ integer: Int64) -> Rational { Rational(integer) }

/// An exact value from "a/b" or decimal text, for tables of expectations.
func rat(_ text: String) -> Rational {
    let parts = text.split(separator: "/")
    if parts.count == 2, let n = Int64(parts[0]), let d = Int64(parts[1]) { return q(n, d) }
    return q(text)
}

/// A bounds value from two decimals (or fractions).
func qb(_ min: String, _ max: String) -> Bounds { Bounds(min: rat(min), max: rat(max)) }

/// The shipped instrument and the Ale example, loaded from disk as the tool does.
enum Shipped {
    /// The shipped instrument with every diagnostic of loading it.
    static func load() throws -> (instrument: Instrument?, workspace: Workspace) {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let instrument = try workspace.loadInstrument(directory: RulesTestPaths.instrumentDirectory)
        return (instrument, workspace)
    }

    /// The Ale 2020 example scored against the shipped instrument.
    static func ale() throws -> ScoredEvidence {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        guard let instrument = try workspace.loadInstrument(directory: RulesTestPaths.instrumentDirectory),
            let evidence = try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: instrument),
            !workspace.diagnostics.hasErrors
        else { throw FixtureError(description: workspace.renderedDiagnostics(colour: false)) }
        return try ScoredEvidence(instrument: instrument, evidence: evidence)
    }
}
