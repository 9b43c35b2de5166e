/// Why a statistic could not be computed, in the language of the prose. The statistics
/// give their reasons as English sentences (``StatisticsError``, the round's shortage of
/// municipalities); the known ones are written here in Swedish too, with their counts.
/// A reason of another form is shown as it is.
enum StatisticReason {
    /// English sentences with `#` for a whole number, and their Swedish.
    static let known: [(english: String, swedish: String)] = [
        (
            "insufficient data: needs at least # subjects with enough ratings, found #",
            "otillräckliga data: kräver minst # enheter med tillräckligt många bedömningar, fann #"
        ),
        (
            "insufficient data: needs at least # raters, found #",
            "otillräckliga data: kräver minst # utvärderare, fann #"
        ),
        (
            "insufficient data: needs at least # municipalities evaluated by two or more evaluators, found #",
            "otillräckliga data: kräver minst # kommuner som utvärderats av två eller fler utvärderare, fann #"
        ),
        (
            "insufficient data: the model leaves no residual degrees of freedom",
            "otillräckliga data: modellen lämnar inga frihetsgrader åt residualen"
        ),
        (
            "no variation: every value is identical, so agreement is total and the coefficient is undefined",
            "ingen variation: alla värden är lika, så samstämmigheten är total och koefficienten odefinierad"
        ),
        (
            "no variation between subjects: every subject has the same mean, so the ICC is undefined",
            "ingen variation mellan enheterna: alla har samma medelvärde, så ICC är odefinierad"
        ),
        (
            "raters form # unconnected groups; effects are comparable only within a group",
            "utvärderarna bildar # grupper utan gemensamma enheter; effekterna går bara att jämföra inom en grupp"
        ),
        ("the design matrix has linearly dependent columns", "designmatrisen har linjärt beroende kolumner"),
        (
            "no coefficients within the bounds satisfy the equality constraint",
            "inga koefficienter inom gränserna uppfyller likhetsvillkoret"
        ),
        ("the solver did not converge in # iterations", "lösaren konvergerade inte på # iterationer"),
        (
            "# differing rules exceed the exact limit of #",
            "# olika regler överskrider gränsen # för en exakt beräkning"
        ),
        ("insufficient data", "otillräckliga data"),
        ("not computed", "inte beräknad"),
    ]

    /// The reason in `prose`'s language; nil reads as "not computed".
    static func text(_ reason: String?, _ prose: Prose) -> String {
        let reason = reason ?? "not computed"
        for (english, swedish) in known {
            guard let numbers = match(reason, english) else { continue }
            let template = prose.isSwedish ? swedish : english
            var out = ""
            var next = numbers.makeIterator()
            for character in template {
                if character == "#", let number = next.next() {
                    out += prose.integer(number)
                } else {
                    out.append(character)
                }
            }
            return out
        }
        return reason
    }

    /// The whole numbers that fill the pattern's `#`s, when the text is the pattern.
    static func match(_ text: String, _ pattern: String) -> [Int]? {
        let literals = pattern.split(separator: "#", omittingEmptySubsequences: false)
        var rest = Substring(text)
        var numbers: [Int] = []
        for (index, literal) in literals.enumerated() {
            if index > 0 {
                let digits = rest.prefix { ("0"..."9").contains($0) }
                guard let number = Int(digits) else { return nil }
                numbers.append(number)
                rest = rest.dropFirst(digits.count)
            }
            guard rest.hasPrefix(literal) else { return nil }
            rest = rest.dropFirst(literal.count)
        }
        return rest.isEmpty ? numbers : nil
    }
}
