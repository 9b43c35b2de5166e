import Engine

extension FactCatalogue {
    /// The columns of ``renderCSV(_:dialect:)``.
    public static let csvHeader = [
        "fact", "description", "type", "ladder", "answers", "labels", "labels_en", "subareas", "rules", "max_points",
        "instrument_sha256", "tool",
    ]

    /// The catalogue as CSV (`facts --format csv`): a header, then one row per fact in
    /// catalogue order. Lists are joined by `; ` (answers, their labels in the instrument's
    /// language and in English, subareas, rules); `max_points` holds the most each rule in
    /// `rules` can add, in the same order, exactly. The provenance closes each row.
    public func renderCSV(_ scope: Scope = .all, dialect: CSVDialect = .rfc4180) -> String {
        let ownLanguage = ReportLanguage.default(for: instrument)
        var lines = [Self.csvHeader]
        for fact in facts(in: scope) {
            let declared = instrument.facts[fact]
            var ladder = ""
            if case .level(let index) = declared.type { ladder = instrument.ladders[index].name }
            let isFlag = declared.type == .flag
            func labels(_ language: ReportLanguage) -> String {
                isFlag ? "" : answers(fact, in: language).map { $0.label ?? "" }.joined(separator: "; ")
            }
            let readers = entries[fact].readers
            lines.append([
                declared.path, declared.description, typeKeyword(fact), ladder,
                answers(fact, in: ownLanguage).map(\.value).joined(separator: "; "),
                labels(ownLanguage), labels(.en),
                subareaIDs(of: fact).joined(separator: "; "),
                readers.map { instrument.rules[$0.rule].id }.joined(separator: "; "),
                readers.map { dialect.number($0.most) }.joined(separator: "; "),
                instrument.sha256, Provenance.tool,
            ])
        }
        return dialect.render(lines)
    }
}
