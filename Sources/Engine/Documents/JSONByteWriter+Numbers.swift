extension JSONByteWriter {
    /// Appends the decimal digits of `value`, with `-` when negative.
    static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, to: &bytes)
    }

    /// Appends the decimal digits of `value`.
    static func appendDigits(_ value: UInt64, to bytes: inout [UInt8]) {
        guard value >= 10 else {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        // At most 20 digits; written from the last.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = value
            while rest > 0 {
                count += 1
                buffer[24 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            bytes.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// Appends `value` as ``Rational/decimalString(maxFractionDigits:)`` writes it with six
    /// digits: rounded half away from zero, no trailing zeros, no `.0`, never `-0`.
    static func appendDecimal(_ value: Rational, to bytes: inout [UInt8]) {
        let divisor = value.denominator.magnitude
        guard divisor != 1 else { return appendInteger(value.numerator, to: &bytes) }
        let scale: UInt64 = 1_000_000
        var whole = value.numerator.magnitude / divisor
        let remainder = value.numerator.magnitude % divisor
        // remainder < divisor, so remainder·10⁶ / divisor < 10⁶: six digits at once.
        var (fraction, rest) = divisor.dividingFullWidth(remainder.multipliedFullWidth(by: scale))
        if rest >= divisor - rest {
            fraction += 1
            if fraction == scale {
                fraction = 0
                whole += 1
            }
        }
        var width = 6
        while width > 0, fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        if value.numerator < 0 && (whole != 0 || fraction != 0) { bytes.append(UInt8(ascii: "-")) }
        appendDigits(whole, to: &bytes)
        guard width > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var power: UInt64 = 1
        for _ in 1..<width { power *= 10 }
        while power > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / power % 10))
            power /= 10
        }
    }
}
