import Support

extension FindingsTable {
    /// Reads a findings table: the dialect from its header line, the header's columns, then
    /// every row as a finding's value and source, a further source, a judgement or an
    /// override. Each problem is reported at its cell (line and column of the file, as an
    /// editor shows them), so one run reports every independent error; rows with an error
    /// are left out. A file that is no findings table (no `fact` and no `value` column) gets
    /// one file-level error, and nil, as does a bad header or text that is not CSV.
    ///
    /// Facts are looked up in `instrument` only to read their values by type (a number in
    /// the dialect's decimal mark, a set without braces); unknown facts, levels and items are
    /// left to ``EvidenceChecker``, which reports them at the same cells.
    public static func read(
        _ source: SourceText, instrument: Instrument, diagnostics: inout DiagnosticBag
    ) -> FindingsTable? {
        let text = String(source.characters)
        let dialect = CSVDialect.detect(headerOf: text)
        let records: [CSVRecord]
        do {
            records = try CSVReader.table(text, separator: dialect.separator)
        } catch {
            let at = SourceSpan(
                path: source.path, start: SourceLocation(line: error.line, column: error.column ?? 1), length: 1)
            let unclosed = error.message == "a quoted field is not closed"
            diagnostics.report(
                unclosed ? .lexUnterminatedString : .lexBadChar, error.message, at: at,
                help: unclosed
                    ? "close the cell with '\"'; a quote inside a quoted cell is written twice ('\"\"')"
                    : "write a cell that holds a quote in quotes, its quotes doubled: \"say \"\"hi\"\"\"")
            return nil
        }
        guard let header = records.first else { return nil }
        guard let columns = columns(of: header, path: source.path, diagnostics: &diagnostics) else { return nil }
        var reader = FindingsTableReader(
            path: source.path, dialect: dialect, columns: columns,
            catalog: FactCatalog(facts: instrument.facts, ladders: instrument.ladders))
        for record in records.dropFirst() { reader.read(record) }
        diagnostics.append(contentsOf: reader.diagnostics)
        return FindingsTable(
            dialect: dialect, declarations: reader.declarations, recordLines: records.map(\.line),
            sourceErrors: reader.sourceErrors)
    }

    /// The column of each header cell, or nil after reporting why the header is not a
    /// findings table's: one file-level error when it names neither `fact` nor `value` (nor
    /// a near miss of them), else one error per unknown, repeated or missing column.
    static func columns(
        of header: CSVRecord, path: String, diagnostics: inout DiagnosticBag
    ) -> [Column: Int]? {
        var columns: [Column: Int] = [:]
        var unknown: [(name: String, field: CSVField)] = []
        var errors = DiagnosticBag()
        let names = Column.allCases.map(\.rawValue)
        for (index, field) in header.fields.enumerated() {
            let name = FindingsTableReader.trimmed(field.text).lowercased()
            guard let column = Column(rawValue: name) else {
                unknown.append((name, field))
                continue
            }
            if let first = columns[column] {
                errors.report(
                    .semaDuplicateID, "column '\(name)' appears twice in the header",
                    at: FindingsTableReader.span(header.fields[index], path: path),
                    notes: [
                        Diagnostic.Note("first here", at: FindingsTableReader.span(header.fields[first], path: path))
                    ],
                    help: "keep one '\(name)' column")
            } else {
                columns[column] = index
            }
        }
        let lineLength = header.fields.last.map { ($0.positions.last?.column ?? $0.start.column) } ?? 1
        let wholeLine = SourceSpan(path: path, start: SourceLocation(line: 1, column: 1), length: lineLength)
        let expected =
            "a findings table starts with the header \(headerLine) ('fact' and 'value' are required; any order)"
        let nearRequired = unknown.contains { EditDistance.closestMatch(to: $0.name, among: ["fact", "value"]) != nil }
        if columns[.fact] == nil, columns[.value] == nil, !nearRequired {
            diagnostics.report(
                .fileWrongKind, "expected a findings table, found a table without a 'fact' or a 'value' column",
                at: wholeLine, help: expected)
            return nil
        }
        for (name, field) in unknown {
            let free = names.filter { Column(rawValue: $0).map { columns[$0] == nil } ?? false }
            let suggestion = EditDistance.closestMatch(to: name, among: free)
            errors.report(
                .parseExpectedToken, "unknown column '\(name)'", at: FindingsTableReader.span(field, path: path),
                help: suggestion.map { "did you mean '\($0)'?" } ?? "the columns are \(headerLine)")
        }
        for column in Column.allCases where column.isRequired && columns[column] == nil {
            errors.report(
                .parseExpectedToken, "the header has no '\(column.rawValue)' column", at: wholeLine, help: expected)
        }
        diagnostics.append(contentsOf: errors)
        return errors.hasErrors ? nil : columns
    }

    /// A note giving the table row of a diagnostic whose line is not its row, because a
    /// cell above it spans several lines (a spreadsheet counts rows, an editor lines).
    public func rowNote(line: Int) -> Diagnostic.Note? {
        guard let index = recordLines.lastIndex(where: { $0 <= line }), index + 1 != line else { return nil }
        return Diagnostic.Note("this is row \(index + 1) of the table (a cell above it spans several lines)", at: nil)
    }
}
