/// Reads a JSON evidence or plan document into declarations, reporting shape errors.
struct JSONDocumentReader {
    let path: String
    var diagnostics = DiagnosticBag()

    init(path: String) {
        self.path = path
    }

    var here: SourceSpan { SourceSpan(path: path, start: SourceLocation(line: 1, column: 1), length: 1) }

    func located(_ text: String) -> Located<String> { Located(text, at: here) }

    mutating func problem(_ message: String) {
        diagnostics.report(.parseExpectedToken, message, at: here)
    }

    mutating func string(_ object: JSONValue, _ key: String, required: Bool = true) -> Located<String>? {
        guard let value = object[key] else {
            if required { problem("expected key '\(key)' in the JSON document") }
            return nil
        }
        guard let text = value.stringValue else {
            problem("expected a string for '\(key)'")
            return nil
        }
        guard Spelling.canQuote(text) else {
            problem(Self.unwritable(text, key))
            return nil
        }
        return located(text)
    }

    /// A name (fact path, id, source kind): a string that is one word of the language.
    mutating func word(_ object: JSONValue, _ key: String, _ what: String) -> Located<String>? {
        guard let text = string(object, key) else { return nil }
        guard Spelling.isWord(text.value) else {
            problem("expected \(what) for '\(key)', found \(Spelling.quoted(text.value)): not a word of the language")
            return nil
        }
        return text
    }

    /// The message for a string the language cannot write, so converting would lose it.
    static func unwritable(_ text: String, _ key: String) -> String {
        "the string \(text.debugDescription) for '\(key)' cannot be written in the language "
            + "(a line break other than \\n, or a combining mark at its start)"
    }

    mutating func number(_ object: JSONValue, _ key: String, required: Bool = true) -> Located<String>? {
        guard let value = object[key] else {
            if required { problem("expected key '\(key)' in the JSON document") }
            return nil
        }
        guard let text = value.numberText, NumberText.isWellFormed(text) else {
            problem("expected a number such as 12 or 0.5 for '\(key)'")
            return nil
        }
        guard NumberText.isInRange(text) else {
            outOfRange(text)
            return nil
        }
        return located(text)
    }

    /// A number out of the language's range, reported as the parser reports it.
    mutating func outOfRange(_ text: String) {
        diagnostics.report(
            .semaNumberTooLarge, "number '\(text)' is out of range", at: here,
            help: "numbers have a magnitude of at most 10^12 and at most 6 decimals")
    }

    mutating func value(_ json: JSONValue?) -> ValueLiteral? {
        let strings: [String]
        switch json {
        case .string(let text)?: strings = [text]
        case .array(let items)?: strings = items.compactMap(\.stringValue)
        default: strings = []
        }
        if let text = strings.first(where: { !Spelling.canQuote($0) }) {
            problem(Self.unwritable(text, "value"))
            return nil
        }
        switch json {
        case .bool(let flag)?: return ValueLiteral(flag ? .yes : .no, at: here)
        case .number(let text)? where NumberText.isWellFormed(text):
            guard NumberText.isInRange(text) else {
                outOfRange(text)
                return nil
            }
            return ValueLiteral(.number(text), at: here)
        case .string("none")?: return ValueLiteral(.none, at: here)
        case .string(let level)?: return ValueLiteral(.level(level), at: here)
        case .array(let items)? where items.allSatisfy { $0.stringValue != nil }:
            return ValueLiteral(.items(items.compactMap(\.stringValue).map(located)), at: here)
        default:
            problem("expected a value: true, false, a number, a level as a string, or an array of item strings")
            return nil
        }
    }

    mutating func read(_ document: JSONValue) -> SourceFileSyntax? {
        if let header = document["evidence"] { return readEvidence(document, header) }
        if let header = document["plan"] { return readPlan(document, header) }
        problem("expected a JSON object with an 'evidence' or a 'plan' key")
        return nil
    }

    mutating func readEvidence(_ document: JSONValue, _ header: JSONValue) -> SourceFileSyntax? {
        guard let municipality = string(header, "municipality"), let year = number(header, "year"),
            let instrument = string(header, "instrument"), let version = string(header, "version")
        else { return nil }
        let evaluators = (header["evaluators"]?.arrayValue ?? []).compactMap(\.stringValue).map(located)
        for evaluator in evaluators where !Spelling.canQuote(evaluator.value) {
            problem(Self.unwritable(evaluator.value, "evaluators"))
        }
        var declarations: [Declaration] = [
            .evidence(EvidenceHeaderDecl(
                municipality: municipality, year: year, instrument: instrument, version: version,
                evaluators: evaluators, span: here))
        ]
        for finding in document["findings"]?.arrayValue ?? [] {
            guard let fact = word(finding, "fact", "a fact path such as 'dialog.former'"), let value = value(finding["value"])
            else { continue }
            var sources: [SourceDecl] = []
            for source in finding["sources"]?.arrayValue ?? [] {
                guard let kind = word(source, "kind", "a source kind such as 'interview'"), let text = string(source, "text")
                else { continue }
                sources.append(SourceDecl(kind: kind, text: text, section: string(source, "section", required: false)))
            }
            declarations.append(
                .finding(FindingDecl(
                    fact: fact, value: value, sources: sources, note: string(finding, "note", required: false),
                    confidence: number(finding, "confidence", required: false), by: string(finding, "by", required: false))))
        }
        for (key, isOverride) in [("judgements", false), ("overrides", true)] {
            for verdict in document[key]?.arrayValue ?? [] {
                guard let target = word(verdict, isOverride ? "subarea" : "rule", isOverride ? "a subarea id such as '1.3'" : "a rule id such as '1.3.c'"),
                    let value = number(verdict, "value")
                else { continue }
                declarations.append(
                    .verdict(VerdictDecl(
                        isOverride: isOverride, target: target, value: value,
                        reason: string(verdict, "because", required: false), by: string(verdict, "by", required: false),
                        span: here)))
            }
        }
        return SourceFileSyntax(path: path, kind: .evidence, declarations: declarations)
    }

    mutating func readPlan(_ document: JSONValue, _ header: JSONValue) -> SourceFileSyntax? {
        guard let name = string(header, "name") else { return nil }
        var declarations: [Declaration] = [
            .plan(PlanHeaderDecl(name: name, municipality: string(header, "for", required: false), span: here))
        ]
        for action in document["actions"]?.arrayValue ?? [] {
            guard let id = word(action, "id", "an action id such as 'utbildning'") else { continue }
            var changes: [ChangeDecl] = []
            for change in action["changes"]?.arrayValue ?? [] {
                let isAdd = change["add"] != nil
                guard let fact = word(change, isAdd ? "add" : "set", "a fact path such as 'dialog.former'"), let value = value(change["value"])
                else { continue }
                changes.append(ChangeDecl(isAdd: isAdd, fact: fact, value: value))
            }
            declarations.append(
                .action(ActionDecl(
                    id: id, title: string(action, "title", required: false), cost: number(action, "cost", required: false),
                    changes: changes)))
        }
        return SourceFileSyntax(path: path, kind: .plan, declarations: declarations)
    }
}
