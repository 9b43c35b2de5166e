/// The words of one file, each made into a `String` once: equal words share one text, so
/// lexing a file allocates per distinct word, not per word. Keyed by the word's bytes in
/// the file (an open-addressing table of the entries themselves, over FNV-1a hashes the
/// lexer computes while it scans the word, so the bytes are read once).
///
/// It also holds the file's texts (``texts``), which compact tokens index: the fixed
/// texts of punctuation, each distinct word once, and each string literal.
struct WordTable {
    /// FNV-1a's offset basis: the hash of no bytes.
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// A word's place in the file, its hash and what it is; a `text` of -1 marks a free slot.
    private struct Entry {
        var hash: UInt64
        var start: Int32
        var length: Int32
        var text: Int32
        var kind: Token.Kind
        var isNumeric: Bool

        static let free = Entry(hash: 0, start: 0, length: 0, text: -1, kind: .end, isNumeric: false)
    }

    /// What a word is: its text's index in ``texts``, its kind, and whether it is a number.
    typealias Word = (text: Int32, kind: Token.Kind, isNumeric: Bool)

    // The slots, a power of two of them, at most half of them taken: one entry per distinct
    // word, probed in place (no index to follow from a slot to its entry).
    private var slots: [Entry]
    private var mask: Int
    /// The number of distinct words seen.
    private(set) var count = 0
    /// The texts compact tokens index: ``CompactToken/fixedTexts``, then each word and
    /// string in the order they were added.
    private(set) var texts: [String] = CompactToken.fixedTexts

    /// A table for a file of `bytes` bytes: room for its texts up front, and slots for
    /// ``slotCount(bytes:)`` of them, so that the table seldom grows.
    init(bytes: Int) {
        self.init(slots: Self.slotCount(bytes: bytes))
        // About one word or string that is new to the file per 20 bytes (the generated
        // instruments and evidence of the benchmark): room for one per 12.
        texts.reserveCapacity(CompactToken.fixedTexts.count + bytes / 12)
    }

    init() {
        // A file of the language has about a hundred distinct words: room for 128 of them
        // before the table grows.
        self.init(slots: 256)
    }

    /// An empty table of `count` slots, a power of two.
    private init(slots count: Int) {
        slots = [Entry](repeating: .free, count: count)
        mask = count - 1
    }

    /// The slots for a file of `bytes` bytes: a power of two, at least 256, and at least
    /// one for every 8 bytes. A file has about one distinct word or string per 16 to 20
    /// bytes (the instruments and evidence of the benchmark), and the table holds one
    /// per two slots before it grows: room for one per 16 bytes.
    static func slotCount(bytes: Int) -> Int {
        var count = 256
        while count < bytes / 8 { count *= 2 }
        return count
    }

    /// Adds a text that is not a word (a string literal's value, a repaired number); its index.
    @inline(__always)
    mutating func append(_ text: consuming String) -> Int32 {
        texts.append(text)
        return Int32(truncatingIfNeeded: texts.count - 1)
    }

    /// `hash` with one more byte.
    @inline(__always)
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// FNV-1a over `bytes[start..<end]`.
    static func hash(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0, start, end) }
    }

    /// FNV-1a over `bytes[start..<end]`, read without bounds checks.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash = emptyHash
        for i in start..<end { hash = Self.hash(hash, bytes[i]) }
        return hash
    }

    /// The text, kind and number shape of the word `bytes[start..<end]`, whose FNV-1a hash
    /// is `hash`; `make` is called for its first occurrence only.
    mutating func word(
        _ bytes: [UInt8], _ start: Int, _ end: Int, hash: UInt64, make: () -> (String, Token.Kind)
    ) -> Word {
        if let word = find(bytes, start, end, hash: hash) { return word }
        let (text, kind) = make()
        let isNumeric = (kind == .word || kind == .number) && NumberText.isWellFormed(text)
        return add(text, kind, isNumeric: isNumeric, bytes, start, end, hash: hash)
    }

    /// The word `bytes[start..<end]`, whose FNV-1a hash is `hash`, if it was added.
    @inline(__always)
    func find(_ bytes: [UInt8], _ start: Int, _ end: Int, hash: UInt64) -> Word? {
        bytes.withUnsafeBufferPointer { find($0, start, end, hash: hash) }
    }

    /// The word `bytes[start..<end]`, whose FNV-1a hash is `hash`, if it was added: read
    /// through a pointer, for the lexer's byte loop.
    @inline(__always)
    func find(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64) -> Word? {
        let length = end - start
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let text = slots[slot].text
            if text < 0 { return nil }
            if slots[slot].hash == hash, Int(slots[slot].length) == length {
                let other = Int(slots[slot].start)
                if other == start || length == 0
                    || Self.memcmpBytes(bytes.baseAddress! + other, bytes.baseAddress! + start, length)
                {
                    return (text, slots[slot].kind, slots[slot].isNumeric)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the word `bytes[start..<end]` (not found before), whose FNV-1a hash is `hash`,
    /// with its text, kind and whether it is a number.
    mutating func add(
        _ text: consuming String, _ kind: Token.Kind, isNumeric: Bool, _ bytes: [UInt8], _ start: Int, _ end: Int, hash: UInt64
    ) -> Word {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].text >= 0 { slot = (slot + 1) & mask }
        let textIndex = append(text)
        // Offsets and lengths fit in 32 bits: a source is at most 8 MiB (SourceText.sizeLimit).
        slots[slot] = Entry(
            hash: hash, start: Int32(truncatingIfNeeded: start), length: Int32(truncatingIfNeeded: end - start),
            text: textIndex, kind: kind, isNumeric: isNumeric)
        count += 1
        if count * 2 > slots.count { grow() }
        return (textIndex, kind, isNumeric)
    }

    @inline(__always)
    private static func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        func load8(_ p: UnsafePointer<UInt8>, _ i: Int) -> UInt64 { UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) }
        func load4(_ p: UnsafePointer<UInt8>, _ i: Int) -> UInt32 { UnsafeRawPointer(p + i).loadUnaligned(as: UInt32.self) }
        if length >= 8 {
            // Eight bytes at a time, then the last eight (overlapping what was compared).
            var i = 0
            while i + 8 <= length {
                if load8(a, i) != load8(b, i) { return false }
                i += 8
            }
            return i == length || load8(a, length - 8) == load8(b, length - 8)
        }
        if length >= 4 {
            // The first four and the last four, overlapping.
            return load4(a, 0) == load4(b, 0) && load4(a, length - 4) == load4(b, length - 4)
        }
        var i = 0
        while i < length {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = [Entry](repeating: .free, count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry.text >= 0 {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot].text >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
