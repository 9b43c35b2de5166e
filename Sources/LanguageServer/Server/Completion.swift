import Engine

extension LanguageServer {
    /// `textDocument/completion`: fact ids where a fact is expected (after `finding`, `set`,
    /// `add`, `given`, a kind's name, in conditions and after `.`), levels and items after
    /// `fact =` and in `{…}`, otherwise keywords and rule kinds with their clause words.
    func completion(_ document: DocumentStore.Document, at position: Position) -> JSONValue {
        let context = TokenContext(text: document.text, path: document.path, position: position)
        let line = context.positions.lines.indices.contains(position.line) ? Array(context.positions.lines[position.line]) : []
        // The word typed so far, dots included: what the item replaces.
        var startColumn = min(context.location.column, line.count + 1)
        while startColumn > 1, line[startColumn - 2].isWordCharacter || line[startColumn - 2] == "." { startColumn -= 1 }
        let prefix = String(line[(startColumn - 1)..<min(context.location.column - 1, line.count)])
        let replacing = TextRange(
            start: context.positions.position(SourceLocation(line: context.location.line, column: startColumn)),
            end: position)
        let before = context.tokens.filter { token in
            token.kind != .end && (token.span.start.line, token.span.start.column) < (context.location.line, startColumn)
        }
        guard let project = projectFor(document) else {
            return .array(keywordItems(replacing).map(\.json))
        }
        let declarations = project.index
        var items: [CompletionItem]
        if let fact = valueContext(before, declarations) {
            items = valueItems(fact, declarations, replacing)
        } else if prefix.contains(".") || expectsFact(before) {
            items = factItems(declarations, replacing)
        } else {
            items = keywordItems(replacing) + factItems(declarations, replacing)
        }
        if !prefix.isEmpty { items = items.filter { $0.label.hasPrefix(prefix) } }
        return .object(pairs: [("isIncomplete", false), ("items", .array(items.map(\.json)))])
    }

    /// Whether the token before the cursor is one after which a fact is written.
    private func expectsFact(_ before: [Token]) -> Bool {
        guard let last = before.last else { return false }
        switch last.kind {
        case .keyword(.finding), .keyword(.add), .keyword(.set), .keyword(.given), .keyword(.and), .keyword(.or),
            .keyword(.not), .keyword(.ladder), .leftParen:
            return true
        case .word:
            return registry.kind(named: last.text) != nil && last.text != "judgement"
        default:
            return false
        }
    }

    /// The fact whose values go at the cursor: after `FACT =` (or a comparison), or inside
    /// the braces after one (`FACT = {a, `), after `contains`, or in `ladder FACT {`.
    private func valueContext(_ before: [Token], _ declarations: DeclarationIndex) -> String? {
        var i = before.count - 1
        guard i >= 0 else { return nil }
        if before[i].kind == .leftBrace || before[i].kind == .comma {
            var depth = 0
            while i >= 0 {
                switch before[i].kind {
                case .rightBrace: depth += 1
                case .leftBrace where depth == 0:
                    i -= 1
                    while i >= 0, before[i].is(.any) || before[i].is(.all) || before[i].is(.contains) { i -= 1 }
                    if i >= 0, before[i].kind == .equal { i -= 1 }
                    return i >= 0 && declarations.facts[before[i].text] != nil ? before[i].text : nil
                case .leftBrace: depth -= 1
                default: break
                }
                i -= 1
            }
            return nil
        }
        switch before[i].kind {
        case .equal, .equalEqual, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .keyword(.contains):
            guard i >= 1, declarations.facts[before[i - 1].text] != nil else { return nil }
            return before[i - 1].text
        default:
            return nil
        }
    }

    private func factItems(_ declarations: DeclarationIndex, _ replacing: TextRange) -> [CompletionItem] {
        declarations.facts.keys.sorted().map { path in
            let fact = declarations.facts[path]!
            return CompletionItem(
                label: path, kind: .field, detail: Self.typeText(fact.type).replacingBackticks,
                documentation: fact.description?.value, replacing: replacing)
        }
    }

    private func valueItems(_ path: String, _ declarations: DeclarationIndex, _ replacing: TextRange) -> [CompletionItem] {
        guard let fact = declarations.facts[path] else { return [] }
        func labelled(_ owner: String, _ keys: [String]) -> [CompletionItem] {
            let decls = (declarations.labels[owner] ?? []).sorted { !$0.isEnglish && $1.isEnglish }
            return keys.map { key in
                let labels = decls.compactMap { decl in decl.entries.first { $0.key.value == key }?.label.value }
                return CompletionItem(
                    label: key, kind: .enumMember, detail: labels.isEmpty ? nil : labels.joined(separator: " / "),
                    replacing: replacing)
            }
        }
        switch fact.type {
        case .flag:
            return ["yes", "no"].map { CompletionItem(label: $0, kind: .value, replacing: replacing) }
        case .level(let ladder):
            return labelled(ladder.value, declarations.ladders[ladder.value]?.levels.map(\.value) ?? [])
        case .set(let closed?):
            return labelled(path, closed.map(\.value)) + [CompletionItem(label: "none", kind: .value, replacing: replacing)]
        case .set(nil):
            return [CompletionItem(label: "none", kind: .value, replacing: replacing)]
        case .number:
            return []
        }
    }

    private func keywordItems(_ replacing: TextRange) -> [CompletionItem] {
        let kinds = registry.kinds.map { kind -> CompletionItem in
            let description = kind.description
            var snippet = description.identifier + " ${1}"
            for (offset, word) in description.clauseWords.enumerated() { snippet += " \(word) ${\(offset + 2)}" }
            return CompletionItem(
                label: description.identifier, kind: .snippet,
                detail: ([description.identifier] + description.clauseWords).joined(separator: " … "),
                documentation: description.summary, snippet: snippet, replacing: replacing)
        }
        let keywords = Keyword.allCases.map { CompletionItem(label: $0.rawValue, kind: .keyword, replacing: replacing) }
        return kinds + keywords.filter { item in !kinds.contains { $0.label == item.label } }
    }
}

extension String {
    fileprivate var replacingBackticks: String { filter { $0 != "`" } }
}

extension Character {
    /// A character of a dotted word: a letter, a digit or `_`.
    fileprivate var isWordCharacter: Bool { isLetter || (isASCII && isNumber) || self == "_" }
}
