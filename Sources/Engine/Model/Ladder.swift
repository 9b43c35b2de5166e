/// An ordered scale such as `none < started < exists < followed_up < evaluated`.
public struct Ladder: Sendable {
    /// The ladder's name.
    public var name: String
    /// The levels, lowest first.
    public var levels: [String]

    /// The index of a level, if it is on the ladder.
    public func index(of level: String) -> Int? { levels.firstIndex(of: level) }

    /// A word as the language writes it: bare when it is a plain word, else quoted.
    public static func spelled(_ word: String) -> String {
        let plain = !word.isEmpty && Keyword(rawValue: word) == nil
            && word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
                !$0.isEmpty && $0.allSatisfy(\.isWordCharacter)
            }
        if plain { return word }
        var out = "\""
        for c in word {
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
}
