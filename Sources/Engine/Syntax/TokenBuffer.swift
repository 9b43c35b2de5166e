/// The tokens of one file as the lexer writes them: a buffer of its own, so that writing a
/// token is a store and a count, not an array's append (which asks the array's storage
/// whether it is shared, every time). ``array()`` hands them over as an array.
struct TokenBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<CompactToken>
    private var capacity: Int
    /// The number of tokens written.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` tokens (at least one) before it grows.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Writes `token` after the others.
    @inline(__always)
    mutating func append(_ token: CompactToken) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
    }

    /// The tokens written, in order.
    func array() -> [CompactToken] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<CompactToken>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
