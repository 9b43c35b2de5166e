extension Rational {
    /// The largest magnitude a decimal literal may have: 10^12 (DESIGN.md, "Lexical rules").
    public static let maxDecimalMagnitude: Int64 = 1_000_000_000_000

    /// The most fraction digits a decimal literal may have.
    public static let maxDecimalFractionDigits = 6

    /// Why a text is not a decimal literal of the rule language.
    public enum DecimalParseError: Error, Sendable, Equatable {
        /// Not of the form `-?digits(.digits)?`.
        case malformed
        /// Of the form `-?digits,digits`: a decimal comma, where `.` is meant (`0,5` for `0.5`).
        case decimalComma
        /// More than ``Rational/maxDecimalFractionDigits`` digits after the point (trailing zeros count).
        case tooManyDecimals
        /// A magnitude above ``Rational/maxDecimalMagnitude``.
        case tooLarge
    }

    /// The exact value of a decimal literal `-?digits(.digits)?`, or why it is not one.
    ///
    /// Leading zeros are allowed; `-0.0` is zero. Nothing else is: no `+`, exponent,
    /// spaces, `1.` or `.5`. Problems are reported in the order malformed (or decimal
    /// comma), too many decimals, too large.
    public static func parseDecimal(_ text: some StringProtocol) -> Result<Rational, DecimalParseError> {
        // Native strings hand over their bytes; other texts are copied once.
        if let result = text.utf8.withContiguousStorageIfAvailable({ parseDecimal(bytes: $0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { parseDecimal(bytes: $0) }
    }

    /// The value of a whole number of one or two digits (`2`, `10`, `07`), the most common
    /// literals, read without the general parse (the same value it gives); nil for any other
    /// text, which the general parse reads.
    @inline(__always)
    static func smallWholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Rational? {
        let zero = UInt8(ascii: "0")
        switch bytes.count {
        case 1 where bytes[0] &- zero < 10:
            return Rational(Int64(bytes[0] &- zero))
        case 2 where bytes[0] &- zero < 10 && bytes[1] &- zero < 10:
            return Rational(Int64(bytes[0] &- zero) * 10 + Int64(bytes[1] &- zero))
        default:
            return nil
        }
    }

    /// ``parseDecimal(_:)`` over the text's UTF-8 bytes.
    static func parseDecimal(bytes: UnsafeBufferPointer<UInt8>) -> Result<Rational, DecimalParseError> {
        if let whole = smallWholeNumber(bytes) { return .success(whole) }
        var negative = false
        var separator: UInt8? = nil
        var integerDigits = 0
        var fractionDigits = 0
        var integerValue: UInt64 = 0
        var fractionValue: UInt64 = 0
        let limit = maxDecimalMagnitude.magnitude
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "-") where offset == 0:
                negative = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = UInt64(byte - UInt8(ascii: "0"))
                if separator == nil {
                    integerDigits += 1
                    // Past the limit the value no longer matters, only that it is too large.
                    if integerValue <= limit { integerValue = integerValue * 10 + digit }
                } else {
                    fractionDigits += 1
                    if fractionDigits <= maxDecimalFractionDigits { fractionValue = fractionValue * 10 + digit }
                }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard separator == nil, integerDigits > 0 else { return .failure(.malformed) }
                separator = byte
            default:
                return .failure(.malformed)
            }
            offset += 1
        }
        guard integerDigits > 0, separator == nil || fractionDigits > 0 else { return .failure(.malformed) }
        guard separator != UInt8(ascii: ",") else { return .failure(.decimalComma) }
        guard fractionDigits <= maxDecimalFractionDigits else { return .failure(.tooManyDecimals) }
        guard integerValue < limit || (integerValue == limit && fractionValue == 0) else { return .failure(.tooLarge) }
        if fractionValue == 0 {
            // A whole number (`3`, `3.00`, `-0.0`): already in lowest terms over 1.
            let magnitude = Int64(integerValue)
            return .success(Rational(negative && magnitude != 0 ? -magnitude : magnitude))
        }
        var scale: UInt64 = 1
        for _ in 0..<fractionDigits { scale *= 10 }
        // At most 10^18 over 10^6: it fits, so normalising cannot fail.
        let magnitude = Int64(integerValue * scale + fractionValue)
        guard let value = Rational(numerator: negative ? -magnitude : magnitude, denominator: Int64(scale))
        else { return .failure(.tooLarge) }
        return .success(value)
    }

    /// The value of a decimal literal (see ``parseDecimal(_:)``), or nil if it is not one.
    public init?(decimalText: some StringProtocol) {
        guard case .success(let value) = Rational.parseDecimal(decimalText) else { return nil }
        self = value
    }

    /// The exact value as a decimal, rounded half away from zero to at most
    /// `maxFractionDigits` digits (clamped to 0...18), without trailing zeros, an
    /// integer without `.0`, and never `-0`: 1/3 gives "0.333333", -1/2 gives "-0.5",
    /// 1/8 with 2 digits gives "0.13". This is the JSON number format.
    public func decimalString(maxFractionDigits: Int = 6) -> String {
        let digits = Swift.min(Swift.max(maxFractionDigits, 0), 18)
        let divisor = denominator.magnitude
        var whole = numerator.magnitude / divisor
        var remainder = numerator.magnitude % divisor
        var fraction: UInt64 = 0
        var scale: UInt64 = 1
        for _ in 0..<digits {
            // remainder < divisor, so each quotient is a single digit.
            let (digit, rest) = divisor.dividingFullWidth(remainder.multipliedFullWidth(by: 10))
            fraction = fraction * 10 + digit
            remainder = rest
            scale *= 10
        }
        if remainder >= divisor - remainder {
            fraction += 1
            if fraction == scale {
                fraction = 0
                whole += 1
            }
        }
        var width = digits
        while width > 0, fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        var text = numerator < 0 && (whole != 0 || fraction != 0) ? "-" : ""
        text += String(whole)
        if width > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: width - fractionText.count) + fractionText
        }
        return text
    }

    /// The nearest integer, halves away from zero: 14.5 gives 15, -14.5 gives -15, 2.5 gives 3.
    public func roundedHalfAwayFromZero() -> Int64 {
        let quotient = numerator / denominator
        let remainder = (numerator % denominator).magnitude
        // remainder ≥ denominator − remainder is 2·remainder ≥ denominator, without overflow.
        guard remainder != 0, remainder >= denominator.magnitude - remainder else { return quotient }
        return numerator < 0 ? quotient - 1 : quotient + 1
    }

    /// `100 · self / max`, computed exactly and rounded half away from zero:
    /// 16.2 of 20 gives 81, 14.5 of 20 gives 73.
    ///
    /// A zero `max` gives 0; a percentage beyond `Int64` saturates at `Int64.min` or `Int64.max`.
    public func percent(of max: Rational) -> Int64 {
        guard max.numerator != 0 else { return 0 }
        let negative = (numerator < 0) != (max.numerator < 0)
        if #available(macOS 15, iOS 18, watchOS 11, tvOS 18, visionOS 2, *) {
            return Self.widePercent(self, of: max, negative: negative)
        }
        let ratio = try? multiplied(by: Rational(100)).divided(by: max)
        return ratio?.roundedHalfAwayFromZero() ?? (negative ? .min : .max)
    }

    /// ``percent(of:)`` on 128-bit cross products n/d (each below 2^126).
    @available(macOS 15, iOS 18, watchOS 11, tvOS 18, visionOS 2, *)
    private static func widePercent(_ value: Rational, of max: Rational, negative: Bool) -> Int64 {
        let n = UInt128(value.numerator.magnitude) * UInt128(max.denominator.magnitude)
        let d = UInt128(value.denominator.magnitude) * UInt128(max.numerator.magnitude)
        let saturated: Int64 = negative ? .min : .max
        let whole = n / d
        let remainder = n % d
        guard whole <= UInt128(Int64.max / 100) else { return saturated }
        // 100·remainder may exceed 128 bits: build it bit by bit (100 = 0b1100100),
        // keeping quotient and rest, so every intermediate stays below 2·d < 2^127.
        var quotient: UInt128 = 0
        var rest: UInt128 = 0
        for bit in (0..<7).reversed() {
            quotient <<= 1
            rest <<= 1
            if rest >= d {
                rest -= d
                quotient += 1
            }
            if (100 >> bit) & 1 == 1 {
                rest += remainder
                if rest >= d {
                    rest -= d
                    quotient += 1
                }
            }
        }
        if rest >= d - rest { quotient += 1 }
        let total = whole * 100 + quotient
        guard total <= UInt128(saturated.magnitude) else { return saturated }
        return negative ? Int64(truncatingIfNeeded: 0 &- UInt64(total)) : Int64(total)
    }
}
