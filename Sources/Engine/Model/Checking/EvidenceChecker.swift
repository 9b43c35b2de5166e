import Support

/// Checks an evidence file against an instrument and builds the ``Evidence``.
public enum EvidenceChecker {
    /// The source kinds a finding may cite.
    /// `report` is a statement taken from an evaluation report itself: its strengths, its
    /// improvement lists or the evaluators' assessment.
    public static let sourceKinds = ["document", "interview", "report", "social", "survey", "web"]

    /// Checks a parsed evidence file.
    public static func check(
        _ file: SourceFileSyntax, sha256: String, instrument: Instrument
    ) -> (evidence: Evidence?, diagnostics: DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        let catalog = instrument.catalog
        let resolver = ValueResolver(catalog: catalog)
        var header: EvidenceHeaderDecl?
        var evidence = Evidence(
            path: file.path, sha256: sha256, municipality: "", year: 0, instrumentName: "", instrumentVersion: "",
            evaluators: [], findings: [], judgements: [], overrides: [])
        // Per fact: the position in `file.declarations` of its first finding, or -1 (an
        // array, not a table: a document's facts are a dense range of small integers).
        var recorded = [Int](repeating: -1, count: instrument.facts.count)
        var judged: [Int: SourceSpan] = [:]
        var overridden: [Int: SourceSpan] = [:]
        // Collected here and stored once: `Evidence.findings` indexes itself on every change.
        var findings: [Finding] = []
        findings.reserveCapacity(file.declarations.count)

        func evaluator(_ by: Located<String>?) -> String? {
            guard let by else { return nil }
            if !evidence.evaluators.contains(by.value) {
                diagnostics.report(
                    .semaUnknownEvaluator, "evaluator '\(by.value)' is not named in the header", at: by.span,
                    help: EditDistance.closestMatch(to: by.value, among: evidence.evaluators).map { "did you mean '\($0)'?" }
                        ?? "add 'evaluator \"\(by.value)\"' after the evidence header")
            }
            return by.value
        }

        for position in file.declarations.indices {
            switch file.declarations[position] {
            case .evidence(let decl):
                if header != nil {
                    diagnostics.report(.semaDuplicateID, "a second evidence header", at: decl.span)
                    continue
                }
                header = decl
                evidence.municipality = decl.municipality.value
                evidence.year = Int(decl.year.value) ?? 0
                evidence.instrumentName = decl.instrument.value
                evidence.instrumentVersion = decl.version.value
                if decl.instrument.value != instrument.name {
                    diagnostics.report(
                        .semaInstrumentMismatch,
                        "evidence is for instrument '\(decl.instrument.value)', not '\(instrument.name)'",
                        at: decl.instrument.span, help: "score it with the rules of '\(decl.instrument.value)' (--rules)")
                } else if decl.version.value != instrument.version {
                    diagnostics.report(
                        .semaInstrumentMismatch,
                        "evidence is for version '\(decl.version.value)' of '\(instrument.name)', the rules are version '\(instrument.version)'",
                        at: decl.version.span, help: "score it with the rules of version '\(decl.version.value)' (--rules)")
                }
                // The findings name another instrument's facts: checking them against this
                // one would only bury the mismatch under errors nobody can act on.
                if diagnostics.hasErrors { return (nil, diagnostics) }
                for name in decl.evaluators {
                    if evidence.evaluators.contains(name.value) {
                        diagnostics.report(.semaDuplicateID, "evaluator '\(name.value)' is named twice", at: name.span)
                    } else {
                        evidence.evaluators.append(name.value)
                    }
                }
            case .finding(let decl):
                guard let fact = catalog.fact(decl.fact, inEvidence: true, diagnostics: &diagnostics) else { continue }
                if recorded[fact] >= 0 {
                    diagnostics.report(
                        .semaDuplicateFinding, "fact '\(decl.fact.value)' is recorded twice", at: decl.fact.span,
                        notes: Self.span(of: file.declarations[recorded[fact]]).map { [Diagnostic.Note("first recorded here", at: $0)] } ?? [],
                        help: "keep one finding per fact; merge the sources into it")
                    continue
                }
                recorded[fact] = position
                guard let value = resolver.resolve(decl.value, for: fact, diagnostics: &diagnostics) else { continue }
                var confidence: Rational?
                if let text = decl.confidence, let c = Rational(decimalText: text.value) {
                    if c < .zero || c > .one {
                        diagnostics.report(
                            .semaOutOfRange, "confidence \(text.value) is outside [0, 1]", at: text.span,
                            help: "a confidence is a share, such as 0.9")
                    }
                    confidence = c
                }
                for source in decl.sources where !sourceKinds.contains(source.kind.value) {
                    let suggestion = EditDistance.closestMatch(to: source.kind.value, among: sourceKinds)
                    diagnostics.report(
                        .semaBadArgument, "unknown source kind '\(source.kind.value)'", at: source.kind.span,
                        help: suggestion.map { "did you mean '\($0)'?" } ?? "sources are \(sourceKinds.joined(separator: ", "))")
                }
                if decl.sources.isEmpty {
                    diagnostics.report(
                        .semaMissingSource, "finding '\(decl.fact.value)' has no source", at: decl.fact.span,
                        help: "add 'source interview \"…\"' (or document, web, social, survey, report)")
                }
                findings.append(
                    Finding(
                        fact: fact, value: value,
                        sources: evidenceSources(decl.sources),
                        note: decl.note?.value, confidence: confidence, by: evaluator(decl.by), span: decl.fact.span))
            case .verdict(let decl):
                guard let value = Rational(decimalText: decl.value.value) else { continue }
                if decl.reason == nil || decl.reason?.value.trimmingCharacters(in: .whitespaces) == "" {
                    diagnostics.report(
                        .semaMissingReason, "\(decl.isOverride ? "override" : "judgement") of '\(decl.target.value)' has no reason",
                        at: decl.span, help: "add 'because \"…\"' saying why")
                }
                let by = evaluator(decl.by)
                let reason = decl.reason?.value ?? ""
                if decl.isOverride {
                    guard let index = overrideTarget(decl, value: value, instrument: instrument, diagnostics: &diagnostics)
                    else { continue }
                    if let first = overridden[index] {
                        diagnostics.report(
                            .semaDuplicateFinding, "subarea '\(decl.target.value)' is overridden twice", at: decl.target.span,
                            notes: [Diagnostic.Note("first override here", at: first)])
                        continue
                    }
                    overridden[index] = decl.target.span
                    evidence.overrides.append(Verdict(target: index, value: value, reason: reason, by: by, span: decl.span))
                } else {
                    guard let index = VerdictChecker.judgementRule(
                        decl.target, value: value, instrument: instrument, brokenRules: [], diagnostics: &diagnostics)
                    else { continue }
                    if let first = judged[index] {
                        diagnostics.report(
                            .semaDuplicateFinding, "rule '\(decl.target.value)' is judged twice", at: decl.target.span,
                            notes: [Diagnostic.Note("first judgement here", at: first)])
                        continue
                    }
                    judged[index] = decl.target.span
                    evidence.judgements.append(Verdict(target: index, value: value, reason: reason, by: by, span: decl.span))
                }
            default:
                diagnostics.report(
                    .parseExpectedToken, "only findings, judgements and overrides belong in an evidence file",
                    at: span(of: file.declarations[position]))
            }
        }
        evidence.findings = findings
        evidence.bindingRecord = EvidenceBindingRecord(findings: findings)
        if header == nil {
            diagnostics.report(
                .parseExpectedToken, "an evidence file starts with 'evidence \"Municipality\" year …'",
                at: SourceSpan(path: file.path, start: SourceLocation(line: 1, column: 1), length: 1))
        }
        return (diagnostics.hasErrors ? nil : evidence, diagnostics)
    }

