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

    /// The text for a comparison; with a tolerance, the rows beyond it are listed last.
    public static func render(
        _ comparison: Comparison, scored: ScoredEvidence, published: Published, tolerance: Rational?
    ) -> String {
        let year = comparison.rows.first?.published.year.map { " \($0)" } ?? ""
        var out = "\(scored.evidence.municipality) \(scored.evidence.year) · \(scored.instrument.name) "
            + "\(scored.instrument.version) · published: \(published.source)\(year)\n\n"
        let idWidth = max(5, comparison.rows.map(\.id.count).max() ?? 0) + 2
        out += ScoreTable.pad("id", idWidth) + ScoreTable.pad("title", titleWidth)
            + ScoreTable.left("max", 5) + ScoreTable.left("computed", 10) + ScoreTable.left("printed", 9)
            + ScoreTable.left("Δ", 8) + ScoreTable.left("percent", 9) + ScoreTable.left("implies", 9)
            + ScoreTable.left("Δ", 8) + "\n"
        for row in comparison.rows {
            var line = ScoreTable.pad(row.id, idWidth) + ScoreTable.pad(shortened(row.title), titleWidth)
            line += ScoreTable.left(row.max.decimalString(), 5) + ScoreTable.left(number(row.computed), 10)
            line += ScoreTable.left(row.published.achieved.text, 9) + ScoreTable.left(signed(row.pointsDifference), 8)
            line += ScoreTable.left(row.published.percent.map { "\($0.text)%" } ?? "", 9)
            line += ScoreTable.left(row.implied.map(number) ?? "", 9)
            line += ScoreTable.left(row.impliedDifference.map(signed) ?? "", 8)
            if row.consistency?.problem != nil { line += "  !" }
            out += line + "\n"
        }
        out += "\nprinted: the table's points; percent: its printed percent; implies: percent · max / 100; "
            + "Δ: computed − the column before it.\n"
        out += consistencySection(comparison.consistency)
        if !comparison.unmatched.isEmpty {
            out += "Published rows not in the instrument: "
                + comparison.unmatched.map { "\($0.id) \"\($0.name)\"" }.joined(separator: ", ") + "\n"
        }
        let renamed = comparison.renamed
        if !renamed.isEmpty {
            out += "Published names that are not the instrument's titles or aliases: "
                + renamed.map { "\($0.id) \"\($0.published.name)\"" }.joined(separator: ", ") + "\n"
        }
        let version = scored.instrument.version
        let revisions = comparison.rows.map(\.published.revision).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        if !revisions.isEmpty, !revisions.contains(where: { $0.contains(version) }) {
            out += "The table's revision is \(revisions.map { "'\($0)'" }.joined(separator: ", ")); "
                + "the instrument's version is '\(version)'.\n"
        }
        if !comparison.unpublished.isEmpty {
            out += "Not in the published table: " + comparison.unpublished.joined(separator: ", ") + "\n"
        }
        if let tolerance {
            let beyond = comparison.beyond(tolerance: tolerance)
            out += "\nTolerance \(tolerance.decimalString()): "
            out += beyond.isEmpty
                ? "every row within\n"
                : "\(beyond.count) row\(beyond.count == 1 ? "" : "s") beyond: \(beyond.map(\.id).joined(separator: ", "))\n"
        }
        var provenance = Provenance(scored)
        provenance.files.append(Provenance.File(role: "published", path: published.path, sha256: published.sha256))
        out += provenance.text
        return out
    }

    /// The published table's own consistency, by intervals.
    static func consistencySection(_ consistency: TableConsistency) -> String {
        var out = "\nThe published table, by intervals of the exact values that print as its numbers:\n"
        let problems = consistency.problems
        let width = max(4, problems.map(\.id.count).max() ?? 0) + 2
        for row in problems {
            out += "! " + ScoreTable.pad(row.id, width)
            switch row.problem {
            case .pointsAndPercentDisagree?:
                out += "its points allow \(row.points), its percent \(row.percent.map(\.description) ?? "∅"): "
                    + "no value prints as both\n"
            case .partsCannotSum?:
                let own = row.percent.map { row.points.intersection($0) } ?? row.points
                out += "its points and percent allow \(own), its parts (\(row.parts.joined(separator: ", "))) "
                    + "sum to \(row.partsSum.map(\.description) ?? "∅")\n"
            case nil: break
            }
            if !row.note.isEmpty { out += "  " + ScoreTable.pad("", width) + "(the table notes: \(row.note))\n" }
        }
        let good = consistency.rows.count - problems.count
        let summed = consistency.rows.filter { $0.problem == nil && $0.partsSum != nil }.map(\.id)
        out += "  \(problems.isEmpty ? "All" : "The other") \(good) row\(good == 1 ? "" : "s") are consistent"
        out += summed.isEmpty ? ".\n" : "; \(summed.joined(separator: ", ")) also with the sums of their parts' intervals.\n"
        return out
    }

    static func shortened(_ title: String) -> String {
        title.count <= titleWidth - 2 ? title : String(title.prefix(titleWidth - 3)) + "…"
    }

    static func number(_ value: Rational) -> String {
        value.decimalString(maxFractionDigits: 2)
    }

    static func signed(_ value: Rational) -> String {
        value > .zero ? "+" + number(value) : number(value)
    }
}
