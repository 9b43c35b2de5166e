/// Evidence and plans as JSON, with the same meaning as the language: the JSON is read
/// into the same syntax tree the parser builds, so the same checks apply.
///
/// JSON carries no positions of its own; diagnostics on JSON input point at line 1.
public enum DocumentJSON {
    /// Whether the bytes start (after whitespace and a BOM) with `{`.
    public static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
    }

    /// Reads a JSON evidence or plan document into a syntax tree.
    public static func read(_ bytes: [UInt8], path: String, diagnostics: inout DiagnosticBag) -> SourceFileSyntax? {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            diagnostics.report(
                .parseExpectedToken, error.message,
                at: SourceSpan(path: path, start: SourceLocation(line: error.line, column: error.column), length: 1))
            return nil
        }
        var reader = JSONDocumentReader(path: path)
        let syntax = reader.read(value)
        diagnostics.append(contentsOf: reader.diagnostics)
        return reader.diagnostics.hasErrors ? nil : syntax
    }

    /// Writes a parsed evidence or plan file as JSON (comments are not carried over).
    public static func write(_ file: SourceFileSyntax) -> String {
        var members: [(String, JSONValue)] = []
        var findings: [JSONValue] = []
        var judgements: [JSONValue] = []
        var overrides: [JSONValue] = []
        var actions: [JSONValue] = []
        for declaration in file.declarations {
            switch declaration {
            case .evidence(let h):
                members.append(
                    ("evidence", .object(pairs: [
                        ("municipality", .string(h.municipality.value)), ("year", number(h.year.value)),
                        ("instrument", .string(h.instrument.value)), ("version", .string(h.version.value)),
                        ("evaluators", .array(h.evaluators.map { .string($0.value) })),
                    ])))
            case .finding(let f):
                var pairs: [(String, JSONValue)] = [("fact", .string(f.fact.value)), ("value", json(f.value))]
                if !f.sources.isEmpty {
                    pairs.append(("sources", .array(f.sources.map { s in
                        var source: [(String, JSONValue)] = [("kind", .string(s.kind.value)), ("text", .string(s.text.value))]
                        if let section = s.section { source.append(("section", .string(section.value))) }
                        return .object(pairs: source)
                    })))
                }
                if let note = f.note { pairs.append(("note", .string(note.value))) }
                if let confidence = f.confidence { pairs.append(("confidence", number(confidence.value))) }
                if let by = f.by { pairs.append(("by", .string(by.value))) }
                findings.append(.object(pairs: pairs))
            case .verdict(let v):
                var pairs: [(String, JSONValue)] = [
                    (v.isOverride ? "subarea" : "rule", .string(v.target.value)), ("value", number(v.value.value)),
                ]
                if let reason = v.reason { pairs.append(("because", .string(reason.value))) }
                if let by = v.by { pairs.append(("by", .string(by.value))) }
                if v.isOverride { overrides.append(.object(pairs: pairs)) } else { judgements.append(.object(pairs: pairs)) }
            case .plan(let p):
                var pairs: [(String, JSONValue)] = [("name", .string(p.name.value))]
                if let municipality = p.municipality { pairs.append(("for", .string(municipality.value))) }
                members.append(("plan", .object(pairs: pairs)))
            case .action(let a):
                var pairs: [(String, JSONValue)] = [("id", .string(a.id.value))]
                if let title = a.title { pairs.append(("title", .string(title.value))) }
                if let cost = a.cost { pairs.append(("cost", number(cost.value))) }
                pairs.append(("changes", .array(a.changes.map { c in
                    .object(pairs: [(c.isAdd ? "add" : "set", .string(c.fact.value)), ("value", json(c.value))])
                })))
                actions.append(.object(pairs: pairs))
            default:
                break
            }
        }
        if file.kind == .evidence {
            members += [("findings", .array(findings)), ("judgements", .array(judgements)), ("overrides", .array(overrides))]
        } else {
            members.append(("actions", .array(actions)))
        }
        return JSONWriter.write(.object(pairs: members))
    }

    /// A number of the language as a JSON number (without the leading zeros JSON forbids).
    static func number(_ text: String) -> JSONValue {
        .number(NumberText.withoutLeadingZeros(text))
    }

    /// A value: `true`/`false` for flags, a number, a string for a level (`"none"` too),
    /// an array of item strings for a set.
    static func json(_ value: ValueLiteral) -> JSONValue {
        switch value.node {
        case .yes: return .bool(true)
        case .no: return .bool(false)
        case .none: return .string("none")
        case .level(let name): return .string(name)
        case .number(let text): return number(text)
        case .items(let items): return .array(items.map { .string($0.value) })
        }
    }
}
