extension Keyword {
    /// The keywords by the length of their spelling: each spelling's bytes with its keyword.
    private static let byLength: [[(spelling: [UInt8], keyword: Keyword)]] = {
        var table = [[(spelling: [UInt8], keyword: Keyword)]](repeating: [], count: maximumLength + 1)
        for keyword in allCases { table[keyword.rawValue.utf8.count].append((Array(keyword.rawValue.utf8), keyword)) }
        return table
    }()

    /// The length in bytes of the longest keyword.
    static let maximumLength = allCases.map(\.rawValue.utf8.count).max() ?? 0

    /// The keyword spelled by the ASCII bytes `bytes[start..<end]`, if any: what
    /// `Keyword(rawValue:)` answers for their text, without building or hashing a
    /// `String`. The caller checks that the bytes are ASCII (other text goes through
    /// `Keyword(rawValue:)`, which compares as `String` does).
    static func ascii(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Keyword? {
        let length = end - start
        // Every keyword is spelled in lowercase ASCII letters.
        guard length > 0, length <= maximumLength, bytes[start] &- 0x61 < 26 else { return nil }
        for candidate in byLength[length] {
            var i = 0
            while i < length, candidate.spelling[i] == bytes[start + i] { i += 1 }
            if i == length { return candidate.keyword }
        }
        return nil
    }
}
