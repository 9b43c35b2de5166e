/// How the language writes a word or a string: the one writer of string literals, for
/// every output that writes the language (converted documents, consensus drafts, finding
/// changes, levels and items).
public enum Spelling {
    /// `text` as a string literal, with `\"`, `\\`, `\n` and `\t` escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for c in text {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out + "\""
    }

    /// Whether ``quoted(_:)`` reads back as exactly `text`. It does not when the text
    /// holds a line break other than `\n` (a carriage return, U+2028, …), for which the
    /// language has no escape, or a combining mark that would join a quote or an escape.
    public static func canQuote(_ text: String) -> Bool {
        let (tokens, diagnostics) = Lexer.tokenize(SourceText(path: "", text: quoted(text)))
        return diagnostics.all.isEmpty && tokens.count == 2 && tokens[0].kind == .string
            && tokens[0].text.unicodeScalars.elementsEqual(text.unicodeScalars)
    }

    /// Whether `name` can be written as a name (a fact path, an id, a source kind): it
    /// reads as one word of the language, not a keyword.
    public static func isWord(_ name: String) -> Bool {
        let (tokens, diagnostics) = Lexer.tokenize(SourceText(path: "", text: name))
        return diagnostics.all.isEmpty && tokens.count == 2 && tokens[0].kind == .word
            && tokens[0].text.unicodeScalars.elementsEqual(name.unicodeScalars)
    }

    /// A word as the language writes it: bare when it is a plain dotted word and not a
    /// keyword, else quoted.
    public static func word(_ word: String) -> String {
        let plain = !word.isEmpty && Keyword(rawValue: word) == nil
            && word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
                !$0.isEmpty && $0.allSatisfy(\.isWordCharacter)
            }
        return plain ? word : quoted(word)
    }
}
