import Engine

/// The new version with one rule change undone: the rule as the old version wrote it (its
/// fact paths renamed), back in its old subarea; an added rule left out; a removed rule
/// put back. Scoring with it and with the new version isolates that change's effect,
/// re-scored rather than estimated.
struct RuleVariant {
    /// The variant instrument.
    var instrument: Instrument
    /// The variant's judgement targets for the new version's rule ids that differ.
    var judgementTargets: [String: String]

    /// The variant for `change`, or why there is none (the old rule does not fit the new
    /// version: a fact it reads or its subarea is gone).
    static func build(
        _ change: RuleChange, new: InstrumentSyntax, oldRules: [String: RuleDecl], factRenames: [String: String],
        registry: RuleKindRegistry
    ) -> Result<RuleVariant, VariantFailure> {
        var syntax = new
        var targets: [String: String] = [:]
        if let newID = change.newID { syntax = syntax.removingRule(newID) }
        if let oldID = change.oldID {
            guard let old = oldRules[oldID], let subarea = change.subarea.old else {
                return .failure(VariantFailure(reason: .oldDeclarationMissing))
            }
            let rule = old.with(clause: old.clause?.renamingFacts(factRenames))
            guard let inserted = syntax.insertingRule(rule, inSubarea: subarea) else {
                return .failure(VariantFailure(reason: .oldSubareaMissing(subarea: subarea)))
            }
            syntax = inserted
            if let newID = change.newID, newID != oldID { targets[newID] = oldID }
        }
        let (instrument, error) = syntax.check(registry: registry)
        guard let instrument else {
            return .failure(VariantFailure(reason: .doesNotFit(diagnostic: error)))
        }
        return .success(RuleVariant(instrument: instrument, judgementTargets: targets))
    }
}
