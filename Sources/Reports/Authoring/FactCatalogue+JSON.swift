import Engine

extension FactCatalogue {
    /// The catalogue as JSON (`facts --format json`), after the provenance header every
    /// JSON document starts with (`kind` `facts`): the scope, then one object per fact in
    /// catalogue order with its type, answers and their labels in every language the
    /// instrument labels, and each rule that reads it with its subarea and the most it
    /// can add (exact, as every JSON number).
    public func json(_ scope: Scope = .all) -> JSONValue {
        let scopeValue: JSONValue
        switch scope {
        case .all: scopeValue = .null
        case .area(let a): scopeValue = .object(pairs: [("area", .string(instrument.areas[a].id))])
        case .subarea(let s): scopeValue = .object(pairs: [("subarea", .string(instrument.subareas[s].id))])
        }
        return .object(
            pairs: Provenance.jsonHeader(instrument, kind: "facts") + [
                ("scope", scopeValue),
                ("facts", .array(facts(in: scope).map(factJSON))),
            ])
    }

    func factJSON(_ fact: Int) -> JSONValue {
        let declared = instrument.facts[fact]
        var ladder: JSONValue = .null
        if case .level(let index) = declared.type { ladder = .string(instrument.ladders[index].name) }
        let closed: Bool
        switch declared.type {
        case .set(nil), .number: closed = false
        default: closed = true
        }
        let readers: [JSONValue] = entries[fact].readers.map { reader in
            let rule = instrument.rules[reader.rule]
            let subarea = instrument.subareas[rule.subarea]
            return .object(pairs: [
                ("rule", .string(rule.id)), ("title", .string(rule.title)), ("subarea", .string(subarea.id)),
                ("area", .string(instrument.areas[subarea.area].id)), ("maxPoints", reader.most.json),
            ])
        }
        return .object(pairs: [
            ("path", .string(declared.path)), ("description", .string(declared.description)),
            ("type", .string(typeKeyword(fact))), ("ladder", ladder),
            ("answers", closed ? .array(answersJSON(fact)) : .null),
            ("subareas", .array(subareaIDs(of: fact).map { .string($0) })),
            ("rules", .array(readers)),
        ])
    }

    /// Each answer with its labels by language: `{"value": "exists", "labels": {"sv": "finns", "en": "in place"}}`.
    func answersJSON(_ fact: Int) -> [JSONValue] {
        let languages = ReportLanguage.allCases
        let byLanguage = languages.map { answers(fact, in: $0) }
        return byLanguage[0].indices.map { index in
            var labels: [(String, JSONValue)] = []
            for (language, answers) in zip(languages, byLanguage) {
                // A flag's yes and no are words of the tool, not labels of the instrument.
                if case .flag = instrument.facts[fact].type { continue }
                if let label = answers[index].label { labels.append((language.rawValue, .string(label))) }
            }
            return .object(pairs: [("value", .string(byLanguage[0][index].value)), ("labels", .object(pairs: labels))])
        }
    }
}
