import Engine
import Statistics

/// Numbers in calibration outputs: exact scores become doubles only for statistics, and
/// doubles are written rounded half away from zero, never with `String(format:)` (which
/// rounds half to even), so the same input gives the same bytes everywhere.
public enum CalibrationNumber {
    /// The rational as a double.
    public static func double(_ value: Rational) -> Double {
        Double(value.numerator) / Double(value.denominator)
    }

    /// `x` with at most `digits` fraction digits, half away from zero, no trailing zeros,
    /// never `-0`; "n/a" when not finite.
    public static func text(_ x: Double, digits: Int = 2) -> String {
        guard x.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(x) }
        var whole = UInt64(scaled)
        let unit = UInt64(scale)
        var fraction = whole % unit
        whole /= unit
        var width = digits
        while width > 0, fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        var out = x < 0 && (whole != 0 || fraction != 0) ? "-" : ""
        out += String(whole)
        if width > 0 {
            let digitsText = String(fraction)
            out += "." + String(repeating: "0", count: width - digitsText.count) + digitsText
        }
        return out
    }

    /// `x` with a sign: "+2.5", "-1", "0".
    public static func signed(_ x: Double, digits: Int = 2) -> String {
        let plain = text(x, digits: digits)
        return plain == "0" || plain.hasPrefix("-") || plain == "n/a" ? plain : "+" + plain
    }

    /// An exact value with a sign, at most `digits` fraction digits.
    public static func signed(_ x: Rational, digits: Int = 2) -> String {
        let plain = x.decimalString(maxFractionDigits: digits)
        return plain == "0" || plain.hasPrefix("-") ? plain : "+" + plain
    }

    /// A share in [0, 1] as a whole percentage: "38%".
    public static func percent(_ share: Double) -> String {
        text(100 * share, digits: 0) + "%"
    }

    /// A JSON number with at most 6 fraction digits, or null when not finite.
    public static func json(_ x: Double) -> JSONValue {
        x.isFinite ? .number(text(x, digits: 6)) : .null
    }

    /// An optional JSON number.
    public static func json(_ x: Double?) -> JSONValue {
        x.map { json($0) } ?? .null
    }

    /// An interval as text: "0.63 to 0.97".
    public static func interval(_ interval: ConfidenceInterval, digits: Int = 2) -> String {
        "\(text(interval.lower, digits: digits)) to \(text(interval.upper, digits: digits))"
    }

    /// `{"lower": …, "upper": …, "level": …}`.
    public static func json(_ interval: ConfidenceInterval) -> JSONValue {
        .object(pairs: [("lower", json(interval.lower)), ("upper", json(interval.upper)), ("level", json(interval.level))])
    }
}
