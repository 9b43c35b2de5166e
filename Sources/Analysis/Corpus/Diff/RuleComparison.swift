import Engine

/// Rules of two versions compared by id (a rule renamed in the renames file by its new id).
enum RuleComparison {
    static func compare(
        old: Instrument, oldSyntax: InstrumentSyntax, new: Instrument, newSyntax: InstrumentSyntax, renames: Renames,
        factRenames: [String: String]
    ) -> [RuleChange] {
        let oldDecls = oldSyntax.rules
        let newDecls = newSyntax.rules
        let ruleRenames = renames.entries.filter { if case .rule? = old.ids[$0.old.value] { true } else { false } }
        func oldID(of newID: String) -> String {
            ruleRenames.first { $0.new.value == newID }?.old.value ?? newID
        }
        var changes: [RuleChange] = []
        var matched: Set<String> = []
        for rule in new.rules {
            let before = oldID(of: rule.id)
            guard case .rule(let index)? = old.ids[before] else {
                changes.append(
                    RuleChange(
                        kind: .added, oldID: nil, newID: rule.id, aspects: [], title: (nil, rule.title),
                        clause: (nil, newDecls[rule.id]?.clause.map { ClauseText.render($0) }),
                        weight: (nil, rule.weight), subarea: (nil, new.subareas[rule.subarea].id)))
                continue
            }
            matched.insert(before)
            let previous = old.rules[index]
            let oldClause = oldDecls[before]?.clause.map { ClauseText.render($0, renaming: factRenames) }
            let newClause = newDecls[rule.id]?.clause.map { ClauseText.render($0) }
            let oldSubarea = old.subareas[previous.subarea].id
            let newSubarea = new.subareas[rule.subarea].id
            var aspects: [RuleChange.Aspect] = []
            if before != rule.id { aspects.append(.id) }
            if previous.title != rule.title { aspects.append(.title) }
            if oldClause != newClause { aspects.append(.clause) }
            if previous.weight != rule.weight { aspects.append(.weight) }
            if oldSubarea != newSubarea { aspects.append(.subarea) }
            guard !aspects.isEmpty else { continue }
            changes.append(
                RuleChange(
                    kind: .changed, oldID: before, newID: rule.id, aspects: aspects, title: (previous.title, rule.title),
                    clause: (oldClause, newClause), weight: (previous.weight, rule.weight), subarea: (oldSubarea, newSubarea)))
        }
        for rule in old.rules where !matched.contains(rule.id) {
            changes.append(
                RuleChange(
                    kind: .removed, oldID: rule.id, newID: nil, aspects: [], title: (rule.title, nil),
                    clause: (oldDecls[rule.id]?.clause.map { ClauseText.render($0, renaming: factRenames) }, nil),
                    weight: (rule.weight, nil), subarea: (old.subareas[rule.subarea].id, nil)))
        }
        return changes
    }
}
