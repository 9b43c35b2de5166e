import Engine

/// An interval of exact values whose ends are each open or closed: the values a printed
/// number may stand for, and their sums.
public struct ExactInterval: Sendable, Equatable, CustomStringConvertible {
    /// The lower end.
    public var lower: Rational
    /// Whether the lower end belongs to the interval.
    public var lowerClosed: Bool
    /// The upper end.
    public var upper: Rational
    /// Whether the upper end belongs to the interval.
    public var upperClosed: Bool

    /// Creates an interval.
    public init(lower: Rational, lowerClosed: Bool = true, upper: Rational, upperClosed: Bool = true) {
        self.lower = lower
        self.lowerClosed = lowerClosed
        self.upper = upper
        self.upperClosed = upperClosed
    }

    /// `[lower, upper]`.
    public static func closed(_ lower: Rational, _ upper: Rational) -> ExactInterval {
        ExactInterval(lower: lower, upper: upper)
    }

    /// Whether no value lies in it.
    public var isEmpty: Bool { lower > upper || (lower == upper && !(lowerClosed && upperClosed)) }

    /// Whether `x` lies in it.
    public func contains(_ x: Rational) -> Bool {
        (lowerClosed ? x >= lower : x > lower) && (upperClosed ? x <= upper : x < upper)
    }

    /// The values in both.
    public func intersection(_ other: ExactInterval) -> ExactInterval {
        var result = self
        if other.lower > lower || (other.lower == lower && !other.lowerClosed) {
            result.lower = other.lower
            result.lowerClosed = other.lowerClosed
        }
        if other.upper < upper || (other.upper == upper && !other.upperClosed) {
            result.upper = other.upper
            result.upperClosed = other.upperClosed
        }
        return result
    }

    /// The smallest interval holding both (an empty one adds nothing).
    public func hull(_ other: ExactInterval) -> ExactInterval {
        if isEmpty { return other }
        if other.isEmpty { return self }
        var result = self
        if other.lower < lower || (other.lower == lower && other.lowerClosed) {
            result.lower = other.lower
            result.lowerClosed = other.lowerClosed || (other.lower == lower && lowerClosed)
        }
        if other.upper > upper || (other.upper == upper && other.upperClosed) {
            result.upper = other.upper
            result.upperClosed = other.upperClosed || (other.upper == upper && upperClosed)
        }
        return result
    }

    /// Every sum of a value of this interval and one of `other`; an end is closed when
    /// both ends it comes from are.
    public func adding(_ other: ExactInterval) throws(ArithmeticOverflow) -> ExactInterval {
        ExactInterval(
            lower: try lower.adding(other.lower), lowerClosed: lowerClosed && other.lowerClosed,
            upper: try upper.adding(other.upper), upperClosed: upperClosed && other.upperClosed)
    }

    /// Every value times a positive factor.
    public func scaled(by factor: Rational) throws(ArithmeticOverflow) -> ExactInterval {
        ExactInterval(
            lower: try lower.multiplied(by: factor), lowerClosed: lowerClosed,
            upper: try upper.multiplied(by: factor), upperClosed: upperClosed)
    }

    /// The values a total takes when capped at `maximum`: `min(x, maximum)` for x in the interval.
    public func capped(at maximum: Rational) -> ExactInterval {
        if isEmpty || upper <= maximum { return self }
        if lower >= maximum { return .closed(maximum, maximum) }
        return ExactInterval(lower: lower, lowerClosed: lowerClosed, upper: maximum, upperClosed: true)
    }

    /// The exact values that round half away from zero to `printed` at `decimals`
    /// decimals: `[p − h, p + h)` above zero, `(−h, h)` at zero and `(p − h, p + h]` below,
    /// with `h` half a unit of the last decimal.
    public static func rounding(to printed: Rational, decimals: Int) throws(ArithmeticOverflow) -> ExactInterval {
        var unit = Rational.one
        for _ in 0..<decimals { unit = try unit.divided(by: Rational(10)) }
        let half = try unit.divided(by: Rational(2))
        let lower = try printed.subtracting(half)
        let upper = try printed.adding(half)
        if printed > .zero { return ExactInterval(lower: lower, lowerClosed: true, upper: upper, upperClosed: false) }
        if printed < .zero { return ExactInterval(lower: lower, lowerClosed: false, upper: upper, upperClosed: true) }
        return ExactInterval(lower: lower, lowerClosed: false, upper: upper, upperClosed: false)
    }

    /// `[19.5, 20.5)`, with at most 4 decimals; `∅` when empty.
    public var description: String {
        guard !isEmpty else { return "∅" }
        if lower == upper { return "{\(lower.decimalString(maxFractionDigits: 4))}" }
        return (lowerClosed ? "[" : "(") + lower.decimalString(maxFractionDigits: 4) + ", "
            + upper.decimalString(maxFractionDigits: 4) + (upperClosed ? "]" : ")")
    }
}
