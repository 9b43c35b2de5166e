/// The shape of number literals: `-?digits(.digits)?`.
enum NumberText {
    /// Whether `text` has the shape of a number literal (regardless of its size).
    static func isWellFormed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = bytes.first == UInt8(ascii: "-") ? 1 : 0
            var digits = 0
            var points = 0
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits += 1
                case UInt8(ascii: "."):
                    // Each part holds a digit: none before the point, or none after it, fails.
                    guard digits > 0, points == 0 else { return false }
                    points += 1
                    digits = 0
                default:
                    return false
                }
                i += 1
            }
            return digits > 0
        }
    }

    /// A well-formed number as JSON writes it: the language allows leading zeros
    /// (`075`), JSON does not, so they are dropped (`75`, `-00.5` → `-0.5`).
    static func withoutLeadingZeros(_ text: String) -> String {
        var body = Substring(text)
        let sign = body.first == "-" ? "-" : ""
        if !sign.isEmpty { body = body.dropFirst() }
        let whole = body.prefix { $0 != "." }
        let kept = whole.drop { $0 == "0" }
        return sign + (kept.isEmpty ? "0" : String(kept)) + body.dropFirst(whole.count)
    }

    /// Whether a well-formed number is in the language's range: a magnitude of at most
    /// 10^12 and at most 6 decimals (the parser and the JSON reader apply the same rule).
    /// Read as bytes; any other text is measured by ``isInRangeByCharacters(_:)``.
    static func isInRange(_ text: String) -> Bool {
        // Seven bytes or fewer hold at most seven whole digits and at most six decimals:
        // in range, whatever they are (as ``isInRangeByCharacters(_:)`` also finds).
        if text.utf8.count <= 7 { return true }
        guard isWellFormed(text) else { return isInRangeByCharacters(text) }
        var text = text
        return text.withUTF8 { bytes in
            let zero = UInt8(ascii: "0")
            var i = bytes.first == UInt8(ascii: "-") ? 1 : 0
            while i < bytes.count, bytes[i] == zero { i += 1 }
            let wholeStart = i
            while i < bytes.count, bytes[i] != UInt8(ascii: ".") { i += 1 }
            let whole = i - wholeStart
            let decimalsStart = min(i + 1, bytes.count)
            var tooLarge = whole > 13
            if whole == 13 {
                // Only 10^12 itself, with nothing but zeros after the point.
                tooLarge = bytes[wholeStart] != UInt8(ascii: "1")
                    || bytes[(wholeStart + 1)..<i].contains { $0 != zero }
                    || bytes[decimalsStart...].contains { $0 != zero }
            }
            return !tooLarge && bytes.count - decimalsStart <= 6
        }
    }

    /// ``isInRange(_:)`` by characters, as it was first written: the reference the byte
    /// version is tested against, and the answer for text that is not a number.
    static func isInRangeByCharacters(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts[0].drop { $0 == "0" }
        let decimals = parts.count > 1 ? parts[1].count : 0
        var tooLarge = whole.count > 13
        if whole.count == 13 {
            tooLarge = whole != "1000000000000" || (parts.count > 1 && parts[1].contains { $0 != "0" })
        }
        return !tooLarge && decimals <= 6
    }
}

extension Character {
    /// `0`–`9`.
    var isASCIIDigit: Bool { isASCII && isNumber && ("0"..."9").contains(self) }

    /// A character of a word: a letter (å, ä, ö included), an ASCII digit or `_`.
    var isWordCharacter: Bool { isLetter || isASCIIDigit || self == "_" }
}
