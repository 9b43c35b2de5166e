/// The findings of a checked evidence file in the compact form the fixed-point evaluator
/// binds from: 16 bytes per finding in one contiguous array, a set's items packed into
/// 16-byte keys right after it, so binding a file reads one small block and touches no
/// `String` (a ``Finding`` is over a hundred bytes and a set's items are a block of
/// their own).
///
/// It depends on the findings alone, never on an instrument's layout: a scalar in
/// micro-units, a set's items as the exact bytes of each item. The evidence checker
/// fills it (``Evidence/bindingRecord``); changing ``Evidence/findings`` afterwards
/// clears it, and binding without a record reads the findings themselves.
struct EvidenceBindingRecord: Sendable, Equatable {
    /// One 16-byte entry: a finding's header, or one item key of the set before it.
    struct Entry: Sendable, Equatable {
        /// Header: the fact index in the low 32 bits, the ``Kind`` in the high 32 bits.
        /// Item key: the item's first eight bytes.
        var a: UInt64
        /// Header: the scalar in micro-units (``MicroUnits/unassessed`` when not
        /// representable) or, for a set, the finding's position in ``Evidence/findings``.
        /// Item key: the item's bytes nine to sixteen.
        var b: UInt64
    }

    /// What a header's high 32 bits say.
    enum Kind {
        /// A flag, level or number: `b` is its scalar.
        static let scalar: UInt32 = 0
        /// Any other value up to ``stringsOnly``: a set of `kind - 1` items, whose keys
        /// follow the header.
        static let firstSet: UInt32 = 1
        /// A set with an item that has no key (not ASCII, longer than 16 bytes, or with a
        /// NUL byte): it binds from its finding, at position `b`.
        static let stringsOnly: UInt32 = .max
    }

    /// Headers, each set's header followed by its item keys, in source order (the last
    /// finding of a fact counts, as for ``Evidence/values(factCount:)``).
    var entries: [Entry]
    /// One past the largest fact index.
    var factEnd: Int
    /// Whether every flag, level and number that counts (the last finding of its fact) is
    /// a whole number of micro-units that fits.
    var isRepresentable: Bool

    /// The record of `findings`, or nil when a fact index is negative or does not fit 32
    /// bits (binding then reads the findings).
    init?(findings: [Finding]) {
        var entries: [Entry] = []
        entries.reserveCapacity(findings.count + 8)
        var factEnd = 0
        var representable = true
        for position in findings.indices {
            let finding = findings[position].fact
            guard finding >= 0, finding < Int(Int32.max) else { return nil }
            factEnd = max(factEnd, finding + 1)
            let fact = UInt64(finding)
            let micro: Int64?
            switch findings[position].value {
            case .flag(let yes): micro = yes ? MicroUnits.scale : 0
            case .level(let index): micro = MicroUnits.of(count: Int64(index))
            case .number(let number): micro = MicroUnits.of(number)
            case .set(let items):
                let header = entries.count
                entries.append(Entry(a: fact, b: UInt64(position)))
                var kind = UInt32(truncatingIfNeeded: items.count) &+ Kind.firstSet
                if items.count >= Int(Kind.stringsOnly - Kind.firstSet) { kind = Kind.stringsOnly }
                for item in items where kind != Kind.stringsOnly {
                    guard let key = Self.key(item) else {
                        kind = Kind.stringsOnly
                        break
                    }
                    entries.append(key)
                }
                if kind == Kind.stringsOnly { entries.removeSubrange((header + 1)...) }
                entries[header].a = fact | UInt64(kind) << 32
                continue
            }
            // A value bound over by a later finding of its fact does not count.
            if micro == nil, !findings[(position + 1)...].contains(where: { $0.fact == finding }) {
                representable = false
            }
            entries.append(Entry(a: fact, b: UInt64(bitPattern: micro ?? MicroUnits.unassessed)))
        }
        self.entries = entries
        self.factEnd = factEnd
        isRepresentable = representable
    }

    /// The key of an item of at most 16 ASCII bytes, none of them NUL: its bytes in order,
    /// little-endian, padded with zeros. Two such items are the same `String` exactly when
    /// their keys are equal (ASCII text has one canonical form, and the padding cannot be
    /// mistaken for a byte). Nil for any other item.
    static func key(_ item: String) -> Entry? {
        guard item.utf8.count <= 16 else { return nil }
        var item = item
        return item.withUTF8 { bytes in
            var words: (UInt64, UInt64) = (0, 0)
            var ascii = true
            for i in bytes.indices {
                let byte = bytes[i]
                ascii = ascii && byte != 0 && byte < 0x80
                if i < 8 { words.0 |= UInt64(byte) << UInt64(8 * i) } else { words.1 |= UInt64(byte) << UInt64(8 * (i - 8)) }
            }
            return ascii ? Entry(a: words.0, b: words.1) : nil
        }
    }
}
