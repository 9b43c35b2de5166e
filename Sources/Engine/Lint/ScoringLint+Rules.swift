extension ScoringLint {
    /// `lint.never-fires`: the rule gives nothing under the fact types, or a part of its
    /// clause never applies.
    func neverFires(_ index: Int) -> [Diagnostic] {
        let rule = instrument.rules[index]
        let reach = reaches[index]
        if reach.most <= .zero {
            let why = reach.deadParts.isEmpty ? ["it gives 0 at best"] : reach.deadParts
            return [
                Diagnostic(
                    .lintNeverFires, "rule '\(rule.id)' can never fire: \(why.joined(separator: "; "))", at: rule.span,
                    help: "change the rule so that some findings satisfy it, or remove it")
            ]
        }
        return reach.deadParts.map { part in
            Diagnostic(
                .lintNeverFires, "in rule '\(rule.id)', \(part)", at: rule.span,
                help: "remove the part, or change it to values the fact can take")
        }
    }

    /// `lint.dead-rule`: in a points subarea, the other rules' least values fill the
    /// maximum, so this rule never changes the score.
    func deadRule(_ index: Int) -> [Diagnostic] {
        let rule = instrument.rules[index]
        let subarea = instrument.subareas[rule.subarea]
        guard subarea.mode == .points, reaches[index].most > .zero,
            let others = Self.sum(subarea.rules.filter { $0 != index }.map { reaches[$0].least }),
            others >= subarea.max
        else { return [] }
        return [
            Diagnostic(
                .lintDeadRule,
                "rule '\(rule.id)' can never count: the other rules of subarea '\(subarea.id)' give at least "
                    + "\(Self.text(others)), which fills its maximum \(Self.text(subarea.max))",
                at: rule.span, notes: [Diagnostic.Note("subarea '\(subarea.id)' declared here", at: subarea.span)],
                help: "lower the least values of the other rules, or raise the subarea's maximum")
        ]
    }
}
