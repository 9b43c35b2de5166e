/// An exact rational number: the engine's type for points, weights and satisfactions.
///
/// A value is always normalised: the denominator is positive and shares no factor
/// with the numerator, and zero is `0/1`, so equality and hashing compare fields.
/// The numerator may be any `Int64`, including `Int64.min`.
///
/// Arithmetic never traps. Operands are cross-cancelled before multiplying and sums
/// fall back to 128-bit intermediates, so an operation throws ``ArithmeticOverflow``
/// only when its exact, reduced result does not fit in `Int64` (or on division by
/// zero). Comparison is exact for all values.
public struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The numerator; it carries the sign.
    public let numerator: Int64
    /// The denominator; always positive and coprime with the numerator.
    public let denominator: Int64

    /// Zero, `0/1`.
    public static let zero = Rational(0)
    /// One, `1/1`.
    public static let one = Rational(1)

    /// The integer `integer`, as `integer/1`.
    public init(_ integer: Int64) {
        self.init(unchecked: integer, 1)
    }

    /// `numerator/denominator`, normalised.
    ///
    /// Returns nil when `denominator` is zero or the normalised value does not fit,
    /// such as `1/Int64.min` or `Int64.min/-1` (either would need 2^63).
    public init?(numerator: Int64, denominator: Int64) {
        guard denominator != 0 else { return nil }
        let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
        self.init(
            negative: (numerator < 0) != (denominator < 0),
            magnitude: numerator.magnitude / divisor,
            denominator: denominator.magnitude / divisor)
    }

    /// A value from fields that are already normalised.
    private init(unchecked numerator: Int64, _ denominator: Int64) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A value from a sign and coprime magnitudes; nil when it does not fit.
    init?(negative: Bool, magnitude: UInt64, denominator: UInt64) {
        guard denominator != 0, denominator <= UInt64(Int64.max) else { return nil }
        let numerator: Int64
        if negative {
            guard magnitude <= Int64.min.magnitude else { return nil }
            numerator = Int64(truncatingIfNeeded: 0 &- magnitude)
        } else {
            guard magnitude <= UInt64(Int64.max) else { return nil }
            numerator = Int64(magnitude)
        }
        self.init(unchecked: numerator, Int64(denominator))
    }

    /// `n` for integers, otherwise `n/d` (for debugging; reports use ``decimalString(maxFractionDigits:)``).
    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }

    /// Whether the value is a whole number.
    public var isInteger: Bool { denominator == 1 }

    /// The integer part, truncated toward zero: 7/2 gives 3 and -7/2 gives -3.
    public func integerPart() -> Int64 {
        numerator / denominator
    }

    /// The greatest integer not above the value: 7/2 gives 3 and -7/2 gives -4.
    public func floor() -> Int64 {
        let quotient = numerator / denominator
        return numerator % denominator < 0 ? quotient - 1 : quotient
    }

    /// The value limited to `range`.
    public func clamped(to range: ClosedRange<Rational>) -> Rational {
        Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }

    /// Exact ordering: compares the 128-bit cross products, which cannot overflow.
    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        if lhs.denominator == rhs.denominator { return lhs.numerator < rhs.numerator }
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return left.high < right.high || (left.high == right.high && left.low < right.low)
    }

    // MARK: Arithmetic

    /// `-self`.
    /// - Throws: ``ArithmeticOverflow`` (`.negation`) for `Int64.min`.
    public func negated() throws(ArithmeticOverflow) -> Rational {
        guard
            let result = Rational(
                negative: numerator > 0, magnitude: numerator.magnitude, denominator: UInt64(denominator))
        else { throw ArithmeticOverflow(.negation) }
        return result
    }

    /// `self + other`.
    /// - Throws: ``ArithmeticOverflow`` (`.addition`) when the exact sum does not fit.
    public func adding(_ other: Rational) throws(ArithmeticOverflow) -> Rational {
        if denominator == 1 && other.denominator == 1 {
            let (sum, overflow) = numerator.addingReportingOverflow(other.numerator)
            guard !overflow else { throw ArithmeticOverflow(.addition) }
            return Rational(unchecked: sum, 1)
        }
        guard let result = Self.sum(self, other, negatingSecond: false) else { throw ArithmeticOverflow(.addition) }
        return result
    }

    /// `self - other`.
    /// - Throws: ``ArithmeticOverflow`` (`.subtraction`) when the exact difference does not fit.
    public func subtracting(_ other: Rational) throws(ArithmeticOverflow) -> Rational {
        if denominator == 1 && other.denominator == 1 {
            let (difference, overflow) = numerator.subtractingReportingOverflow(other.numerator)
            guard !overflow else { throw ArithmeticOverflow(.subtraction) }
            return Rational(unchecked: difference, 1)
        }
        guard let result = Self.sum(self, other, negatingSecond: true) else { throw ArithmeticOverflow(.subtraction) }
        return result
    }

    /// `self · other`, cross-cancelled first so that only a result that does not fit throws.
    /// - Throws: ``ArithmeticOverflow`` (`.multiplication`) when the exact product does not fit.
    public func multiplied(by other: Rational) throws(ArithmeticOverflow) -> Rational {
        if denominator == 1 && other.denominator == 1 {
            let (product, overflow) = numerator.multipliedReportingOverflow(by: other.numerator)
            guard !overflow else { throw ArithmeticOverflow(.multiplication) }
            return Rational(unchecked: product, 1)
        }
        let g1 = Self.gcd(numerator.magnitude, other.denominator.magnitude)
        let g2 = Self.gcd(other.numerator.magnitude, denominator.magnitude)
        guard
            let result = Self.product(
                negative: (numerator < 0) != (other.numerator < 0),
                numerator.magnitude / g1, other.numerator.magnitude / g2,
                over: denominator.magnitude / g2, other.denominator.magnitude / g1)
        else { throw ArithmeticOverflow(.multiplication) }
        return result
    }

    /// `self / other`, cross-cancelled first.
    /// - Throws: ``ArithmeticOverflow`` with operation `.division` and reason
    ///   `.divisionByZero` when `other` is zero, or reason `.overflow` when the
    ///   exact quotient does not fit.
    public func divided(by other: Rational) throws(ArithmeticOverflow) -> Rational {
        guard other.numerator != 0 else { throw ArithmeticOverflow(.division, reason: .divisionByZero) }
        let g1 = Self.gcd(numerator.magnitude, other.numerator.magnitude)
        let g2 = Self.gcd(denominator.magnitude, other.denominator.magnitude)
        guard
            let result = Self.product(
                negative: (numerator < 0) != (other.numerator < 0),
                numerator.magnitude / g1, other.denominator.magnitude / g2,
                over: denominator.magnitude / g2, other.numerator.magnitude / g1)
        else { throw ArithmeticOverflow(.division) }
        return result
    }

    /// `±(a·b)/(c·d)` for factors whose products are already coprime.
    private static func product(negative: Bool, _ a: UInt64, _ b: UInt64, over c: UInt64, _ d: UInt64) -> Rational? {
        let (top, topOverflow) = a.multipliedReportingOverflow(by: b)
        let (bottom, bottomOverflow) = c.multipliedReportingOverflow(by: d)
        guard !topOverflow, !bottomOverflow else { return nil }
        return Rational(negative: negative, magnitude: top, denominator: bottom)
    }

    /// `x ± y` by Knuth's method: with g = gcd(b, d), t = a·(d/g) ± c·(b/g) and
    /// g₂ = gcd(t, g), the reduced result is (t/g₂) / ((b/g)·(d/g₂)).
    private static func sum(_ x: Rational, _ y: Rational, negatingSecond: Bool) -> Rational? {
        let g = gcd(x.denominator.magnitude, y.denominator.magnitude)
        let xScale = y.denominator / Int64(g)
        let yScale = x.denominator / Int64(g)
        let (p, pOverflow) = x.numerator.multipliedReportingOverflow(by: xScale)
        let (q, qOverflow) = y.numerator.multipliedReportingOverflow(by: yScale)
        let (t, tOverflow) = negatingSecond ? p.subtractingReportingOverflow(q) : p.addingReportingOverflow(q)
        guard !pOverflow, !qOverflow, !tOverflow else {
            // t needs more than 64 bits, yet t/g₂ may still fit.
            if #available(macOS 15, iOS 18, watchOS 11, tvOS 18, visionOS 2, *) {
                return wideSum(x, y, negatingSecond: negatingSecond, g: g, xScale: xScale, yScale: yScale)
            }
            return nil
        }
        let g2 = gcd(t.magnitude, g)
        return product(negative: t < 0, t.magnitude / g2, 1, over: UInt64(yScale), y.denominator.magnitude / g2)
    }

    /// ``sum(_:_:negatingSecond:)`` with t in 128 bits: |t| < 2^127.
    @available(macOS 15, iOS 18, watchOS 11, tvOS 18, visionOS 2, *)
    private static func wideSum(
        _ x: Rational, _ y: Rational, negatingSecond: Bool, g: UInt64, xScale: Int64, yScale: Int64
    ) -> Rational? {
        let p = Int128(x.numerator) * Int128(xScale)
        let q = Int128(y.numerator) * Int128(yScale)
        let t = negatingSecond ? p - q : p + q
        let g2 = gcd(UInt64(t.magnitude % UInt128(g)), g)
        guard let magnitude = UInt64(exactly: t.magnitude / UInt128(g2)) else { return nil }
        return product(negative: t < 0, magnitude, 1, over: UInt64(yScale), y.denominator.magnitude / g2)
    }

    /// Greatest common divisor (binary method); `gcd(0, n) == n`.
    private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        if a == 0 { return b }
        if b == 0 { return a }
        var a = a
        var b = b
        let shift = (a | b).trailingZeroBitCount
        a >>= a.trailingZeroBitCount
        repeat {
            b >>= b.trailingZeroBitCount
            if a > b { swap(&a, &b) }
            b -= a
        } while b != 0
        return a << shift
    }
}

