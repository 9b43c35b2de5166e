/// The words and marks every text output shares, in one language. Each output family
/// adds its own table (``WhatIfWords``, ``CalibrationWords``, …); everything else a text
/// says comes from the instrument (titles, ids) or the evidence (names, reasons).
struct ProseWords: Sendable {
    var point: Noun
    var decimalMark: String
    var groupSeparator: String
    /// Numbers with at least this many digits are grouped.
    var groupFrom: Int
    var percentSuffix: String
    var notAvailable: String
    var met: String
    var partlyMet: String
    var notMet: String
    var notAssessed: String
    var yes: String
    var no: String
    var and: String
    var openQuote: String
    var closeQuote: String
    /// `bedömning 1.1.b` / `judgement 1.1.b`.
    var judgement: String
    /// An empty set.
    var none: String
    /// "Any n more items", where a change asks for items without naming them.
    var moreItems: @Sendable (_ count: Int) -> String
    /// `lägg till {a} i f` / `add {a} to f`.
    var add: @Sendable (_ items: String, _ fact: String) -> String
    /// The roles of the files a provenance footer names, in words.
    var roles: [(role: String, word: String)]
    /// A share of a change taken by a subarea's override, and by an area's maximum.
    var overrideShort: String
    var areaMaximumShort: String

    static let swedish = ProseWords(
        point: Noun("poäng", "poäng"),
        decimalMark: ",", groupSeparator: "\u{00A0}", groupFrom: 5, percentSuffix: "\u{00A0}%", notAvailable: "saknas",
        met: "uppfylld", partlyMet: "delvis uppfylld", notMet: "ej uppfylld", notAssessed: "ej bedömd",
        yes: "ja", no: "nej", and: "och", openQuote: "”", closeQuote: "”",
        judgement: "bedömning", none: "inga",
        moreItems: { $0 == 1 ? "ytterligare ett valfritt alternativ" : "ytterligare \($0) valfria alternativ" },
        add: { "lägg till \($0) i \($1)" },
        roles: [
            ("evidence", "underlag"), ("plan", "plan"), ("published", "publicerad tabell"),
            ("awarded", "tilldelade poäng"),
        ],
        overrideShort: "(poängändring)", areaMaximumShort: "(områdets max)")

    static let english = ProseWords(
        point: Noun("point", "points"),
        decimalMark: ".", groupSeparator: ",", groupFrom: 4, percentSuffix: "%", notAvailable: "n/a",
        met: "met", partlyMet: "partly met", notMet: "not met", notAssessed: "not assessed",
        yes: "yes", no: "no", and: "and", openQuote: "“", closeQuote: "”",
        judgement: "judgement", none: "none",
        moreItems: { $0 == 1 ? "one more item of your choice" : "\($0) more items of your choice" },
        add: { "add \($0) to \($1)" },
        roles: [("evidence", "evidence"), ("plan", "plan"), ("published", "published"), ("awarded", "awarded")],
        overrideShort: "(override)", areaMaximumShort: "(area maximum)")
}
