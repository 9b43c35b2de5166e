/// Fact paths to fact indices, hashed over their bytes (FNV-1a) instead of with `String`'s
/// seeded hasher: the checkers look a fact up per finding and per condition, and hashing
/// a path the `Dictionary` way cost more than the rest of reading the finding.
///
/// Exact by construction: it holds only ASCII paths and answers only ASCII keys, where two
/// strings are equal exactly when their bytes are (a non-ASCII text can be canonically
/// equivalent to ASCII, such as the Kelvin sign and `K`, so an instrument with any
/// non-ASCII path gets an empty table). A hit is checked against the path it points at;
/// anything it cannot answer (nil) goes to ``FactCatalog/index``.
public struct FactPathTable: Sendable {
    /// Per slot: the fact index + 1, or 0 for empty. A power of two, at most half full.
    private var slots: [Int32] = []

    /// An empty table: every question goes to the dictionary.
    public init() {}

    /// The table of `facts`' paths; empty when a path is not ASCII or there are too many.
    public init(facts: [Fact]) {
        guard !facts.isEmpty, facts.count < Int(Int32.max) / 4 else { return }
        var size = 8
        while size < facts.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (index, fact) in facts.enumerated() {
            guard let hash = Self.asciiHash(fact.path) else { return }
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] != 0 {
                // The dictionary built in order keeps a repeated path's last index:
                // rather than follow it, a table with repeats is not used.
                if facts[Int(slots[slot] - 1)].path == fact.path { return }
                slot = (slot + 1) & (size - 1)
            }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
    }

    /// The index of the fact with this path; nil when the table cannot say (no such
    /// path, a non-ASCII key, an empty table), and the dictionary must be asked.
    public func index(of path: String, in facts: [Fact]) -> Int? {
        guard !slots.isEmpty, let hash = Self.asciiHash(path) else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if entry <= facts.count, facts[entry - 1].path == path { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the UTF-8 bytes; nil when the text is not ASCII (or not contiguous).
    static func asciiHash(_ text: String) -> UInt64? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var high: UInt8 = 0
            for byte in bytes {
                high |= byte
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return high < 0x80 ? hash ^ (hash >> 29) : nil
        } ?? nil
    }
}
