import Engine

/// One line of a renames file: `old.id -> new.id`, with an optional `#` comment.
enum RenamesLine {
    /// The line's rename; nil for a blank or comment line, and for a malformed one
    /// (reported in `diagnostics` at its place; columns count characters, from 1).
    static func parse(
        _ text: String, line: Int, path: String, diagnostics: inout DiagnosticBag
    ) -> Renames.Entry? {
        let characters = Array(text)
        let end = characters.firstIndex(of: "#") ?? characters.count
        var tokens: [(text: String, column: Int)] = []
        var i = 0
        while i < end {
            if characters[i] == " " || characters[i] == "\t" {
                i += 1
                continue
            }
            let start = i
            if characters[i] == "-", i + 1 < end, characters[i + 1] == ">" {
                i += 2
            } else {
                while i < end, characters[i] != " ", characters[i] != "\t",
                    !(characters[i] == "-" && i + 1 < end && characters[i + 1] == ">")
                {
                    i += 1
                }
            }
            tokens.append((String(characters[start..<i]), start + 1))
        }
        guard let first = tokens.first else { return nil }
        func span(_ token: (text: String, column: Int)) -> SourceSpan {
            SourceSpan(path: path, start: SourceLocation(line: line, column: token.column), length: max(token.text.count, 1))
        }
        guard tokens.count >= 3, tokens[1].text == "->" else {
            let whole = tokens.last.map { $0.column + $0.text.count - first.column } ?? 1
            diagnostics.report(
                .parseExpectedToken, "expected 'old.id -> new.id', found '\(tokens.map(\.text).joined(separator: " "))'",
                at: SourceSpan(path: path, start: SourceLocation(line: line, column: first.column), length: whole),
                help: "one rename a line, such as 'dialog.former -> dialog.forms'; '#' starts a comment")
            return nil
        }
        for token in [tokens[0], tokens[2]] where !isName(token.text) {
            diagnostics.report(
                .parseExpectedToken, "'\(token.text)' is not a fact path or rule id", at: span(token),
                help: "names are dotted words of letters, digits and '_', such as 'dialog.former' or '2.5.a'")
            return nil
        }
        if tokens.count > 3 {
            diagnostics.report(
                .parseExpectedToken, "expected the end of the line after '\(tokens[2].text)', found '\(tokens[3].text)'",
                at: span(tokens[3]), help: "one rename a line; '#' starts a comment")
            return nil
        }
        return Renames.Entry(
            old: Located(tokens[0].text, at: span(tokens[0])), new: Located(tokens[2].text, at: span(tokens[2])))
    }

    /// Whether `text` is a dotted word: `[letter digit _]+` joined by single dots.
    static func isName(_ text: String) -> Bool {
        text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isASCII && $0.isNumber || $0 == "_" }
        }
    }
}
