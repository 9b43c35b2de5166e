/// Reads the rows of a findings table into findings, judgements and overrides, reporting
/// each problem at its cell. Rows of one fact make one finding: the first carries the
/// value, the others add sources.
struct FindingsTableReader {
    typealias Column = FindingsTable.Column

    let path: String
    let dialect: CSVDialect
    let columns: [Column: Int]
    let catalog: FactCatalog
    var diagnostics = DiagnosticBag()
    /// The fact cells of findings with a source left out for an error: the checker's
    /// warning that they have no source would only repeat it.
    var sourceErrors: [SourceSpan] = []
    /// Findings (nil where the first row had an error) and verdicts, in table order.
    private var entries: [Entry] = []
    /// Each fact's finding: its place in `entries` and its first row's cells.
    private var findings: [String: (entry: Int, cells: [Column: String], span: SourceSpan)] = [:]

    private enum Entry {
        case finding(FindingDecl?)
        case verdict(VerdictDecl)
    }

    init(path: String, dialect: CSVDialect, columns: [Column: Int], catalog: FactCatalog) {
        self.path = path
        self.dialect = dialect
        self.columns = columns
        self.catalog = catalog
    }

    /// The declarations read so far, in table order.
    var declarations: [Declaration] {
        entries.compactMap { entry in
            switch entry {
            case .finding(let finding): finding.map { .finding($0) }
            case .verdict(let verdict): .verdict(verdict)
            }
        }
    }

    /// The cell of `column` in `record`, if the table has the column and the row reaches it.
    func cell(_ column: Column, _ record: CSVRecord) -> CSVField? {
        guard let index = columns[column], index < record.fields.count else { return nil }
        return record.fields[index]
    }

    /// The text of a cell without surrounding white space; empty for a missing cell.
    func text(_ column: Column, _ record: CSVRecord) -> String {
        cell(column, record).map { Self.trimmed($0.text) } ?? ""
    }

    /// Where a cell is, or the start of its row when the row does not reach it.
    func span(_ column: Column, _ record: CSVRecord) -> SourceSpan {
        cell(column, record).map { Self.span($0, path: path) }
            ?? SourceSpan(path: path, start: SourceLocation(line: record.line, column: 1), length: 1)
    }

    mutating func read(_ record: CSVRecord) {
        let width = columns.values.max().map { $0 + 1 } ?? 0
        let cells = record.fields.map { Self.trimmed($0.text) }
        guard cells.contains(where: { !$0.isEmpty }) else { return }
        for (index, field) in record.fields.enumerated() where index >= width && !cells[index].isEmpty {
            diagnostics.report(
                .parseExpectedToken, "a cell beyond the header's \(width) columns", at: Self.span(field, path: path),
                help: "name its column in the header, or move the text into 'note'")
        }
        let fact = text(.fact, record)
        guard !fact.isEmpty else {
            return diagnostics.report(
                .parseExpectedToken, "a row without a fact", at: span(.fact, record),
                help:
                    "each row names its fact, or 'judge RULE' or 'override SUBAREA'; a further source of a finding repeats its fact"
            )
        }
        let words = fact.split(whereSeparator: \.isWhitespace).map(String.init)
        if words.first == "judge" || words.first == "override" {
            readVerdict(record, words: words)
        } else {
            readFinding(record, fact: fact)
        }
    }

