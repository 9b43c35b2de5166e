/// Where each word of a kind clause stands in the clause's parts, ascending: packed a byte
/// per word into one integer for up to eight words at places below 256 (every clause of
/// the built-in kinds), so that a clause needs no list of them; in a list beyond that.
struct ClauseWordPlaces: Sendable {
    /// The number of words.
    private(set) var count = 0
    /// The place of word `k` in byte `k`, while ``others`` is empty.
    private var packed: UInt64 = 0
    /// Every word's place, once one does not fit ``packed``; empty before.
    private var others: [Int] = []

    /// No words.
    init() {}

    /// Adds the place of the next word.
    mutating func append(_ place: Int) {
        if others.isEmpty, count < 8, place >= 0, place < 256 {
            packed |= UInt64(place) << (8 * UInt64(count))
        } else {
            if others.isEmpty { others = (0..<count).map { self[$0] } }
            others.append(place)
        }
        count += 1
    }

    /// The place of word `k` (`0..<count`).
    @inline(__always)
    subscript(k: Int) -> Int {
        others.isEmpty ? Int(truncatingIfNeeded: (packed >> (8 * UInt64(k))) & 0xFF) : others[k]
    }
}
