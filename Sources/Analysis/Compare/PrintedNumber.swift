import Engine

/// A number as a table prints it: its exact value and its number of decimals, which
/// say how it was rounded (`16` to whole points, `60.5` to tenths).
public struct PrintedNumber: Sendable, Equatable, CustomStringConvertible {
    /// The text as printed.
    public var text: String
    /// Its exact value.
    public var value: Rational
    /// Its number of decimals.
    public var decimals: Int

    /// Reads a printed number such as `16` or `60.5`; nil when it is not one.
    public init?(_ text: String) {
        let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        guard let value = Rational(decimalText: trimmed) else { return nil }
        self.text = trimmed
        self.value = value
        self.decimals = trimmed.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
    }

    /// The exact values that print as this number (half away from zero).
    public func interval() throws(ArithmeticOverflow) -> ExactInterval {
        try ExactInterval.rounding(to: value, decimals: decimals)
    }

    /// The text as printed.
    public var description: String { text }
}