    private mutating func readFinding(_ record: CSVRecord, fact: String) {
        let factSpan = span(.fact, record)
        guard Spelling.isWord(fact) else {
            return diagnostics.report(
                .parseExpectedToken, "expected a fact path such as 'dialog.former', found '\(fact)'", at: factSpan,
                help: "a fact path is dotted words without spaces; a judgement is written 'judge RULE'")
        }
        let errorsBefore = diagnostics.errorCount
        let source = readSource(record)
        if diagnostics.errorCount > errorsBefore { sourceErrors.append(findings[fact]?.span ?? span(.fact, record)) }
        let carried: [Column] = [.value, .note, .confidence, .by]
        if let first = findings[fact] {
            // A further row of the finding: a source, and nothing that differs from the first row.
            for column in carried {
                let given = text(column, record)
                guard !given.isEmpty, given != first.cells[column] else { continue }
                diagnostics.report(
                    .semaDuplicateFinding, "fact '\(fact)' is recorded twice", at: span(column, record),
                    notes: [Diagnostic.Note("first recorded here", at: first.span)],
                    help:
                        "a further row of a finding adds a source: leave its \(carried.map(\.rawValue).joined(separator: ", ")) empty"
                )
                return
            }
            if case .finding(var finding?) = entries[first.entry], let source {
                finding.sources.append(source)
                entries[first.entry] = .finding(finding)
            }
            return
        }
        var cells: [Column: String] = [:]
        for column in carried { cells[column] = text(column, record) }
        findings[fact] = (entries.count, cells, factSpan)
        let value: ValueLiteral?
        if let valueCell = cell(.value, record), !Self.trimmed(valueCell.text).isEmpty {
            value = readValue(valueCell, fact: catalog.index[fact])
        } else {
            value = nil
            diagnostics.report(
                .parseExpectedToken, "finding '\(fact)' has no value", at: span(.value, record),
                help: "write its value as the language does: yes, no, a level, a number, {a, b}, or none")
        }
        let confidence = readNumber(.confidence, record, "a confidence")
        guard let value else { return entries.append(.finding(nil)) }
        entries.append(
            .finding(
                FindingDecl(
                    fact: Located(fact, at: factSpan), value: value, sources: source.map { [$0] } ?? [],
                    note: readText(.note, record), confidence: confidence, by: readText(.by, record))))
    }

    private mutating func readVerdict(_ record: CSVRecord, words: [String]) {
        let isOverride = words[0] == "override"
        let what = isOverride ? "a subarea id such as '1.3'" : "a rule id such as '1.3.c'"
        let factSpan = span(.fact, record)
        guard words.count == 2, Spelling.isWord(words[1]), let factCell = cell(.fact, record) else {
            return diagnostics.report(
                .parseExpectedToken, "expected '\(words[0])' and \(what), found '\(text(.fact, record))'", at: factSpan,
                help: isOverride ? "write 'override 1.3'" : "write 'judge 1.3.c'")
        }
        for column: Column in [.sourceKind, .source, .section, .confidence] where !text(column, record).isEmpty {
            diagnostics.report(
                .parseExpectedToken, "\(isOverride ? "an override" : "a judgement") has no '\(column.rawValue)'",
                at: span(column, record), help: "give the reason in 'note'; sources belong to findings")
        }
        let target = Located(words[1], at: Self.span(factCell, path: path, word: words[1]))
        guard let value = readNumber(.value, record, "a value") else {
            if text(.value, record).isEmpty {
                diagnostics.report(
                    .parseExpectedToken, "\(isOverride ? "override" : "judgement") of '\(words[1])' has no value",
                    at: span(.value, record),
                    help: isOverride
                        ? "write the subarea's points, such as 28"
                        : "write the rule's value, such as \(dialect.number("0.5"))")
            }
            return
        }
        entries.append(
            .verdict(
                VerdictDecl(
                    isOverride: isOverride, target: target, value: value, reason: readText(.note, record),
                    by: readText(.by, record), span: factSpan)))
    }

    /// The row's source, if it names one: a kind and a text, with an optional section.
    private mutating func readSource(_ record: CSVRecord) -> SourceDecl? {
        let kind = text(.sourceKind, record)
        let written = text(.source, record)
        if kind.isEmpty, written.isEmpty, text(.section, record).isEmpty { return nil }
        if kind.isEmpty {
            diagnostics.report(
                .parseExpectedToken, "a source without a kind", at: span(.sourceKind, record),
                help: "write its kind in 'source_kind': \(EvidenceChecker.sourceKinds.joined(separator: ", "))")
            return nil
        }
        guard Spelling.isWord(kind) else {
            diagnostics.report(
                .semaBadArgument, "unknown source kind '\(kind)'", at: span(.sourceKind, record),
                help: "sources are \(EvidenceChecker.sourceKinds.joined(separator: ", "))")
            return nil
        }
        guard !written.isEmpty, let located = readText(.source, record) else {
            if written.isEmpty {
                diagnostics.report(
                    .parseExpectedToken, "a source of kind '\(kind)' without its text", at: span(.source, record),
                    help: "say in 'source' what the source is, such as \"Kommunikationspolicyn\"")
            }
            return nil
        }
        return SourceDecl(
            kind: Located(kind, at: span(.sourceKind, record)), text: located, section: readText(.section, record))
    }
}
