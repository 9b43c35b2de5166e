/// Every membership slot's item as an ``EvidenceBindingRecord`` item key, so binding a
/// recorded set compares two words per item instead of strings.
struct FixedPointSlotKeys: Sendable {
    /// Two words per slot, in the order of ``FixedPointProgram/slotItem``. An item that
    /// has no key but is ASCII (longer than 16 bytes, or with a NUL byte) gets a key no
    /// item has (all bytes 0xFF): no item with a key is that item.
    let words: [UInt64]
    /// Per fact: whether one of its slot items is not ASCII. Such an item can be the same
    /// `String` as an ASCII item with other bytes (canonical equivalence), so a set of
    /// that fact binds from its finding, comparing strings.
    let factNeedsStrings: [Bool]

    /// The keys of `items`, the slots of fact `f` being `factSlotStart[f]..<factSlotStart[f+1]`.
    init(items: [String], factSlotStart: [Int32]) {
        var words: [UInt64] = []
        words.reserveCapacity(2 * items.count + 2)
        var needsStrings = [Bool](repeating: false, count: max(factSlotStart.count - 1, 0))
        for fact in needsStrings.indices {
            for k in Int(factSlotStart[fact])..<Int(factSlotStart[fact + 1]) {
                if let key = EvidenceBindingRecord.key(items[k]) {
                    words += [key.a, key.b]
                } else {
                    words += [.max, .max]
                    if !items[k].utf8.allSatisfy({ $0 < 0x80 }) { needsStrings[fact] = true }
                }
            }
        }
        // A trailing pair keeps the array non-empty, so its base address exists.
        self.words = words + [0, 0]
        factNeedsStrings = needsStrings
    }
}
