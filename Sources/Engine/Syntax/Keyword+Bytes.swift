extension Keyword {
    /// A keyword's spelling as two words of its bytes, little-endian (bytes 0–7 and 8–15,
    /// zero beyond its length), so that a word is compared with it in two comparisons.
    private struct Packed {
        var low: UInt64
        var high: UInt64
        var keyword: Keyword
    }

    /// The keywords by the length of their spelling, packed.
    private static let byLength: [[Packed]] = {
        var table = [[Packed]](repeating: [], count: maximumLength + 1)
        for keyword in allCases {
            let spelling = Array(keyword.rawValue.utf8)
            let (low, high) = spelling.withUnsafeBufferPointer { pack($0, 0, $0.count) }
            table[spelling.count].append(Packed(low: low, high: high, keyword: keyword))
        }
        return table
    }()

    /// For each length, a bit for each letter a–z some keyword of that length starts with:
    /// most words that are no keyword are told by one load and a test.
    private static let firstLetters: [UInt32] = byLength.map { keywords in
        keywords.reduce(0) { $0 | 1 << UInt32(Array($1.keyword.rawValue.utf8)[0] &- 0x61) }
    }

    /// The length in bytes of the longest keyword (at most 16: a keyword packs into two words).
    static let maximumLength = allCases.map(\.rawValue.utf8.count).max() ?? 0

    /// `bytes[start..<end]` (at most 16 bytes) packed as ``Packed`` packs a spelling.
    @inline(__always)
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var i = start
        while i < end, i < start + 8 {
            low |= UInt64(bytes[i]) << UInt64(8 * (i - start))
            i += 1
        }
        while i < end {
            high |= UInt64(bytes[i]) << UInt64(8 * (i - start - 8))
            i += 1
        }
        return (low, high)
    }

    /// The keyword spelled by the ASCII bytes `bytes[start..<end]`, if any: what
    /// `Keyword(rawValue:)` answers for their text, without building or hashing a
    /// `String`. The caller checks that the bytes are ASCII (other text goes through
    /// `Keyword(rawValue:)`, which compares as `String` does).
    static func ascii(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Keyword? {
        bytes.withUnsafeBufferPointer { ascii($0, start, end) }
    }

    /// ``ascii(_:_:_:)-([UInt8],_,_)`` read through a pointer.
    static func ascii(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Keyword? {
        let length = end - start
        // Every keyword is spelled in lowercase ASCII letters.
        guard length > 0, length <= maximumLength else { return nil }
        let first = bytes[start] &- 0x61
        guard first < 26, firstLetters[length] & 1 << UInt32(first) != 0 else { return nil }
        let (low, high) = pack(bytes, start, end)
        for candidate in byLength[length] where candidate.low == low && candidate.high == high {
            return candidate.keyword
        }
        return nil
    }
}
