import Engine

extension LanguageServer {
    /// `textDocument/documentSymbol`: an instrument file's areas, subareas and rules as a
    /// tree (with its ladders, facts and tests beside them); an evidence file's findings,
    /// judgements and overrides; a plan's actions with their changes.
    func documentSymbols(_ document: DocumentStore.Document) -> JSONValue {
        let parsed = ParsedDocument(
            path: document.path, text: document.text, kindWords: registry.clauseWords, blankIsError: false)
        guard let syntax = parsed.syntax else { return [] }
        let outline = Outline(syntax.declarations, positions: parsed.positions)
        return .array(outline.symbols().map(\.json))
    }
}

/// The declarations of one file with the lines each covers, turned into symbols.
struct Outline {
    let declarations: [Declaration]
    let positions: PositionConverter
    /// The 1-based first line of each declaration.
    let lines: [Int]

    /// The symbols of `declarations`, those the parser could not finish left out (the
    /// outline shows what is declared).
    init(_ declarations: [Declaration], positions: PositionConverter) {
        self.declarations = declarations.filter {
            if case .unfinished = $0 { false } else { true }
        }
        self.positions = positions
        lines = self.declarations.map { Self.selection($0).start.line }
    }

    func symbols() -> [DocumentSymbol] {
        var result: [DocumentSymbol] = []
        var area: DocumentSymbol?
        var subarea: DocumentSymbol?
        func closeSubarea() {
            guard let open = subarea else { return }
            subarea = nil
            if area != nil { area!.children.append(open) } else { result.append(open) }
        }
        func closeArea() {
            closeSubarea()
            if let open = area { result.append(open) }
            area = nil
        }
        for (index, declaration) in declarations.enumerated() {
            var symbol = symbol(index)
            switch declaration {
            case .section(let section) where !section.isSubarea:
                closeArea()
                symbol.range.end = end(before: { if case .section(let s) = $0 { !s.isSubarea } else { false } }, after: index)
                area = symbol
            case .section:
                closeSubarea()
                symbol.range.end = end(before: { if case .section = $0 { true } else { false } }, after: index)
                subarea = symbol
            case .rule:
                if subarea != nil { subarea!.children.append(symbol) } else if area != nil { area!.children.append(symbol) } else { result.append(symbol) }
            default:
                closeArea()
                result.append(symbol)
            }
        }
        closeArea()
        return result
    }

    /// The symbol of one declaration, covering the lines up to the next declaration.
    private func symbol(_ index: Int) -> DocumentSymbol {
        let declaration = declarations[index]
        let selection = positions.range(Self.selection(declaration))
        let range = TextRange(start: Position(line: selection.start.line, character: 0), end: end(before: { _ in true }, after: index))
        let (name, detail, kind, children) = describe(declaration)
        return DocumentSymbol(name: name, detail: detail, kind: kind, range: range, selectionRange: selection, children: children)
    }

    /// The end of the last line before the next declaration after `index` that `stops`.
    private func end(before stops: (Declaration) -> Bool, after index: Int) -> Position {
        var next = index + 1
        while next < declarations.count, !stops(declarations[next]) { next += 1 }
        let lastLine = next < declarations.count ? max(lines[index], lines[next] - 1) : positions.lines.count
        let text = lastLine >= 1 && lastLine <= positions.lines.count ? positions.lines[lastLine - 1] : ""
        return Position(line: max(0, lastLine - 1), character: text.utf16.count)
    }

    private func describe(_ declaration: Declaration) -> (String, String?, SymbolKind, [DocumentSymbol]) {
        switch declaration {
        case .instrument(let header): ("instrument \(header.name.value)", "version \(header.version.value)", .module, [])
        case .ladder(let ladder): (ladder.name.value, ladder.levels.map(\.value).joined(separator: " < "), .enum, [])
        case .fact(let fact): (fact.path.value, fact.description?.value, .field, [])
        case .section(let section):
            ("\(section.id.value) \(section.title.value)", section.max.map { "max \($0.value)" },
             section.isSubarea ? .class : .namespace, [])
        case .rule(let rule): ("\(rule.id.value) \(rule.title?.value ?? "")", rule.clause?.kind.value, .function, [])
        case .test(let test): (test.name.value, "test", .event, [])
        case .reference(let reference): (reference.name.value, "reference", .property, [])
        case .labels(let labels): ("labels \(labels.name.value)" + (labels.isEnglish ? " en" : ""), nil, .enum, [])
        case .evidence(let header): (header.municipality.value, "year \(header.year.value)", .module, [])
        case .finding(let finding): (finding.fact.value, Self.valueText(finding.value), .variable, [])
        case .verdict(let verdict):
            ("\(verdict.isOverride ? "override" : "judge") \(verdict.target.value)", verdict.value.value, .variable, [])
        case .plan(let header): (header.name.value, header.municipality.map { "for \($0.value)" }, .module, [])
        case .action(let action):
            ("\(action.id.value) \(action.title?.value ?? "")", action.cost.map { "cost \($0.value)" }, .function,
             action.changes.map { change in
                 let range = positions.range(change.fact.span)
                 return DocumentSymbol(
                     name: change.fact.value, detail: (change.isAdd ? "add " : "set ") + Self.valueText(change.value),
                     kind: .field, range: range, selectionRange: range, children: [])
             })
        case .unfinished(let decl): (decl.id.value, "unfinished", .field, [])
        }
    }

    static func valueText(_ value: ValueLiteral) -> String {
        switch value.node {
        case .yes: "yes"
        case .no: "no"
        case .none: "none"
        case .level(let level): level
        case .number(let number): number
        case .items(let items): "{" + items.map(\.value).joined(separator: ", ") + "}"
        }
    }

    /// The span that names a declaration.
    static func selection(_ declaration: Declaration) -> SourceSpan {
        switch declaration {
        case .instrument(let header): header.span
        case .ladder(let ladder): ladder.name.span
        case .fact(let fact): fact.path.span
        case .section(let section): section.id.span
        case .rule(let rule): rule.id.span
        case .test(let test): test.name.span
        case .reference(let reference): reference.name.span
        case .labels(let labels): labels.name.span
        case .evidence(let header): header.span
        case .finding(let finding): finding.fact.span
        case .verdict(let verdict): verdict.span
        case .plan(let header): header.span
        case .action(let action): action.id.span
        case .unfinished(let decl): decl.id.span
        }
    }
}
