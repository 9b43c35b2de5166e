import Engine

extension LanguageServer {
    /// `textDocument/definition`: a fact, ladder, labels name, area, subarea or rule id, a
    /// level or an item → where the instrument declares it.
    func definition(_ document: DocumentStore.Document, at position: Position) -> JSONValue {
        let context = TokenContext(text: document.text, path: document.path, position: position)
        guard let project = projectFor(document), let index = context.tokenIndex, let token = context.word else {
            return .null
        }
        let declarations = project.index
        let fact = context.nearestBefore(index) { declarations.facts[$0] != nil }
        var span = declarations.declaration(of: token.text, fact: fact)
        if span == nil, let ladder = context.nearestBefore(index, matching: { declarations.ladders[$0] != nil }) {
            span = declarations.ladders[ladder]?.levels.first { $0.value == token.text }?.span
        }
        guard let span else { return .null }
        return Location(uri: documents.uri(forPath: span.path), range: converter(for: span.path).range(span)).json
    }
}
