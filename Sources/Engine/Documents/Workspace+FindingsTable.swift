extension Workspace {
    /// Reads a findings table (CSV) as evidence with `header`, and checks it against
    /// `instrument`: every problem is reported at its cell, with the table's row where a
    /// cell above spans several lines. A file that is not UTF-8, empty, or no findings
    /// table gets one file-level error. Returns nil when anything is an error.
    public mutating func loadFindingsTable(
        path: String, header: EvidenceHeaderDecl, instrument: Instrument
    ) throws(InputFileError) -> (syntax: SourceFileSyntax, evidence: Evidence, dialect: CSVDialect)? {
        let bytes = try InputFile.contents(of: path)
        let source = SourceText(path: path, bytes: bytes)
        guard source.diagnostics.isEmpty else {
            record(source, DiagnosticBag(source.diagnostics))
            return nil
        }
        var bag = DiagnosticBag()
        guard source.characters.contains(where: { !$0.isWhitespace }) else {
            bag.report(
                .fileEmpty, "the file is empty",
                at: SourceSpan(path: path, start: SourceLocation(line: 1, column: 1), length: 1),
                help: "a findings table starts with the header \(FindingsTable.headerLine)")
            record(source, bag)
            return nil
        }
        guard let table = FindingsTable.read(source, instrument: instrument, diagnostics: &bag) else {
            record(source, bag)
            return nil
        }
        let syntax = table.evidence(path: path, header: header)
        let (evidence, checked) = EvidenceChecker.check(syntax, sha256: SHA256.hexDigest(bytes), instrument: instrument)
        // A finding whose source had an error is not also said to have none.
        bag.append(
            contentsOf: DiagnosticBag(
                checked.all.filter { diagnostic in
                    diagnostic.id != .semaMissingSource || !table.sourceErrors.contains { $0 == diagnostic.span }
                }))
        let located = bag.all.map { diagnostic -> Diagnostic in
            guard let span = diagnostic.span, span.path == path, let note = table.rowNote(line: span.start.line) else {
                return diagnostic
            }
            var withRow = diagnostic
            withRow.notes.append(note)
            return withRow
        }
        record(source, DiagnosticBag(located))
        guard let evidence, !bag.hasErrors else { return nil }
        return (syntax, evidence, table.dialect)
    }
}
