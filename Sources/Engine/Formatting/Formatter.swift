/// The canonical layout of `.kompass` sources (`kompass-score fmt`, the language server).
///
/// Built on the lexer's tokens: the comments, line breaks and blank lines between two
/// tokens are read back from the source text between their spans. The author's line
/// breaks are kept (a declaration keyword always starts a line); indentation, the spaces
/// within a line and string escapes are made canonical; at most one blank line stays
/// between two things. docs/DESIGN.md, "Canonical layout", states the rules.
public enum KompassFormatter {
    /// The canonical layout of a `.kompass` source; nil when the text does not lex cleanly (then nothing is changed).
    public static func format(_ source: SourceText) -> String? {
        guard source.diagnostics.isEmpty else { return nil }
        let (tokens, diagnostics) = Lexer.tokenize(source)
        guard diagnostics.all.isEmpty, let trivia = trivia(source, tokens) else { return nil }
        let text = layout(tokens, trivia)
        // The layout never changes a token; should it ever, the source is left alone.
        let (again, problems) = Lexer.tokenize(SourceText(path: source.path, text: text))
        guard problems.all.isEmpty, again.count == tokens.count,
            zip(again, tokens).allSatisfy({ $0.kind == $1.kind && $0.text == $1.text })
        else { return nil }
        return text
    }

    /// Whether `source` is in the canonical layout already; nil when it does not lex cleanly.
    public static func isFormatted(_ source: SourceText, bytes: [UInt8]) -> Bool? {
        format(source).map { Array($0.utf8) == bytes }
    }

    /// The trivia before each token (the last: before the end of the file), or nil when
    /// the text between two tokens is not trivia.
    static func trivia(_ source: SourceText, _ tokens: [Token]) -> [CommentTrivia]? {
        let characters = source.characters
        let offsets = SourceOffsets(characters)
        var result: [CommentTrivia] = []
        var position = 0
        for (index, token) in tokens.enumerated() {
            let end = token.kind == .end ? characters.count : offsets.range(of: token)?.lowerBound
            guard let end, end >= position, end <= characters.count,
                let gap = CommentTrivia.scan(characters, position..<end, afterToken: index > 0)
            else { return nil }
            result.append(gap)
            guard token.kind != .end, let range = offsets.range(of: token), range.upperBound <= characters.count
            else { continue }
            position = range.upperBound
        }
        return result
    }

    /// Writes the tokens and their trivia in the canonical layout.
    static func layout(_ tokens: [Token], _ trivia: [CommentTrivia]) -> String {
        var writer = LayoutWriter()
        var indenter = LineIndenter()
        let maps = LayoutRules.mapBraces(tokens)
        for (index, token) in tokens.enumerated() {
            let gap = trivia[index]
            if let comment = gap.trailingComment { writer.appendTrailing(comment) }
            if token.kind == .end {
                writer.endLine()
                writer.appendLines(gap.lines, indent: 0, atEnd: true)
                break
            }
            let startsLine = index == 0 || gap.hasLineBreak || indenter.startsDeclaration(token)
            indenter.read(token, startsLine: startsLine)
            if startsLine {
                writer.endLine()
                writer.appendLines(gap.lines, indent: indenter.commentIndent(before: token), atEnd: false)
                writer.startLine(indent: indenter.lineIndent)
            } else {
                let spaced = LayoutRules.spaced(
                    tokens[index - 1], token, previousIsMapBrace: maps.contains(index - 1),
                    nextIsMapBrace: maps.contains(index))
                if spaced { writer.append(" ") }
            }
            writer.append(LayoutRules.text(of: token))
        }
        return writer.text
    }
}