    /// A finding's sources as the checked model keeps them, in one allocation.
    static func evidenceSources(_ sources: [SourceDecl]) -> [EvidenceSource] {
        var result: [EvidenceSource] = []
        result.reserveCapacity(sources.count)
        for source in sources {
            result.append(EvidenceSource(kind: source.kind.value, text: source.text.value, section: source.section?.value))
        }
        return result
    }

    static func overrideTarget(
        _ decl: VerdictDecl, value: Rational, instrument: Instrument, diagnostics: inout DiagnosticBag
    ) -> Int? {
        guard case .subarea(let index)? = instrument.ids[decl.target.value] else {
            let suggestion = EditDistance.closestMatch(to: decl.target.value, among: instrument.subareas.map(\.id))
            diagnostics.report(
                .semaUnknownID, "unknown subarea '\(decl.target.value)'", at: decl.target.span,
                help: suggestion.map { "did you mean '\($0)'?" } ?? "'override' names a subarea")
            return nil
        }
        let max = instrument.subareas[index].max
        guard value >= .zero, value <= max else {
            diagnostics.report(
                .semaOutOfRange, "override \(value.decimalString()) is outside 0 to \(max.decimalString())",
                at: decl.value.span)
            return nil
        }
        return index
    }

    static func span(of declaration: Declaration) -> SourceSpan? {
        switch declaration {
        case .instrument(let d): return d.span
        case .ladder(let d): return d.name.span
        case .fact(let d): return d.path.span
        case .section(let d): return d.id.span
        case .rule(let d): return d.span
        case .test(let d): return d.name.span
        case .reference(let d): return d.name.span
        case .labels(let d): return d.name.span
        case .evidence(let d): return d.span
        case .finding(let d): return d.fact.span
        case .verdict(let d): return d.span
        case .plan(let d): return d.span
        case .action(let d): return d.id.span
        case .unfinished(let d): return d.id.span
        }
    }
}
