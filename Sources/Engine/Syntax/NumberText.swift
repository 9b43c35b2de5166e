/// The shape of number literals: `-?digits(.digits)?`.
enum NumberText {
    /// Whether `text` has the shape of a number literal (regardless of its size).
    static func isWellFormed(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "-" { chars = chars.dropFirst() }
        let parts = chars.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }
}

extension Character {
    /// `0`–`9`.
    var isASCIIDigit: Bool { isASCII && isNumber && ("0"..."9").contains(self) }

    /// A character of a word: a letter (å, ä, ö included), an ASCII digit or `_`.
    var isWordCharacter: Bool { isLetter || isASCIIDigit || self == "_" }
}
