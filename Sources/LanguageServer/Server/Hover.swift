import Engine

extension LanguageServer {
    /// `textDocument/hover`: a fact's description, type, levels or items with their labels
    /// and the rules that read it; a rule's title, rationale, maximum and (when an evidence
    /// document is open) its points there; a section's title and maximum; a ladder's levels;
    /// a level's or item's labels.
    func hover(_ document: DocumentStore.Document, at position: Position) -> JSONValue {
        let context = TokenContext(text: document.text, path: document.path, position: position)
        guard let project = projectFor(document), let index = context.tokenIndex, let token = context.word else {
            return .null
        }
        let words = HoverWords(swedish: (language ?? project.instrument?.language ?? "sv") == "sv")
        let declarations = project.index
        let word = token.text
        var text: String?
        if let fact = declarations.facts[word] {
            text = factHover(fact, project, words)
        } else if let rule = declarations.rules[word] {
            text = ruleHover(rule, project, words)
        } else if let section = declarations.sections[word] {
            text = sectionHover(section, project, words)
        } else if let ladder = declarations.ladders[word] {
            text = "**\(word)**: " + ladder.levels.map(\.value).joined(separator: " < ") + "\n\n"
                + labelLines(word, ladder.levels.map(\.value), declarations)
        } else {
            let fact = context.nearestBefore(index) { declarations.facts[$0] != nil }
            text = valueHover(word, fact: fact, ladder: context.nearestBefore(index) { declarations.ladders[$0] != nil },
                declarations, words)
        }
        guard let text else { return .null }
        return .object(pairs: [
            ("contents", .object(pairs: [("kind", "markdown"), ("value", .string(text))])),
            ("range", context.positions.range(token.span).json),
        ])
    }

    /// The project of the instrument a document belongs to or is checked against.
    func projectFor(_ document: DocumentStore.Document) -> InstrumentProject? {
        let folder = PathParts.directory(document.path)
        if projects[folder] != nil { return project(folder) }
        return check(document).folder.map(project)
    }

    private func factHover(_ fact: FactDecl, _ project: InstrumentProject, _ words: HoverWords) -> String {
        var lines = ["**\(fact.path.value)**: " + Self.typeText(fact.type)]
        if let description = fact.description?.value { lines.append(description) }
        switch fact.type {
        case .level(let ladder):
            let levels = project.index.ladders[ladder.value]?.levels.map(\.value) ?? []
            lines.append(words.levels + ":\n" + labelLines(ladder.value, levels, project.index))
        case .set(let closed?):
            lines.append(words.items + ":\n" + labelLines(fact.path.value, closed.map(\.value), project.index))
        case .set(nil):
            lines.append(words.openSet)
        default: break
        }
        if let instrument = project.instrument, let factIndex = instrument.factIndex[fact.path.value] {
            let readers = instrument.rules.filter { $0.kind.factsRead.contains(factIndex) }
            lines.append(
                readers.isEmpty
                    ? words.readByNone
                    : words.readBy + ": " + readers.map { "\($0.id) \($0.title)" }.joined(separator: "; "))
        }
        return lines.joined(separator: "\n\n")
    }

    private func ruleHover(_ rule: RuleDecl, _ project: InstrumentProject, _ words: HoverWords) -> String {
        var lines = ["**\(rule.id.value)** " + (rule.title?.value ?? "")]
        if let why = rule.why?.value { lines.append("_\(why)_") }
        guard let instrument = project.instrument, case .rule(let ruleIndex)? = instrument.ids[rule.id.value] else {
            return lines.joined(separator: "\n\n")
        }
        let checked = instrument.rules[ruleIndex]
        let subarea = instrument.subareas[checked.subarea]
        var maximum = checked.kind.best
        if subarea.mode == .weighted {
            let total = subarea.rules.reduce(Rational.zero) { (try? $0.adding(instrument.rules[$1].weight)) ?? $0 }
            maximum = (try? subarea.max.multiplied(by: checked.weight).multiplied(by: checked.kind.best).divided(by: total))
                ?? maximum
            lines.append("\(words.maximum) \(words.points(maximum)) (\(words.weight) \(words.number(checked.weight)), \(words.weighted) \(subarea.id))")
        } else {
            lines.append("\(words.maximum) \(words.points(maximum)) (\(subarea.id) max \(words.number(subarea.max)))")
        }
        // The points in the evidence document changed last, if one is open and checks.
        for open in documents.all where projects[PathParts.directory(open.path)] == nil {
            let check = check(open)
            guard check.folder == project.folder, check.evidence != nil, let scored = check.scored(instrument) else {
                continue
            }
            let score = scored.score.rules[ruleIndex]
            lines.append(words.current(PathParts.name(open.path), score.points, of: maximum, score.status))
            break
        }
        return lines.joined(separator: "\n\n")
    }

    private func sectionHover(_ section: SectionDecl, _ project: InstrumentProject, _ words: HoverWords) -> String {
        var line = "**\(section.id.value)** \(section.title.value)"
        if let max = section.max?.value { line += " · max \(max)" }
        if section.weighted { line += " · \(words.weighted)" }
        var lines = [line]
        if let english = section.english?.value { lines.append(english) }
        if let instrument = project.instrument, case .subarea(let index)? = instrument.ids[section.id.value] {
            lines.append("\(instrument.subareas[index].rules.count) \(words.rules)")
        }
        return lines.joined(separator: "\n\n")
    }

    private func valueHover(
        _ word: String, fact: String?, ladder: String?, _ declarations: DeclarationIndex, _ words: HoverWords
    ) -> String? {
        if let fact, let decl = declarations.facts[fact] {
            switch decl.type {
            case .level(let ladder) where declarations.ladders[ladder.value]?.levels.contains(where: { $0.value == word }) == true:
                return words.level(word, of: ladder.value) + "\n\n" + labelLines(ladder.value, [word], declarations)
            case .set(let closed?) where closed.contains(where: { $0.value == word }):
                return words.item(word, of: fact) + "\n\n" + labelLines(fact, [word], declarations)
            default: return nil
            }
        }
        if let ladder, declarations.ladders[ladder]?.levels.contains(where: { $0.value == word }) == true {
            return words.level(word, of: ladder) + "\n\n" + labelLines(ladder, [word], declarations)
        }
        return nil
    }

    /// One line per level or item: `` `id` `` and its labels (the instrument's language, then English).
    private func labelLines(_ name: String, _ keys: [String], _ declarations: DeclarationIndex) -> String {
        let decls = declarations.labels[name] ?? []
        return keys.map { key in
            let labels = decls.sorted { !$0.isEnglish && $1.isEnglish }.compactMap { decl in
                decl.entries.first { $0.key.value == key }.map { $0.label.value }
            }
            return "- `\(key)`" + (labels.isEmpty ? "" : ": " + labels.joined(separator: " / "))
        }.joined(separator: "\n")
    }

    static func typeText(_ type: FactTypeSyntax) -> String {
        switch type {
        case .flag: "`flag`"
        case .level(let ladder): "`level \(ladder.value)`"
        case .number: "`number`"
        case .set(let closed?): "`set {" + closed.map(\.value).joined(separator: ", ") + "}`"
        case .set(nil): "`set`"
        }
    }
}
