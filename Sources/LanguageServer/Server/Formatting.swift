import Engine

extension LanguageServer {
    /// `textDocument/formatting`: the whole document replaced by the formatter's layout in
    /// one edit; no edit when it is already formatted or does not lex.
    func formatting(_ document: DocumentStore.Document) -> JSONValue {
        let source = SourceText(path: document.path, text: document.text)
        guard let formatted = KompassFormatter.format(source), formatted != document.text else { return [] }
        let whole = TextRange(start: Position(line: 0, character: 0), end: Self.end(of: document.text))
        return [TextEdit(range: whole, newText: formatted).json]
    }

    /// The position after the last character, with the protocol's line breaks (`\n`,
    /// `\r\n`, `\r`) and UTF-16 code units.
    static func end(of text: String) -> Position {
        var line = 0
        var character = 0
        var previous: UInt16 = 0
        for unit in text.utf16 {
            if unit == 0x0A {
                if previous != 0x0D { line += 1 }
                character = 0
            } else if unit == 0x0D {
                line += 1
                character = 0
            } else {
                character += 1
            }
            previous = unit
        }
        return Position(line: line, character: character)
    }
}
