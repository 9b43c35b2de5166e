import Analysis
import Engine

/// The text of `compare`: the score beside the published table, row by row, then the
/// table's consistency by intervals, the rows that did not match, and provenance.
public enum ComparisonTable {
    /// Where the published rows came from, for the heading and provenance.
    public struct Published: Sendable {
        /// The source chosen, such as `Ale`.
        public var source: String
        /// The CSV file as given.
        public var path: String
        /// The SHA-256 of its bytes.
        public var sha256: String

        /// Creates a description.
        public init(source: String, path: String, sha256: String) {
            self.source = source
            self.path = path
            self.sha256 = sha256
        }
    }

    static let titleWidth = 44

    /// The text for a comparison in `language` (default: the instrument's); with a
    /// tolerance, the rows beyond it are listed last.
    public static func render(
        _ comparison: Comparison, scored: ScoredEvidence, published: Published, tolerance: Rational?,
        language: ReportLanguage? = nil
    ) -> String {
        let instrument = scored.instrument
        let prose = Prose(language, for: instrument)
        let words = CompareWords.of(prose)
        let year = comparison.rows.first?.published.year.map { " \($0)" } ?? ""
        var out =
            "\(scored.evidence.municipality) \(scored.evidence.year) · \(instrument.name) "
            + "\(instrument.version) · \(words.published): \(published.source)\(year)\n\n"
        let idWidth = max(5, comparison.rows.map(\.id.count).max() ?? 0) + 2
        let columns = words.columns
        out += ScoreTable.pad(columns[0], idWidth) + ScoreTable.pad(columns[1], titleWidth)
        for (column, width) in zip(columns.dropFirst(2), [5, 10, 9, 8, 9, 11, 8]) {
            out += ScoreTable.left(column, width)
        }
        out += "\n"
        for row in comparison.rows {
            let title = row.id == "total" ? words.total : title(of: row, instrument, prose)
            var line = ScoreTable.pad(row.id, idWidth) + ScoreTable.pad(shortened(title), titleWidth)
            line += ScoreTable.left(prose.number(row.max), 5) + ScoreTable.left(prose.number(row.computed), 10)
            line += ScoreTable.left(prose.localized(row.published.achieved.text), 9)
            line += ScoreTable.left(prose.signed(row.pointsDifference), 8)
            line += ScoreTable.left(
                row.published.percent.map { prose.localized($0.text) + prose.words.percentSuffix } ?? "", 9)
            line += ScoreTable.left(row.implied.map { prose.number($0) } ?? "", 11)
            line += ScoreTable.left(row.impliedDifference.map { prose.signed($0) } ?? "", 8)
            if row.consistency?.problem != nil { line += "  !" }
            out += line + "\n"
        }
        out += "\n" + words.legend + "\n"
        out += consistencySection(comparison.consistency, prose)
        if !comparison.unmatched.isEmpty {
            out +=
                "\(words.unmatched): "
                + comparison.unmatched.map { "\($0.id) \(prose.quoted($0.name))" }.joined(separator: ", ") + "\n"
        }
        let renamed = comparison.renamed
        if !renamed.isEmpty {
            out +=
                "\(words.renamed): "
                + renamed.map { "\($0.id) \(prose.quoted($0.published.name))" }.joined(separator: ", ") + "\n"
        }
        let version = instrument.version
        let revisions = comparison.rows.map(\.published.revision).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        if !revisions.isEmpty, !revisions.contains(where: { $0.contains(version) }) {
            out += words.revision(revisions.map(prose.quoted).joined(separator: ", "), prose.quoted(version)) + "\n"
        }
        if !comparison.unpublished.isEmpty {
            out += "\(words.unpublished): " + comparison.unpublished.joined(separator: ", ") + "\n"
        }
        if let tolerance {
            let beyond = comparison.beyond(tolerance: tolerance)
            out += "\n\(words.tolerance) \(prose.number(tolerance)): "
            out +=
                beyond.isEmpty
                ? words.allWithin + "\n"
                : words.beyond(prose.count(beyond.count, words.row), beyond.map(\.id).joined(separator: ", ")) + "\n"
        }
        var provenance = Provenance(scored)
        provenance.files.append(Provenance.File(role: "published", path: published.path, sha256: published.sha256))
        out += prose.footer(provenance)
        return out
    }

    /// The row's title in the language: the instrument's (its `en` title in English where
    /// it gives one) for an area or subarea.
    static func title(of row: Comparison.Row, _ instrument: Instrument, _ prose: Prose) -> String {
        switch instrument.ids[row.id] {
        case .area(let a)?: prose.title(of: instrument.areas[a])
        case .subarea(let s)?: prose.title(of: instrument.subareas[s])
        default: row.title
        }
    }

    /// The published table's own consistency, by intervals.
    static func consistencySection(_ consistency: TableConsistency, _ prose: Prose) -> String {
        let words = CompareWords.of(prose)
        var out = "\n\(words.consistencyHeading)\n"
        let problems = consistency.problems
        let width = max(4, problems.map(\.id.count).max() ?? 0) + 2
        for row in problems {
            out += "! " + ScoreTable.pad(row.id, width)
            switch row.problem {
            case .pointsAndPercentDisagree?:
                out +=
                    words.disagree(interval(row.points, prose), row.percent.map { interval($0, prose) } ?? "∅") + "\n"
            case .partsCannotSum?:
                let own = row.percent.map { row.points.intersection($0) } ?? row.points
                out +=
                    words.cannotSum(
                        interval(own, prose), row.parts.joined(separator: ", "),
                        row.partsSum.map { interval($0, prose) } ?? "∅")
                    + "\n"
            case nil: break
            }
            if !row.note.isEmpty { out += "  " + ScoreTable.pad("", width) + "(\(words.tableNotes): \(row.note))\n" }
        }
        let good = consistency.rows.count - problems.count
        let summed = consistency.rows.filter { $0.problem == nil && $0.partsSum != nil }.map(\.id)
        out += "  " + words.consistent(problems.isEmpty, good, prose.integer(good))
        out += summed.isEmpty ? ".\n" : words.alsoSums(summed.joined(separator: ", ")) + ".\n"
        return out
    }

