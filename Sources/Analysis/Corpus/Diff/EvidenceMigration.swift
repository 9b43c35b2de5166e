import Engine

/// Evidence written for one version, read by another: its header names the new version,
/// renamed facts and rules take their new names, and whatever the new version still
/// cannot read is left out, each with a ``MigrationNote``.
public enum EvidenceMigration {
    /// The evidence's syntax rewritten for `new`: header, finding facts and judgement
    /// targets renamed (`facts`, `rules`: old name to new). Nothing is checked yet.
    public static func rewrite(
        _ syntax: SourceFileSyntax, for new: Instrument, facts: [String: String], rules: [String: String]
    ) -> SourceFileSyntax {
        var file = syntax
        file.declarations = syntax.declarations.map { declaration in
            switch declaration {
            case .evidence(var header):
                header.instrument.value = new.name
                header.version.value = new.version
                return .evidence(header)
            case .finding(var finding):
                finding.fact.value = facts[finding.fact.value] ?? finding.fact.value
                return .finding(finding)
            case .verdict(var verdict) where !verdict.isOverride:
                verdict.target.value = rules[verdict.target.value] ?? verdict.target.value
                return .verdict(verdict)
            default:
                return declaration
            }
        }
        return file
    }

    /// Checks rewritten evidence against `instrument`, leaving out each finding, judgement
    /// or override with an error until none is left. `original` names things as the file
    /// wrote them. Nil evidence when the header itself cannot be read.
    public static func read(
        _ syntax: SourceFileSyntax, original: SourceFileSyntax, sha256: String, instrument: Instrument
    ) -> (evidence: Evidence?, notes: [MigrationNote]) {
        var file = syntax
        var kept = Array(original.declarations.indices)
        var notes: [MigrationNote] = []
        while true {
            let (evidence, diagnostics) = EvidenceChecker.check(file, sha256: sha256, instrument: instrument)
            let errors = diagnostics.all.filter { $0.severity == .error }
            guard !errors.isEmpty else { return (evidence, notes) }
            var reasons: [Int: String] = [:]
            for error in errors {
                guard let index = declaration(at: error.span, in: file) else { continue }
                if reasons[index] == nil { reasons[index] = error.message }
            }
            let header = file.declarations.firstIndex { if case .evidence = $0 { true } else { false } }
            guard !reasons.isEmpty, reasons[header ?? -1] == nil else {
                let reason = errors.first?.message ?? "it cannot be read"
                return (nil, notes + [MigrationNote(span: errors.first?.span, subject: .wholeFile, reason: reason)])
            }
            for index in reasons.keys.sorted(by: >) {
                let written = original.declarations[kept[index]]
                notes.append(MigrationNote(span: start(of: written), subject: describe(written), reason: reasons[index] ?? ""))
                file.declarations.remove(at: index)
                kept.remove(at: index)
            }
            notes.sort { ($0.span?.start.line ?? 0, $0.span?.start.column ?? 0) < ($1.span?.start.line ?? 0, $1.span?.start.column ?? 0) }
        }
    }

    /// The declaration a diagnostic lies in: the last one starting at or before it.
    static func declaration(at span: SourceSpan?, in file: SourceFileSyntax) -> Int? {
        guard let span else { return nil }
        var found: Int?
        for (index, declaration) in file.declarations.enumerated() {
            guard let start = start(of: declaration), start.path == span.path, start.start <= span.start else { continue }
            found = index
        }
        return found
    }

    /// Where a declaration of an evidence file starts.
    static func start(of declaration: Declaration) -> SourceSpan? {
        switch declaration {
        case .evidence(let header): header.span
        case .finding(let finding): finding.fact.span
        case .verdict(let verdict): verdict.span
        default: nil
        }
    }

    /// A finding, a judgement, an override, as written.
    static func describe(_ declaration: Declaration) -> MigrationNote.Subject {
        switch declaration {
        case .finding(let finding): .finding(fact: finding.fact.value)
        case .verdict(let verdict):
            verdict.isOverride ? .override(target: verdict.target.value) : .judgement(target: verdict.target.value)
        case .evidence: .header
        default: .declaration
        }
    }
}

extension Workspace {
    /// The syntax of an evidence file, read again without recording anything (the file
    /// was loaded and checked before).
    public func evidenceSyntax(path: String) throws -> SourceFileSyntax? {
        var scratch = self
        return try scratch.parseDocument(path: path, expecting: .evidence)?.syntax
    }
}
