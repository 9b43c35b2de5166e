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