/// An arithmetic result that ``Rational`` cannot represent, or a division by zero.
///
/// The evaluator reports it as `eval.overflow`; it is never a trap.
public struct ArithmeticOverflow: Error, Sendable, Equatable, CustomStringConvertible {
    /// The operation that failed.
    public enum Operation: String, Sendable, Equatable {
        /// ``Rational/adding(_:)``.
        case addition
        /// ``Rational/subtracting(_:)``.
        case subtraction
        /// ``Rational/multiplied(by:)``.
        case multiplication
        /// ``Rational/divided(by:)``.
        case division
        /// ``Rational/negated()``.
        case negation
    }

    /// Why it failed.
    public enum Reason: Sendable, Equatable {
        /// The exact result's reduced numerator or denominator does not fit in `Int64`.
        case overflow
        /// The divisor is zero.
        case divisionByZero
    }

    /// The operation that failed.
    public let operation: Operation
    /// Why it failed.
    public let reason: Reason

    /// A failure of `operation` for `reason`.
    public init(_ operation: Operation, reason: Reason = .overflow) {
        self.operation = operation
        self.reason = reason
    }

    /// A lower-case message, such as "multiplication overflows exact 64-bit arithmetic".
    public var description: String {
        switch reason {
        case .overflow: "\(operation.rawValue) overflows exact 64-bit arithmetic"
        case .divisionByZero: "division by zero"
        }
    }
}
