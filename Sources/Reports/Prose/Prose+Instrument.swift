import Engine

extension Prose {
    /// An area's title in this language: the instrument's `en` title in English where it
    /// gives one, else the main title (as the report does).
    public func title(of area: Area) -> String {
        language == .en ? (area.english ?? area.title) : area.title
    }

    /// A subarea's title in this language (see ``title(of:)-(Area)``).
    public func title(of subarea: Subarea) -> String {
        language == .en ? (subarea.english ?? subarea.title) : subarea.title
    }

    /// A finding's value in words: a flag as `ja` / `yes`, a level by its label in this
    /// language (`finns`, `in place`; its id where the instrument gives none), a number
    /// exactly as recorded in the language's marks, a set's items by their labels in braces
    /// (`{}` written `inga` / `none`).
    public func value(_ value: FactValue, fact: Int, in instrument: Instrument) -> String {
        switch value {
        case .flag(let flag):
            return yesNo(flag)
        case .number(let number):
            return localized(number.decimalString())
        case .level(let level):
            return instrument.label(level: level, ofFact: fact, in: language.rawValue)
                ?? value.formatted(ladder: instrument.ladder(ofFact: fact))
        case .set(let items):
            guard !items.isEmpty else { return words.none }
            // The rule kinds name "any one more item" `…` (or `… 2`): words, not a placeholder.
            let named = items.filter { !($0 == "…" || $0.hasPrefix("… ")) }.map { item in
                // Without a label, the item as the rule language spells it (`{a}` less its braces).
                instrument.label(item: item, ofFact: fact, in: language.rawValue)
                    ?? String(FactValue.set([item]).formatted(ladder: nil).dropFirst().dropLast())
            }
            let placeholders = items.count - named.count
            return "{" + (named + (placeholders > 0 ? [words.moreItems(placeholders)] : [])).joined(separator: ", ")
                + "}"
        }
    }

    /// A fact's value in `values`, or `ej bedömd` / `not assessed`.
    public func value(ofFact fact: Int, in values: [FactValue?], instrument: Instrument) -> String {
        values[fact].map { value($0, fact: fact, in: instrument) } ?? words.notAssessed
    }

    /// A judgement's value, exactly as recorded, in the language's marks.
    public func judgementValue(_ value: Rational) -> String {
        localized(value.decimalString())
    }

    /// A plan's change: `f = v`, or for `add` `lägg till {a} i f` / `add {a} to f`.
    public func change(_ change: PlanChange, in instrument: Instrument) -> String {
        let path = instrument.facts[change.fact].path
        let text = value(change.value, fact: change.fact, in: instrument)
        return change.isAdd ? words.add(text, path) : "\(path) = \(text)"
    }

    /// A rule's finding change written against the current findings: an `add` when it only
    /// adds items to a set, `f = v` otherwise, `bedömning 7.2.i = 3` / `judgement 7.2.i = 3`
    /// for a judgement.
    public func change(_ change: FindingChange, rule: Int, in instrument: Instrument, values: [FactValue?]) -> String {
        guard let newValue = change.value else {
            return "\(words.judgement) \(instrument.rules[rule].id) = \(change.judgement.map(judgementValue) ?? "?")"
        }
        let path = instrument.facts[change.fact].path
        if case .set(let items) = newValue, case .set(let have)? = values[change.fact], !have.isEmpty,
            have.allSatisfy(items.contains)
        {
            return words.add(value(.set(items.filter { !have.contains($0) }), fact: change.fact, in: instrument), path)
        }
        return "\(path) = \(value(newValue, fact: change.fact, in: instrument))"
    }

    /// `bedömning 1.1.b` / `judgement 1.1.b`.
    public func judgement(_ ruleID: String) -> String {
        "\(words.judgement) \(ruleID)"
    }

    /// The provenance footer (``Provenance/text``) with each file's role in this language:
    /// `underlag Examples/ale-2020/evidence.kompass sha256 …`.
    public func footer(_ provenance: Provenance) -> String {
        var translated = provenance
        for index in translated.files.indices {
            let role = translated.files[index].role
            translated.files[index].role = words.roles.first { $0.role == role }?.word ?? role
        }
        return translated.text
    }
}