    /// An interval of exact values: `[19,5; 20,5)` / `[19.5, 20.5)`. An end with more than
    /// two decimals is rounded outwards, so the interval shown contains the exact one.
    static func interval(_ interval: ExactInterval, _ prose: Prose) -> String {
        guard !interval.isEmpty else { return "∅" }
        let lower = prose.localized(outward(interval.lower, up: false))
        let upper = prose.localized(outward(interval.upper, up: true))
        let separator = prose.isSwedish ? "; " : ", "
        return (interval.lowerClosed ? "[" : "(") + lower + separator + upper + (interval.upperClosed ? "]" : ")")
    }

    /// The value with at most two decimals, rounded down (or up) when it has more.
    static func outward(_ value: Rational, up: Bool) -> String {
        let text = value.decimalString(maxFractionDigits: 2)
        guard let shown = Rational(decimalText: text), shown != value else { return text }
        let step = Rational(numerator: 1, denominator: 100) ?? .zero
        let adjusted =
            up
            ? (shown < value ? (try? shown.adding(step)) : shown)
            : (shown > value ? (try? shown.subtracting(step)) : shown)
        return (adjusted ?? shown).decimalString(maxFractionDigits: 2)
    }

    static func shortened(_ title: String) -> String {
        title.count <= titleWidth - 2 ? title : String(title.prefix(titleWidth - 3)) + "…"
    }
}

/// The words of `compare`, in one language.
struct CompareWords: Sendable {
    var published: String
    var columns: [String]
    var total: String
    var legend: String
    var row: Noun
    var unmatched: String
    var renamed: String
    var revision: @Sendable (_ revisions: String, _ version: String) -> String
    var unpublished: String
    var tolerance: String
    var allWithin: String
    var beyond: @Sendable (_ rows: String, _ ids: String) -> String
    var consistencyHeading: String
    var disagree: @Sendable (_ points: String, _ percent: String) -> String
    var cannotSum: @Sendable (_ own: String, _ parts: String, _ sum: String) -> String
    var tableNotes: String
    var consistent: @Sendable (_ all: Bool, _ count: Int, _ number: String) -> String
    var alsoSums: @Sendable (_ ids: String) -> String

    static func of(_ prose: Prose) -> CompareWords { prose.isSwedish ? swedish : english }

    static let swedish = CompareWords(
        published: "publicerat",
        columns: ["id", "titel", "max", "beräknat", "tryckt", "Δ", "procent", "motsvarar", "Δ"],
        total: "Totalt",
        legend: "tryckt: tabellens poäng; procent: dess tryckta procent; motsvarar: procent · max / 100; "
            + "Δ: beräknat − kolumnen före.",
        row: Noun("rad", "rader"),
        unmatched: "Publicerade rader som inte finns i instrumentet",
        renamed: "Publicerade namn som inte är instrumentets titlar eller alias",
        revision: { "Tabellens revision är \($0); instrumentets version är \($1)." },
        unpublished: "Saknas i den publicerade tabellen",
        tolerance: "Tolerans", allWithin: "alla rader inom",
        beyond: { "\($0) utanför: \($1)" },
        consistencyHeading:
            "Den publicerade tabellen, prövad med intervall av de exakta värden som trycks som dess tal:",
        disagree: { "dess poäng tillåter \($0), dess procent \($1): inget värde trycks som båda" },
        cannotSum: { "dess poäng och procent tillåter \($0), dess delar (\($1)) summeras till \($2)" },
        tableNotes: "tabellen noterar",
        consistent: { all, count, number in
            switch (all, count == 1) {
            case (true, true): "Den enda raden är konsistent"
            case (true, false): "Alla \(number) rader är konsistenta"
            case (false, true): "Den övriga raden är konsistent"
            case (false, false): "De övriga \(number) raderna är konsistenta"
            }
        },
        alsoSums: { "; \($0) också med summorna av delarnas intervall" })

    static let english = CompareWords(
        published: "published",
        columns: ["id", "title", "max", "computed", "printed", "Δ", "percent", "implies", "Δ"],
        total: "Total",
        legend: "printed: the table's points; percent: its printed percent; implies: percent · max / 100; "
            + "Δ: computed − the column before it.",
        row: Noun("row", "rows"),
        unmatched: "Published rows not in the instrument",
        renamed: "Published names that are not the instrument's titles or aliases",
        revision: { "The table's revision is \($0); the instrument's version is \($1)." },
        unpublished: "Not in the published table",
        tolerance: "Tolerance", allWithin: "every row within",
        beyond: { "\($0) beyond: \($1)" },
        consistencyHeading: "The published table, by intervals of the exact values that print as its numbers:",
        disagree: { "its points allow \($0), its percent \($1): no value prints as both" },
        cannotSum: { "its points and percent allow \($0), its parts (\($1)) sum to \($2)" },
        tableNotes: "the table notes",
        consistent: { all, count, number in
            switch (all, count == 1) {
            case (true, true): "The only row is consistent"
            case (true, false): "All \(number) rows are consistent"
            case (false, true): "The other row is consistent"
            case (false, false): "The other \(number) rows are consistent"
            }
        },
        alsoSums: { "; \($0) also with the sums of their parts' intervals" })
}
