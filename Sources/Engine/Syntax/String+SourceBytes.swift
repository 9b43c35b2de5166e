extension String {
    /// The text of `bytes[start..<end]`, decoded as UTF-8 (ill-formed bytes repaired as
    /// `String(decoding:as:)` repairs them), made with one copy of the bytes.
    ///
    /// `String(decoding:as:)` validates the bytes, then copies them into a new text and
    /// checks them for ASCII again; a text of up to 15 ASCII bytes made here is copied
    /// straight into the string's inline storage and checked once (the lexer makes a text
    /// for every word and string literal new to a file).
    @inline(__always)
    static func sourceBytes(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            let count = end - start
            guard count > 0, let base = buffer.baseAddress else { return "" }
            return String(unsafeUninitializedCapacity: count) { target in
                target.baseAddress!.initialize(from: base + start, count: count)
                return count
            }
        }
    }
}
