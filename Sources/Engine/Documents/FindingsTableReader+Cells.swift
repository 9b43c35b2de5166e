import Foundation

/// Reading one cell: text, a number in the table's decimal mark, or a value by the
/// language's own lexer and parser, with every diagnostic moved to the cell's place.
extension FindingsTableReader {
    /// `text` without surrounding white space and line breaks.
    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Where a cell's text is, without surrounding white space, on its first line.
    static func span(_ field: CSVField, path: String) -> SourceSpan {
        let characters = Array(field.text)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
            let last = characters.lastIndex(where: { !$0.isWhitespace })
        else { return SourceSpan(path: path, start: field.start, length: 1) }
        return span(field, path: path, from: first, through: last)
    }

    /// Where the word `word` of a cell is (its first occurrence).
    static func span(_ field: CSVField, path: String, word: String) -> SourceSpan {
        guard let range = field.text.range(of: word) else { return span(field, path: path) }
        let first = field.text.distance(from: field.text.startIndex, to: range.lowerBound)
        return span(field, path: path, from: first, through: first + word.count - 1)
    }

    /// The span of characters `first...last` of a cell, cut at the end of the first one's line.
    static func span(_ field: CSVField, path: String, from first: Int, through last: Int) -> SourceSpan {
        let positions = field.positions
        guard !positions.isEmpty else { return SourceSpan(path: path, start: field.start, length: 1) }
        let start =
            first < positions.count
            ? positions[max(first, 0)]
            : SourceLocation(
                line: positions[positions.count - 1].line, column: positions[positions.count - 1].column + 1)
        var end = start.column
        var index = max(first, 0)
        while index <= min(last, positions.count - 1), positions[index].line == start.line {
            end = positions[index].column
            index += 1
        }
        return SourceSpan(path: path, start: start, length: max(1, end - start.column + 1))
    }

    /// A cell's text as a located string; nil when empty, or (reported) when the language
    /// cannot write it.
    mutating func readText(_ column: Column, _ record: CSVRecord) -> Located<String>? {
        let value = text(column, record)
        guard !value.isEmpty else { return nil }
        guard Spelling.canQuote(value) else {
            diagnostics.report(
                .parseExpectedToken,
                "the text in '\(column.rawValue)' cannot be written in the language (a line break other than a plain one, or a combining mark at its start)",
                at: span(column, record))
            return nil
        }
        return Located(value, at: span(column, record))
    }

    /// A number cell in the dialect's decimal mark, as the language writes it (with `.`);
    /// nil when empty, or (reported) when it is not such a number.
    mutating func readNumber(_ column: Column, _ record: CSVRecord, _ what: String) -> Located<String>? {
        let value = text(column, record)
        guard !value.isEmpty else { return nil }
        let at = span(column, record)
        guard !wrongDecimalMark(value, at: at) else { return nil }
        let written = String(value.map { $0 == "," ? "." : $0 })
        guard NumberText.isWellFormed(written) else {
            diagnostics.report(
                .lexBadNumber,
                "expected \(what) such as \(dialect.number("0.9")) in '\(column.rawValue)', found '\(value)'",
                at: at)
            return nil
        }
        guard NumberText.isInRange(written) else {
            diagnostics.report(
                .semaNumberTooLarge, "number '\(value)' is out of range", at: at,
                help: "numbers have a magnitude of at most 10^12 and at most 6 decimals")
            return nil
        }
        return Located(written, at: at)
    }

    /// Whether `value` is a number written with the other dialect's decimal mark (reported).
    mutating func wrongDecimalMark(_ value: String, at: SourceSpan) -> Bool {
        let other: Character = dialect == .rfc4180 ? "," : "."
        guard value.contains(other), NumberText.isWellFormed(String(value.map { $0 == other ? "." : $0 })) else {
            return false
        }
        let right = String(value.map { $0 == other ? dialect.decimalMark : $0 })
        if dialect == .rfc4180 {
            diagnostics.report(
                .lexBadNumber,
                "number '\(value)' has a decimal comma; a table with ',' between its columns (RFC 4180) writes decimal points",
                at: at, help: "write '\(right)', or separate the columns with ';' (excel-sv) to write decimal commas")
        } else {
            diagnostics.report(
                .lexBadNumber,
                "number '\(value)' has a decimal point; a table with ';' between its columns (excel-sv) writes decimal commas",
                at: at, help: "write '\(right)'")
        }
        return true
    }

    /// A value cell, read by the language's lexer and parser as the fact's type wants it: a
    /// number in the dialect's decimal mark; a set with or without its braces.
    mutating func readValue(_ field: CSVField, fact: Int?) -> ValueLiteral? {
        let at = Self.span(field, path: path)
        let value = Self.trimmed(field.text)
        guard !value.contains(where: \.isNewline) else {
            diagnostics.report(.parseExpectedToken, "a value is written on one line", at: at)
            return nil
        }
        guard let fact else {
            // An unknown fact: the checker reports it, and its value cannot be read by type.
            return ValueLiteral(.none, at: at)
        }
        var text = field.text
        let type = catalog.type(of: fact)
        if type == .number {
            guard !wrongDecimalMark(value, at: at) else { return nil }
            if dialect == .excelSv { text = String(text.map { $0 == "," ? "." : $0 }) }
        }
        let (lexed, lexing) = Lexer.tokenize(SourceText(path: path, text: text))
        for diagnostic in lexing.all { diagnostics.report(moved(diagnostic, field)) }
        guard !lexing.hasErrors else { return nil }
        var tokens = lexed
        if case .set = type, let first = tokens.first, first.kind != .leftBrace, first.kind != .keyword(.none),
            let end = tokens.last
        {
            tokens =
                [Token(kind: .leftBrace, text: "{", span: first.span)] + tokens.dropLast()
                + [Token(kind: .rightBrace, text: "}", span: end.span), end]
        }
        var parser = Parser(tokens: tokens, path: path, kindWords: [:])
        var literal: ValueLiteral?
        do {
            literal = try parser.parseValue()
            if !parser.atEnd {
                _ = parser.fail("the end of the value", help: "a cell holds one value; a set is written {a, b}")
                literal = nil
            }
        } catch {
            literal = nil
        }
        for diagnostic in parser.diagnostics.all { diagnostics.report(moved(diagnostic, field)) }
        guard var literal, !parser.diagnostics.hasErrors else { return nil }
        literal.span = moved(literal.span, field)
        if case .items(let items) = literal.node {
            literal.node = .items(items.map { Located($0.value, at: moved($0.span, field)) })
        }
        return literal
    }

    /// A diagnostic of the cell's text, moved to the cell's place in the file.
    func moved(_ diagnostic: Diagnostic, _ field: CSVField) -> Diagnostic {
        var moved = diagnostic
        moved.span = diagnostic.span.map { self.moved($0, field) }
        moved.message = diagnostic.message.replacingOccurrences(of: "end of file", with: "the end of the cell")
        return moved
    }

    /// A span in the cell's text (line 1) moved to the cell's place in the file.
    func moved(_ span: SourceSpan, _ field: CSVField) -> SourceSpan {
        Self.span(field, path: path, from: span.start.column - 1, through: span.start.column + span.length - 2)
    }
}
