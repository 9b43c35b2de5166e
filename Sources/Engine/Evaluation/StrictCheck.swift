/// What `--strict` refuses: a fact some rule reads without a finding, a judgement rule
/// without a judgement. Each is a located diagnostic at the rule that reads it, naming
/// the evidence file, so scripts and evaluators see where and what.
public enum StrictCheck {
    /// The diagnostics of one scored evidence file, in instrument order.
    public static func diagnostics(_ scored: ScoredEvidence) -> [Diagnostic] {
        let instrument = scored.instrument
        let path = scored.evidence.path
        var found: [Diagnostic] = []
        for fact in scored.score.unassessed {
            guard let reader = instrument.rules.first(where: { $0.kind.factsRead.contains(fact) }) else { continue }
            let name = instrument.facts[fact].path
            found.append(
                Diagnostic(
                    .strictUnassessed, "'\(path)' has no finding for '\(name)', which rule '\(reader.id)' reads",
                    at: reader.span, help: "record 'finding \(name) = …' in '\(path)', or score without '--strict'"))
        }
        for rule in scored.score.unjudged {
            let id = instrument.rules[rule].id
            found.append(
                Diagnostic(
                    .strictUnjudged, "'\(path)' has no judgement for rule '\(id)'", at: instrument.rules[rule].span,
                    help: "add 'judge \(id) = … because \"…\"' to '\(path)', or score without '--strict'"))
        }
        return found
    }
}
