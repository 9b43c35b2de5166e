/// A streaming SHA-256 hasher (FIPS 180-4), written by hand because Foundation on
/// Linux has none.
///
/// Feed bytes in any number of pieces, then take the 32-byte digest:
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(Array("ab".utf8))
/// hasher.update(Array("c".utf8))
/// let digest = hasher.finalize()
/// SHA256.hex(digest)  // "ba7816bf…15ad"
/// ```
///
/// All arithmetic wraps, so no input can make it trap.
public struct SHA256: Sendable {
    private static let initialState: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    private var state = SHA256.initialState
    /// Bytes not yet compressed: always fewer than 64.
    private var pending: [UInt8] = []
    private var byteCount: UInt64 = 0

    /// Creates a hasher that has seen no bytes.
    public init() {
        pending.reserveCapacity(64)
    }

    /// Adds `bytes` to the message. Contiguous sequences (arrays, `Data`, buffers)
    /// are hashed in place; others are copied through a 4 KiB buffer. Inlinable so
    /// that the copy loop is specialised for the caller's sequence type.
    @inlinable
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        guard done == nil else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { chunk in
            chunk.initialize(repeating: 0)
            var count = 0
            for byte in bytes {
                chunk[count] = byte
                count += 1
                if count == chunk.count {
                    update(UnsafeRawBufferPointer(chunk))
                    count = 0
                }
            }
            update(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: chunk[..<count])))
        }
    }

    /// Adds the bytes of an array to the message.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Adds the bytes of a raw buffer to the message, compressing whole 64-byte
    /// blocks straight from the buffer.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        byteCount &+= UInt64(bytes.count)
        var offset = 0
        if !pending.isEmpty {
            offset = min(64 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<offset])
            guard pending.count == 64 else { return }
            pending.withUnsafeBytes { Self.compress(&state, blocks: $0) }
            pending.removeAll(keepingCapacity: true)
        }
        let wholeBlocks = (bytes.count - offset) / 64 * 64
        if wholeBlocks > 0 {
            Self.compress(&state, blocks: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + wholeBlocks]))
            offset += wholeBlocks
        }
        pending.append(contentsOf: bytes[offset...])
    }

    /// Pads the message, returns its 32-byte digest and resets the hasher to its
    /// initial state, so it can hash another message.
    public mutating func finalize() -> [UInt8] {
        let bitLength = byteCount &* 8
        var tail = pending
        tail.append(0x80)
        // The 64-bit length must end a block: pad to 56 bytes, or to 120 if no room.
        tail.append(contentsOf: repeatElement(0, count: (tail.count <= 56 ? 56 : 120) - tail.count))
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength &>> UInt64(shift)))
        }
        tail.withUnsafeBytes { Self.compress(&state, blocks: $0) }
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for word in state {
            for shift: UInt32 in [24, 16, 8, 0] {
                digest.append(UInt8(truncatingIfNeeded: word &>> shift))
            }
        }
        self = SHA256()
        return digest
    }

    /// The 32-byte SHA-256 digest of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The SHA-256 digest of `bytes` as 64 lowercase hexadecimal digits, the form
    /// `sha256sum` prints.
    public static func hexDigest(_ bytes: [UInt8]) -> String {
        hex(hash(bytes))
    }

    /// `digest` written as lowercase hexadecimal, two digits a byte.
    public static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(digest.count * 2)
        for byte in digest {
            text.append(digits[Int(byte &>> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Runs the compression function over `blocks`, whose length is a multiple of 64.
    ///
    /// The working variables and the message schedule live in locals and a 16-word
    /// ring on the stack (the schedule's word `t` is only read until `t + 16`), so a
    /// block costs no allocation, no reference counting and no bounds checks.
    private static func compress(_ state: inout [UInt32], blocks: UnsafeRawBufferPointer) {
        guard blocks.count >= 64 else { return }
        var (h0, h1, h2, h3) = (state[0], state[1], state[2], state[3])
        var (h4, h5, h6, h7) = (state[4], state[5], state[6], state[7])
        roundConstants.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { w in
                guard let k = k.baseAddress, let w = w.baseAddress else { return }
                var base = 0
                while base + 64 <= blocks.count {
                    var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
                    for t in 0..<64 {
                        let word: UInt32
                        if t < 16 {
                            word = UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: base &+ 4 &* t, as: UInt32.self))
                        } else {
                            let w15 = w[(t &- 15) & 15]
                            let w2 = w[(t &- 2) & 15]
                            let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 &>> 3)
                            let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 &>> 10)
                            word = w[t & 15] &+ s0 &+ w[(t &- 7) & 15] &+ s1
                        }
                        w[t & 15] = word
                        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                        let choice = (e & f) ^ (~e & g)
                        let t1 = h &+ s1 &+ choice &+ k[t] &+ word
                        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                        let majority = (a & b) ^ (a & c) ^ (b & c)
                        (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ s0 &+ majority)
                    }
                    (h0, h1, h2, h3) = (h0 &+ a, h1 &+ b, h2 &+ c, h3 &+ d)
                    (h4, h5, h6, h7) = (h4 &+ e, h5 &+ f, h6 &+ g, h7 &+ h)
                    base &+= 64
                }
            }
        }
        for (i, word) in [h0, h1, h2, h3, h4, h5, h6, h7].enumerated() { state[i] = word }
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &>> n) | (x &<< (32 &- n))
    }
}
