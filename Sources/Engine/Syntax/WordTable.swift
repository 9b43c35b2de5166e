/// The words of one file, each made into a `String` once: equal words share one text, so
/// lexing a file allocates per distinct word, not per word. Keyed by the word's bytes in
/// the file (an open-addressing table over FNV-1a hashes).
struct WordTable {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var length: Int
        var text: String
        var kind: Token.Kind
    }

    private var slots: [Int32]
    private var entries: [Entry] = []
    private var mask: Int

    init() {
        slots = [Int32](repeating: -1, count: 256)
        mask = 255
    }

    /// FNV-1a over `bytes[start..<end]`.
    @inline(__always)
    static func hash(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<end { hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01b3 }
        return hash
    }

    /// The text and kind of the word `bytes[start..<end]`; `make` is called for its first
    /// occurrence only.
    mutating func word(
        _ bytes: [UInt8], _ start: Int, _ end: Int, make: () -> (String, Token.Kind)
    ) -> (String, Token.Kind) {
        let hash = Self.hash(bytes, start, end)
        let length = end - start
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            let entry = entries[index]
            if entry.hash == hash, entry.length == length,
                Self.memoryEqual(bytes, entry.start, start, length)
            {
                return (entry.text, entry.kind)
            }
            slot = (slot + 1) & mask
        }
        let (text, kind) = make()
        slots[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, start: start, length: length, text: text, kind: kind))
        if entries.count * 2 > slots.count { grow() }
        return (text, kind)
    }

    private static func memoryEqual(_ bytes: [UInt8], _ a: Int, _ b: Int, _ length: Int) -> Bool {
        var i = 0
        while i < length {
            if bytes[a + i] != bytes[b + i] { return false }
            i += 1
        }
        return true
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
