extension FindingsTable {
    /// An evidence file's findings, judgements and overrides as a findings table in
    /// `dialect`: the header row, then each finding's row (value, first source, note,
    /// confidence, by) and one row per further source, then each judgement and override in
    /// the order written. Reading it back gives the same declarations.
    public static func write(_ file: SourceFileSyntax, dialect: CSVDialect) -> String {
        var records = [Column.allCases.map(\.rawValue)]
        func row(_ cells: [Column: String]) -> [String] {
            Column.allCases.map { cells[$0] ?? "" }
        }
        func source(_ source: SourceDecl?) -> [Column: String] {
            guard let source else { return [:] }
            return [.sourceKind: source.kind.value, .source: source.text.value, .section: source.section?.value ?? ""]
        }
        for declaration in file.declarations {
            switch declaration {
            case .finding(let finding):
                var first = source(finding.sources.first)
                first[.fact] = finding.fact.value
                first[.value] = value(finding.value, dialect: dialect)
                first[.note] = finding.note?.value
                first[.confidence] = finding.confidence.map { dialect.number($0.value) }
                first[.by] = finding.by?.value
                records.append(row(first))
                for further in finding.sources.dropFirst() {
                    var cells = source(further)
                    cells[.fact] = finding.fact.value
                    records.append(row(cells))
                }
            case .verdict(let verdict):
                records.append(
                    row([
                        .fact: "\(verdict.isOverride ? "override" : "judge") \(verdict.target.value)",
                        .value: dialect.number(verdict.value.value), .note: verdict.reason?.value ?? "",
                        .by: verdict.by?.value ?? "",
                    ]))
            default:
                break
            }
        }
        return dialect.render(records)
    }

    /// A value as the language writes it, numbers in the dialect's decimal mark.
    static func value(_ literal: ValueLiteral, dialect: CSVDialect) -> String {
        if case .number(let text) = literal.node { return dialect.number(text) }
        return KompassWriter.value(literal)
    }
}
