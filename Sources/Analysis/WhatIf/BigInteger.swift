/// A signed integer of any size, for the plan search's points when their common scale does
/// not fit 128 bits: sign and magnitude, the magnitude in 64-bit limbs, least significant
/// first, with no leading zero limb (zero has none and is never negative), so equal values
/// have equal representations and the synthesized `Hashable` is right.
///
/// Only what the search needs: sums, differences, comparison, products and quotients by
/// one 64-bit word.
struct BigInteger: Hashable, Sendable, Comparable, CustomStringConvertible {
    private(set) var negative: Bool
    private(set) var limbs: [UInt64]

    static let zero = BigInteger(negative: false, limbs: [])

    private init(negative: Bool, limbs: [UInt64]) {
        var limbs = limbs
        while limbs.last == 0 { limbs.removeLast() }
        self.negative = negative && !limbs.isEmpty
        self.limbs = limbs
    }

    init(_ value: Int128) {
        let magnitude = value.magnitude
        self.init(negative: value < 0, limbs: [UInt64(truncatingIfNeeded: magnitude), UInt64(magnitude >> 64)])
    }

    init(_ value: Int64) { self.init(Int128(value)) }

    /// The value as an `Int128`, or nil when it does not fit.
    var int128: Int128? {
        guard limbs.count <= 2 else { return nil }
        var magnitude = UInt128(0)
        for (index, limb) in limbs.enumerated() { magnitude |= UInt128(limb) << (64 * index) }
        if negative { return magnitude <= UInt128(Int128.max) + 1 ? Int128(truncatingIfNeeded: 0 &- magnitude) : nil }
        return magnitude <= UInt128(Int128.max) ? Int128(magnitude) : nil
    }

    /// The number of bits of the magnitude.
    var bitWidth: Int { limbs.isEmpty ? 0 : 64 * limbs.count - limbs[limbs.count - 1].leadingZeroBitCount }

    // MARK: Magnitudes

    private static func compareMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for index in stride(from: a.count - 1, through: 0, by: -1) where a[index] != b[index] {
            return a[index] < b[index] ? -1 : 1
        }
        return 0
    }

    private static func addMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var out = long
        var carry: UInt64 = 0
        for index in out.indices {
            guard index < short.count || carry != 0 else { break }
            let (s1, o1) = out[index].addingReportingOverflow(index < short.count ? short[index] : 0)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[index] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        if carry != 0 { out.append(carry) }
        return out
    }

    /// `a - b` for magnitudes with `a ≥ b`.
    private static func subtractMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var out = a
        var borrow: UInt64 = 0
        for index in out.indices {
            guard index < b.count || borrow != 0 else { break }
            let (d1, o1) = out[index].subtractingReportingOverflow(index < b.count ? b[index] : 0)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            out[index] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        return out
    }

    // MARK: Arithmetic

    static func + (x: BigInteger, y: BigInteger) -> BigInteger {
        if x.negative == y.negative { return BigInteger(negative: x.negative, limbs: addMagnitudes(x.limbs, y.limbs)) }
        switch compareMagnitudes(x.limbs, y.limbs) {
        case 0: return .zero
        case 1: return BigInteger(negative: x.negative, limbs: subtractMagnitudes(x.limbs, y.limbs))
        default: return BigInteger(negative: y.negative, limbs: subtractMagnitudes(y.limbs, x.limbs))
        }
    }

    static prefix func - (x: BigInteger) -> BigInteger { BigInteger(negative: !x.negative, limbs: x.limbs) }

    static func - (x: BigInteger, y: BigInteger) -> BigInteger { x + -y }

    static func += (x: inout BigInteger, y: BigInteger) { x = x + y }

    static func < (x: BigInteger, y: BigInteger) -> Bool {
        if x.negative != y.negative { return x.negative }
        let order = compareMagnitudes(x.limbs, y.limbs)
        return x.negative ? order > 0 : order < 0
    }

    /// `self · factor`.
    func multiplied(by factor: Int64) -> BigInteger {
        let product = multiplied(byWord: factor.magnitude)
        return factor < 0 ? -product : product
    }

    /// `self · factor` for a 128-bit factor.
    func multiplied(wide factor: Int128) -> BigInteger {
        let magnitude = factor.magnitude
        let low = multiplied(byWord: UInt64(truncatingIfNeeded: magnitude))
        let high = multiplied(byWord: UInt64(magnitude >> 64))
        let shifted = BigInteger(negative: high.negative, limbs: high.limbs.isEmpty ? [] : [0] + high.limbs)
        let product = low + shifted
        return factor < 0 ? -product : product
    }

    private func multiplied(byWord word: UInt64) -> BigInteger {
        guard word != 0, !limbs.isEmpty else { return .zero }
        var out: [UInt64] = []
        out.reserveCapacity(limbs.count + 1)
        var carry: UInt64 = 0
        for limb in limbs {
            let (high, low) = limb.multipliedFullWidth(by: word)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            out.append(sum)
            carry = high &+ (overflow ? 1 : 0)
        }
        out.append(carry)
        return BigInteger(negative: negative, limbs: out)
    }

    /// The quotient rounded toward zero and the remainder (with the sign of `self`) by a positive divisor.
    func quotientAndRemainder(dividingBy divisor: UInt64) -> (quotient: BigInteger, remainder: Int128) {
        precondition(divisor > 0, "division by zero")
        var out = [UInt64](repeating: 0, count: limbs.count)
        var remainder: UInt64 = 0
        for index in stride(from: limbs.count - 1, through: 0, by: -1) {
            let (q, r) = divisor.dividingFullWidth((remainder, limbs[index]))
            out[index] = q
            remainder = r
        }
        let signed = Int128(remainder)
        return (BigInteger(negative: negative, limbs: out), negative ? -signed : signed)
    }

    /// ⌊self / divisor⌋ for a positive divisor.
    func floorDivided(by divisor: UInt64) -> BigInteger {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? quotient + BigInteger(Int128(-1)) : quotient
    }

    /// ⌈self / divisor⌉ for a positive divisor.
    func ceilDivided(by divisor: UInt64) -> BigInteger {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder > 0 ? quotient + BigInteger(Int128(1)) : quotient
    }

    /// Decimal digits, with a leading minus sign when negative.
    var description: String {
        guard !limbs.isEmpty else { return "0" }
        var digits: [String] = []
        var rest = BigInteger(negative: false, limbs: limbs)
        let chunk: UInt64 = 10_000_000_000_000_000_000
        while !rest.limbs.isEmpty {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: chunk)
            digits.append(String(remainder))
            rest = quotient
        }
        var out = negative ? "-" : ""
        out += digits.removeLast()
        for part in digits.reversed() { out += String(repeating: "0", count: 19 - part.count) + part }
        return out
    }
}
