import Engine

/// The language of a report's labels and number formats.
public enum ReportLanguage: String, Sendable, CaseIterable {
    /// Swedish: decimal comma, `81 %`.
    case sv
    /// English: decimal point, `81%`.
    case en

    /// The instrument's `language` when it is one of these; an instrument without one
    /// reads as Swedish (as the text table does), any other language as English.
    public static func `default`(for instrument: Instrument) -> ReportLanguage {
        guard let language = instrument.language else { return .sv }
        return ReportLanguage(rawValue: language) ?? .en
    }

    /// The words of this language.
    var words: ReportWords { self == .sv ? .swedish : .english }

    /// An exact value with at most `digits` decimals (half away from zero), with the
    /// language's decimal mark and digit grouping.
    public func decimal(_ value: Rational, digits: Int = 2) -> String {
        let text = value.decimalString(maxFractionDigits: digits)
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        var result = grouped(String(parts[0]))
        if parts.count > 1 { result += (self == .sv ? "," : ".") + parts[1] }
        return (negative ? "−" : "") + result
    }

    /// A score as shown: rounded half away from zero to an integer.
    public func points(_ value: Rational) -> String {
        integer(value.roundedHalfAwayFromZero())
    }

    /// An integer with the language's digit grouping.
    public func integer(_ value: Int64) -> String {
        (value < 0 ? "−" : "") + grouped(String(value.magnitude))
    }

    /// A percentage: `81 %` (with a no-break space) in Swedish, `81%` in English.
    public func percent(_ value: Int64) -> String {
        integer(value) + (self == .sv ? "\u{00A0}%" : "%")
    }

    /// Groups of three digits: `1,234` in English; in Swedish a no-break space from
    /// five digits (`12 345`), as Swedish leaves four-digit numbers together.
    func grouped(_ digits: String) -> String {
        let threshold = self == .sv ? 5 : 4
        guard digits.count >= threshold else { return digits }
        let separator: Character = self == .sv ? "\u{00A0}" : ","
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(separator) }
            out.append(digit)
        }
        return out
    }

    /// A title in this language: the English one where given, else the main title.
    func title(_ main: String, english: String?) -> String {
        self == .en ? (english ?? main) : main
    }
}
