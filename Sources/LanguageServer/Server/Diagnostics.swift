import Engine

extension LanguageServer {
    /// A document was opened, changed or saved: re-check what depends on it.
    func changed(_ uri: String) -> [JSONValue] {
        guard let document = documents.document(uri: uri) else { return [] }
        let folder = PathParts.directory(document.path)
        if projects[folder] != nil {
            staleProjects.insert(folder)
        } else if case .file(.instrument, _) = FileRecognition.recognise(SourceText(path: document.path, text: document.text)) {
            staleProjects.insert(folder)
        }
        return refresh()
    }

    /// A document was closed: an evidence or plan file's diagnostics are cleared; an
    /// instrument file is read from disk again.
    func closed(_ uri: String) -> [JSONValue] {
        guard let document = documents.document(uri: uri) else { return [] }
        documents.close(uri: uri)
        checks[document.path] = nil
        let folder = PathParts.directory(document.path)
        if projects[folder] != nil {
            staleProjects.insert(folder)
            return refresh()
        }
        return publish(uri: document.uri, [])
    }

    /// The project of an instrument folder, built on first use and after changes.
    func project(_ folder: String) -> InstrumentProject {
        if let known = projects[folder], !staleProjects.contains(folder) { return known }
        let built = InstrumentProject(folder: folder, documents: documents, registry: registry, previous: projects[folder])
        projects[folder] = built
        staleProjects.remove(folder)
        generations[folder, default: 0] += 1
        return built
    }

    /// Rebuilds stale projects and re-checks the open documents that depend on them;
    /// publishes the diagnostics that changed.
    func refresh() -> [JSONValue] {
        var out: [JSONValue] = []
        for folder in staleProjects.sorted() {
            let project = project(folder)
            var byPath: [String: [Diagnostic]] = [:]
            for diagnostic in project.diagnostics {
                byPath[diagnostic.span?.path ?? project.files.first?.path ?? folder, default: []].append(diagnostic)
            }
            for file in project.files {
                out += publish(uri: documents.uri(forPath: file.path), convert(byPath[file.path] ?? [], path: file.path, file.positions))
            }
        }
        for document in documents.all.reversed() where projects[PathParts.directory(document.path)] == nil {
            let check = check(document)
            let own = check.diagnostics.filter { ($0.span?.path ?? document.path) == document.path }
            var diagnostics = convert(own, path: document.path, check.parsed.positions)
            if let reason = check.notChecked {
                diagnostics.append(
                    .object(pairs: [
                        ("range", TextRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)).json),
                        ("severity", 3), ("source", "kompass-score"), ("message", .string(reason)),
                    ]))
            }
            out += publish(uri: document.uri, diagnostics)
        }
        return out
    }

    /// The check of an open evidence or plan document, redone when its text or its
    /// instrument changed.
    func check(_ document: DocumentStore.Document) -> DocumentCheck {
        if let known = checks[document.path], known.parsed.text == document.text, let folder = known.folder,
            generations[folder] == known.generation, !staleProjects.contains(folder)
        {
            return known
        }
        let parsed = ParsedDocument(
            path: document.path, text: document.text, kindWords: registry.clauseWords, blankIsError: true)
        var header: (name: String, version: String)?
        for case .evidence(let decl) in parsed.syntax?.declarations ?? [] {
            header = (decl.instrument.value, decl.version.value)
            break
        }
        let folder = locator.folder(for: document.path, kind: parsed.kind, instrument: header)
        let project = folder.map(project)
        let check = DocumentCheck(parsed: parsed, project: project, generation: folder.flatMap { generations[$0] } ?? 0)
        checks[document.path] = check
        return check
    }

    /// `textDocument/publishDiagnostics`, when they differ from the last sent for the URI.
    func publish(uri: String, _ diagnostics: [JSONValue]) -> [JSONValue] {
        let params: JSONValue = .object(pairs: [("uri", .string(uri)), ("diagnostics", .array(diagnostics))])
        if published[uri] == params { return [] }
        published[uri] = params
        return [Outgoing.notification("textDocument/publishDiagnostics", params)]
    }

    /// The protocol's diagnostics: the id as `code`, the message as `check` prints it,
    /// notes (and the hint) as related information.
    func convert(_ diagnostics: [Diagnostic], path: String, _ positions: PositionConverter) -> [JSONValue] {
        diagnostics.map { diagnostic in
            let range = diagnostic.span.map(positions.range)
                ?? TextRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0))
            let uri = documents.uri(forPath: diagnostic.span?.path ?? path)
            var related: [JSONValue] = []
            for note in diagnostic.notes {
                guard let span = note.span else { continue }
                let location = Location(uri: documents.uri(forPath: span.path), range: converter(for: span.path).range(span))
                related.append(.object(pairs: [("location", location.json), ("message", .string(note.message))]))
            }
            if let help = diagnostic.help {
                related.append(
                    .object(pairs: [
                        ("location", Location(uri: uri, range: range).json), ("message", .string("help: " + help)),
                    ]))
            }
            var pairs: [(String, JSONValue)] = [
                ("range", range.json), ("severity", diagnostic.severity == .error ? 1 : 2),
                ("code", .string(diagnostic.id.rawValue)), ("source", "kompass-score"),
                ("message", .string(diagnostic.message)),
            ]
            if !related.isEmpty { pairs.append(("relatedInformation", .array(related))) }
            return .object(pairs: pairs)
        }
    }

    /// Positions for any file the server knows: open, in a project, or read from disk.
    func converter(for path: String) -> PositionConverter {
        if let check = checks[path] { return check.parsed.positions }
        if let file = projects[PathParts.directory(path)]?.file(path) { return file.positions }
        if let document = documents.document(atPath: path) { return PositionConverter(SourceText(path: path, text: document.text)) }
        let bytes = (try? InputFile.contents(of: path)) ?? []
        return PositionConverter(SourceText(path: path, bytes: bytes))
    }
}
