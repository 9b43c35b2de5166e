extension SourceText {
    /// Whether `bytes` are well-formed UTF-8 (the Unicode Standard's table 3-7: no
    /// overlong forms, no surrogates, nothing above U+10FFFF), as `String(validating:)`
    /// decides; ASCII is checked eight bytes at a time.
    static func isWellFormedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var i = 0
        while i < count {
            while i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < count else { return true }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            // The length of the sequence and the range of its second byte.
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard count - i >= length, bytes[i + 1] >= low, bytes[i + 1] <= high else { return false }
            var j = i + 2
            while j < i + length {
                guard bytes[j] & 0xC0 == 0x80 else { return false }
                j += 1
            }
            i += length
        }
        return true
    }
}
