import Engine

/// An evidence or plan document checked against its instrument, as `check` checks it.
final class DocumentCheck {
    /// The document parsed.
    let parsed: ParsedDocument
    /// The instrument folder it was checked against, if one was found.
    let folder: String?
    /// The generation of that folder's project when checked.
    let generation: Int
    /// The evidence, when the document is evidence without errors.
    let evidence: Evidence?
    /// The plan, when the document is a plan without errors.
    let plan: Plan?
    /// Its diagnostics: parsing and the meaning checks.
    let diagnostics: [Diagnostic]
    /// Why the meaning checks could not run (no instrument, or one with errors).
    let notChecked: String?
    /// The evidence scored, once asked for.
    private var scoredEvidence: ScoredEvidence??

    init(parsed: ParsedDocument, project: InstrumentProject?, generation: Int) {
        self.parsed = parsed
        folder = project?.folder
        self.generation = generation
        var diagnostics = parsed.diagnostics
        var evidence: Evidence?
        var plan: Plan?
        var notChecked: String?
        if let syntax = parsed.syntax, parsed.kind != .instrument {
            if let instrument = project?.instrument {
                switch syntax.kind {
                case .evidence:
                    let (checked, bag) = EvidenceChecker.check(syntax, sha256: "", instrument: instrument)
                    diagnostics += bag.all
                    evidence = checked
                case .plan:
                    let (checked, bag) = PlanChecker.check(syntax, sha256: "", instrument: instrument)
                    diagnostics += bag.all
                    plan = checked
                case .instrument:
                    break
                }
            } else if let project {
                notChecked = "the instrument in '\(project.folder)' has errors: this file is checked against it once they are fixed"
            } else {
                notChecked = "no instrument folder found: open the workspace that holds 'Rules/kommunkompassen-2019', or give one with the initialization option 'rules'"
            }
        }
        let clean = !diagnostics.contains { $0.severity == .error }
        self.evidence = clean ? evidence : nil
        self.plan = clean ? plan : nil
        self.diagnostics = diagnostics
        self.notChecked = notChecked
    }

    /// The evidence scored by the instrument, computed once.
    func scored(_ instrument: Instrument) -> ScoredEvidence? {
        if let known = scoredEvidence { return known }
        let result = evidence.flatMap { try? ScoredEvidence(instrument: instrument, evidence: $0) }
        scoredEvidence = .some(result)
        return result
    }
}
