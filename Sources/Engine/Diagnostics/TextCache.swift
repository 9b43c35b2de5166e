import Synchronization

/// The decoded text of a ``SourceText``, made from its bytes the first time it is asked
/// for and kept: shared by the copies of the source, safe to ask from any thread.
final class TextCache: Sendable {
    private let cache = Mutex<String?>(nil)

    /// The text of `bytes` (well-formed UTF-8, always the same bytes for one cache).
    func text(of bytes: [UInt8]) -> String {
        cache.withLock { cached in
            if let cached { return cached }
            let text = String(decoding: bytes, as: UTF8.self)
            cached = text
            return text
        }
    }
}
