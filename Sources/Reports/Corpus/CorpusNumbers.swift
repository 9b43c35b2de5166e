import Engine

/// How corpus and diff outputs write numbers for people, through ``Prose``: points with
/// at most one decimal, percentiles as whole numbers, changes with a sign (a real minus),
/// a decimal comma in Swedish; all rounded half away from zero from the exact values
/// (JSON and CSV carry the exact values).
enum CorpusNumbers {
    /// Points with at most one decimal: 61.43 gives "61,4" / "61.4", 62 gives "62".
    static func points(_ value: Rational, _ prose: Prose) -> String {
        prose.number(value, digits: 1)
    }

    /// A change with its sign: "+5,5", "−2", and "0" for none.
    static func change(_ value: Rational, _ prose: Prose) -> String {
        prose.signed(value, digits: 1)
    }

    /// A maximum or a weight as declared, in the language's marks: "2,5" / "2.5".
    static func exact(_ value: Rational, _ prose: Prose) -> String {
        prose.localized(value.decimalString())
    }

    /// A percentile as a whole number: 92.857 gives "93".
    static func percentile(_ value: Rational, _ prose: Prose) -> String {
        prose.integer(Int(value.roundedHalfAwayFromZero()))
    }

    /// "2019–2023", or "2020" for one year; empty for no evaluations.
    static func years(_ years: [Int]) -> String {
        guard let low = years.min(), let high = years.max() else { return "" }
        return low == high ? String(low) : "\(low)–\(high)"
    }

    /// `text` cut to `width` characters with an ellipsis.
    static func shortened(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
