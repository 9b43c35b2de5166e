import Engine

/// The text table of `score`, laid out like section 4 of the published report: per area
/// its subareas with points, maximum and percent, bounds where still open, then the total.
public enum ScoreTable {
    /// The table for one scored evidence file, in `language` (default: the instrument's).
    public static func render(_ scored: ScoredEvidence, language: ReportLanguage? = nil) -> String {
        let instrument = scored.instrument
        let score = scored.score
        let prose = Prose(language, for: instrument)
        let words = ScoreTableWords.of(prose.language)
        let subareaWidths: [Int] = instrument.subareas.map { $0.id.count + 2 + prose.title(of: $0).count }
        let areaWidths: [Int] = instrument.areas.map { $0.id.count + 3 + prose.title(of: $0).count }
        let titleWidth: Int = Swift.max(40, subareaWidths.max() ?? 0, areaWidths.max() ?? 0)
        var out =
            "\(scored.evidence.municipality) \(scored.evidence.year) · \(instrument.name) \(instrument.version)\n\n"
        func row(_ label: String, _ points: Rational, _ maximum: Rational, _ bounds: Bounds, mark: String = "")
            -> String
        {
            var line = pad(label, titleWidth)
            line += left(prose.shown(points), 8) + left(prose.number(maximum), 5)
            line += left(prose.percent(points.percent(of: maximum)), 9)
            if !bounds.isExact { line += "  " + prose.number(bounds.min) + "–" + prose.number(bounds.max) }
            return line + mark + "\n"
        }
        for (areaIndex, area) in instrument.areas.enumerated() {
            out += pad("\(area.id).  \(prose.title(of: area))", titleWidth)
            out += left(words.points, 8) + left(words.max, 5) + left(words.percent, 9) + "  " + words.bounds + "\n"
            for s in area.subareas {
                let subarea = instrument.subareas[s]
                let mark = score.subareas[s].override == nil ? "" : "  *"
                out += row(
                    "\(subarea.id)  \(prose.title(of: subarea))", score.subareas[s].points, subarea.max,
                    score.subareas[s].bounds, mark: mark)
            }
            out += row("", score.areas[areaIndex].points, area.max, score.areas[areaIndex].bounds) + "\n"
        }
        out += row(words.total, score.total, instrument.maximum, score.totalBounds) + "\n"
        for s in instrument.subareas.indices {
            guard let override = score.subareas[s].override else { continue }
            let by = override.by ?? words.evaluators(scored.evidence.evaluators)
            out += "* \(instrument.subareas[s].id): " + words.overridden(by, prose.number(score.subareas[s].computed))
            out += ": \(override.reason)\n"
        }
        out += unassessedText(scored, prose, words)
        out += unjudgedText(scored, prose, words)
        out += prose.footer(Provenance(scored))
        return out
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func left(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}

/// The words of the score table.
struct ScoreTableWords: Sendable {
    var points: String
    var max: String
    var percent: String
    var bounds: String
    var total: String
    var overridden: @Sendable (_ by: String, _ computed: String) -> String
    var evaluators: @Sendable (_ names: [String]) -> String
    var unassessed: String
    var unjudged: String
    /// `3 av 29` / `3 of 29`.
    var countOf: @Sendable (_ part: String, _ whole: String) -> String
    /// `per område` / `by area`.
    var perArea: String
    /// `alla 27` / `all 27`.
    var all: @Sendable (_ count: String) -> String
    /// Where to read about the open facts, and how to start an evidence file with them.
    var unassessedHint: String

    static func of(_ language: ReportLanguage) -> ScoreTableWords { language == .sv ? swedish : english }

    static let swedish = ScoreTableWords(
        points: "Uppnått", max: "Max", percent: "Procent", bounds: "Möjligt", total: "Totalt",
        overridden: { "ändrad av \($0) från beräknat \($1)" },
        evaluators: { "utvärderarna (\($0.joined(separator: ", ")))" },
        unassessed: "Ej bedömda fakta", unjudged: "Bedömningar som saknas",
        countOf: { "\($0) av \($1)" }, perArea: "per område", all: { "alla \($0)" },
        unassessedHint:
            "Underlaget har inget fynd för dem. kompass-score facts beskriver varje faktum och vilka svar det tar; "
            + "kompass-score new evidence skriver ett underlag med alla fakta som rader att fylla i.")

    static let english = ScoreTableWords(
        points: "Points", max: "Max", percent: "Percent", bounds: "Bounds", total: "Total",
        overridden: { "overridden by \($0) from computed \($1)" },
        evaluators: { "the evaluators (\($0.joined(separator: ", ")))" },
        unassessed: "Facts not assessed", unjudged: "Judgements not made",
        countOf: { "\($0) of \($1)" }, perArea: "by area", all: { "all \($0)" },
        unassessedHint:
            "The evidence has no finding for them. kompass-score facts describes each fact and the answers it takes; "
            + "kompass-score new evidence writes an evidence file with every fact as a line to fill in.")
}
