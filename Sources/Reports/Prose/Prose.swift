import Analysis
import Engine

/// How the text outputs write prose in one language: numbers with at most two decimals,
/// rounded half away from zero (never `String(format:)`, which rounds half to even), with a
/// decimal comma and `81 %` in Swedish; a real minus sign `−`; digits grouped as the report
/// groups them; units that agree with their number ("1 poäng", "1 point", "2 points"); and
/// the words every output shares. Each output family adds its own words table.
///
/// Diagnostics are not prose: they stay in English, as compilers' do. JSON is not prose
/// either: it keeps ids and exact values.
public struct Prose: Sendable {
    /// The language written.
    public let language: ReportLanguage
    /// The shared words of the language.
    let words: ProseWords

    /// Prose in `language`.
    public init(_ language: ReportLanguage) {
        self.language = language
        self.words = language == .sv ? .swedish : .english
    }

    /// Prose in `language` when one is asked for, else in the instrument's language.
    public init(_ language: ReportLanguage?, for instrument: Instrument) {
        self.init(language ?? .default(for: instrument))
    }

    /// Whether the prose is Swedish.
    public var isSwedish: Bool { language == .sv }

    /// The minus sign of negative numbers.
    public static let minus = "−"

    // MARK: Numbers

    /// An exact value with at most `digits` decimals (half away from zero), no trailing
    /// zeros, never `−0`: `16,25` / `16.25`, `−0,5` / `−0.5`, `12 345` / `12,345`.
    public func number(_ value: Rational, digits: Int = 2) -> String {
        localized(value.decimalString(maxFractionDigits: digits))
    }

    /// A statistic with at most `digits` decimals (half away from zero); `–` when it is not
    /// a finite number.
    public func number(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return words.notAvailable }
        return localized(CalibrationNumber.text(value, digits: digits))
    }

    /// A difference with its sign: `+2`, `−0,5`, `0`.
    public func signed(_ value: Rational, digits: Int = 2) -> String {
        withSign(number(value, digits: digits))
    }

    /// A statistic with its sign: `+4,7`, `−9,2`, `0`.
    public func signed(_ value: Double, digits: Int = 2) -> String {
        withSign(number(value, digits: digits))
    }

    /// A whole number with the language's digit grouping.
    public func integer(_ value: Int) -> String {
        localized(String(value))
    }

    /// A score as shown: rounded half away from zero to an integer.
    public func shown(_ value: Rational) -> String {
        localized(String(value.roundedHalfAwayFromZero()))
    }

    /// A whole percentage: `81 %` (with a no-break space) in Swedish, `81%` in English.
    public func percent(_ value: Int64) -> String {
        localized(String(value)) + words.percentSuffix
    }

    /// A percentage with at most `digits` decimals: `60,5 %`, `60.5%`.
    public func percent(_ value: Rational, digits: Int = 2) -> String {
        number(value, digits: digits) + words.percentSuffix
    }

    /// A share in [0, 1] as a whole percentage: `21 %`, `21%`.
    public func share(_ share: Double) -> String {
        guard share.isFinite else { return words.notAvailable }
        return number(100 * share, digits: 0) + words.percentSuffix
    }

    /// A decimal written as the rule language and JSON write it (`-?digits(.digits)?`), in
    /// the language's marks: `-0.5` becomes `−0,5` in Swedish and `−0.5` in English. Any
    /// other text (such as `–`) is returned as it is.
    public func localized(_ plain: String) -> String {
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? plain.dropFirst() : Substring(plain)
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } })
        else { return plain }
        var out = negative ? Self.minus : ""
        out += grouped(String(parts[0]))
        if parts.count == 2 { out += words.decimalMark + parts[1] }
        return out
    }

    /// Groups of three digits, as the report groups them: in Swedish a no-break space from
    /// five digits (`12 345`; Swedish leaves `1234` together), in English a comma from four.
    func grouped(_ digits: String) -> String {
        guard digits.count >= words.groupFrom else { return digits }
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out += words.groupSeparator }
            out.append(digit)
        }
        return out
    }

    private func withSign(_ text: String) -> String {
        text == "0" || text.hasPrefix(Self.minus) || text == words.notAvailable ? text : "+" + text
    }

    // MARK: Units

    /// Points with their unit: `1 poäng`, `2,5 poäng`; `1 point`, `2.5 points`.
    public func points(_ value: Rational, digits: Int = 2) -> String {
        counted(number(value, digits: digits), words.point)
    }

    /// Points of a statistic with their unit: `7,2 poäng`, `1 point`.
    public func points(_ value: Double, digits: Int = 2) -> String {
        counted(number(value, digits: digits), words.point)
    }

    /// A difference in points with its sign and unit: `+1 poäng`, `−2,5 points`.
    public func signedPoints(_ value: Rational, digits: Int = 2) -> String {
        counted(signed(value, digits: digits), words.point)
    }

    /// A count with its noun in the right number: `1 åtgärd`, `2 åtgärder`.
    public func count(_ n: Int, _ noun: Noun) -> String {
        counted(integer(n), noun)
    }

    /// A number already written, with its noun: singular for exactly one.
    public func counted(_ number: String, _ noun: Noun) -> String {
        let magnitude = number.hasPrefix("+") || number.hasPrefix(Self.minus) ? String(number.dropFirst()) : number
        return number + " " + (magnitude == "1" ? noun.one : noun.many)
    }

    // MARK: Words

    /// A rule's status in words: `uppfylld`, `delvis`, `ej uppfylld`, `ej bedömd`; `met`,
    /// `partly met`, `not met`, `not assessed`.
    public func status(_ status: RuleStatus) -> String {
        switch status {
        case .hit: words.met
        case .partial: words.partlyMet
        case .miss: words.notMet
        case .unassessed: words.notAssessed
        }
    }

    /// `ja` / `yes`, `nej` / `no`.
    public func yesNo(_ value: Bool) -> String { value ? words.yes : words.no }

    /// A quotation in the language's marks: `”Handlingsplan 2021”`, `“Handlingsplan 2021”`.
    public func quoted(_ text: String) -> String { words.openQuote + text + words.closeQuote }

    /// Items joined by commas, the last by `och` / `and`: `a, b och c`.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + words.and + " " + items[items.count - 1]
    }

    /// `–`: a value that could not be computed.
    public var notAvailable: String { words.notAvailable }
}

/// A noun in the singular and the plural: `åtgärd`, `åtgärder`.
public struct Noun: Sendable {
    /// The singular, after 1.
    public var one: String
    /// The plural, after any other number.
    public var many: String

    /// A noun with its two forms.
    public init(_ one: String, _ many: String) {
        self.one = one
        self.many = many
    }
}
