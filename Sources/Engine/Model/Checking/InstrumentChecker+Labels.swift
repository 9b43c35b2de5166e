import Support

extension InstrumentChecker {
    /// Checks `labels` declarations: each names a ladder or a closed set fact, every key is
    /// one of its levels or items, and no level, item or name and language is labelled twice.
    mutating func checkLabels(_ decls: [LabelsDecl], language: String) -> InstrumentLabels {
        var labels = InstrumentLabels()
        var seen: [String: SourceSpan] = [:]
        for decl in decls {
            let tongue = decl.isEnglish ? "en" : language
            let name = decl.name.value
            if let first = seen[name + " " + tongue] {
                diagnostics.report(
                    .semaDuplicateID, "'\(name)' is labelled twice in '\(tongue)'", at: decl.name.span,
                    notes: [Diagnostic.Note("first labelled here", at: first)])
                continue
            }
            seen[name + " " + tongue] = decl.name.span
            if let ladder = ladders.firstIndex(where: { $0.name == name }) {
                for entry in unique(decl) {
                    guard let level = ladders[ladder].index(of: entry.key.value) else {
                        let suggestion = EditDistance.closestMatch(to: entry.key.value, among: ladders[ladder].levels)
                        diagnostics.report(
                            .semaUnknownLevel, "'\(entry.key.value)' is not a level of ladder '\(name)'", at: entry.key.span,
                            help: suggestion.map { "did you mean '\($0)'?" }
                                ?? "the levels are \(ladders[ladder].levels.joined(separator: " < "))")
                        continue
                    }
                    labels.levels[ladder, default: [:]][level, default: [:]][tongue] = entry.label.value
                }
            } else if let fact = facts.firstIndex(where: { $0.path == name }) {
                guard case .set(let closed?) = facts[fact].type else {
                    diagnostics.report(
                        .semaTypeMismatch, "'\(name)' is not a closed set: labels name a ladder or a closed set fact",
                        at: decl.name.span, help: "close the set with its items, such as 'set {a, b}', or label its ladder")
                    continue
                }
                for entry in unique(decl) {
                    guard closed.contains(entry.key.value) else {
                        let suggestion = EditDistance.closestMatch(to: entry.key.value, among: closed)
                        diagnostics.report(
                            .semaUnknownItem, "'\(entry.key.value)' is not an item of '\(name)'", at: entry.key.span,
                            help: suggestion.map { "did you mean '\($0)'?" } ?? "the items are \(closed.joined(separator: ", "))")
                        continue
                    }
                    labels.items[fact, default: [:]][entry.key.value, default: [:]][tongue] = entry.label.value
                }
            } else if !failedLadders.contains(name), !failedFacts.contains(name) {
                // (A ladder or fact whose declaration failed has its error already.)
                let names = ladders.map(\.name) + facts.map(\.path)
                diagnostics.report(
                    .semaUnknownID, "no ladder or set fact '\(name)' to label", at: decl.name.span,
                    help: EditDistance.closestMatch(to: name, among: names).map { "did you mean '\($0)'?" }
                        ?? "labels name a ladder or a closed set fact")
            }
        }
        return labels
    }

    /// The entries of a declaration, each key once; a repeated key is reported.
    private mutating func unique(_ decl: LabelsDecl) -> [(key: Located<String>, label: Located<String>)] {
        var first: [String: SourceSpan] = [:]
        var kept: [(key: Located<String>, label: Located<String>)] = []
        for entry in decl.entries {
            if let earlier = first[entry.key.value] {
                diagnostics.report(
                    .semaDuplicateID, "'\(entry.key.value)' is labelled twice", at: entry.key.span,
                    notes: [Diagnostic.Note("first labelled here", at: earlier)])
                continue
            }
            first[entry.key.value] = entry.key.span
            kept.append(entry)
        }
        return kept
    }
}
