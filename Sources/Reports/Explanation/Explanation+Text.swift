import Engine

extension Explanation {
    /// The explanation as text for an audience, in a language: an evaluator's compact view
    /// with rule and fact ids, an auditor's narrative citing the evidence, a planner's
    /// to-do list. Facts read by their descriptions, levels and items by their labels.
    public func render(for audience: Audience, in language: ReportLanguage) -> String {
        let prose = ExplanationProse(scored: scored, ruleID: ruleID, language: language)
        var out = ""
        if let area {
            out += "\(area.id) \(area.title): \(prose.pointsOfMax(area.points, area.max)) "
            out += "(\(prose.words.shownAs(language.points(area.points), language.percent(area.points.percent(of: area.max)))))"
            out += area.bounds.isExact ? "\n\n" : "; \(prose.range(area.bounds))\n\n"
        }
        for subarea in subareas {
            switch audience {
            case .evaluator: out += prose.evaluatorView(subarea)
            case .auditor: out += prose.auditorView(subarea)
            case .planner: out += prose.plannerView(subarea)
            }
            out += "\n"
        }
        return out + Prose(language).footer(Provenance(scored)).dropFirst()
    }
}

/// The sentences of explanations of one scored evidence file in one language; also the
/// words of findings and changes in the HTML and Markdown reports.
struct ExplanationProse {
    let scored: ScoredEvidence
    /// The rule explained, when the target is a rule.
    let ruleID: String?
    let language: ReportLanguage
    let words: ExplanationWords

    init(scored: ScoredEvidence, ruleID: String?, language: ReportLanguage) {
        self.scored = scored
        self.ruleID = ruleID
        self.language = language
        self.words = .of(language)
    }

    var instrument: Instrument { scored.instrument }
    var evidence: Evidence { scored.evidence }

    /// `16,25 av 20 poäng` / `16.25 of 20 points`.
    func pointsOfMax(_ value: Rational, _ max: Rational) -> String {
        "\(language.decimal(value)) \(words.of) \(points(max))"
    }

    /// `2,5 poäng`, `1 point`.
    func points(_ value: Rational) -> String {
        "\(language.decimal(value)) \(words.pointsWord(value == .one))"
    }

    func range(_ bounds: Bounds) -> String {
        words.couldBe(language.decimal(bounds.min), language.decimal(bounds.max))
    }

    /// The shared words of prose (yes, no, and, quotes, "one more item").
    var common: ProseWords { Prose(language).words }

    func quoted(_ text: String) -> String { language.words.quoted(text) }

    func heading(_ s: SubareaExplanation) -> String {
        var line = "\(s.id) \(s.title): \(pointsOfMax(s.points, s.max)) "
        line += "(\(words.shownAs(language.points(s.points), language.percent(s.points.percent(of: s.max))))), \(words.mode(s.mode))"
        if !s.bounds.isExact { line += "; \(range(s.bounds))" }
        return line + "\n"
    }

    /// A fact by its description, with its id in brackets for evaluators.
    func factName(_ fact: Int, withID: Bool) -> String {
        let description = instrument.facts[fact].description
        return withID ? "\(description) [\(instrument.facts[fact].path)]" : description
    }

    /// A finding's value in words: yes or no, a level's label, a number, the items' labels.
    func valueText(_ value: FactValue, of fact: Int) -> String {
        switch value {
        case .flag(let yes): return yes ? common.yes : common.no
        case .level(let level):
            return instrument.label(level: level, ofFact: fact, in: language.rawValue)
                ?? instrument.ladder(ofFact: fact).map { $0.levels[level] } ?? String(level)
        case .number(let number): return language.decimal(number)
        case .set(let items):
            // The rule kinds name "one more item, any" as `…` or `… 2`: words, not a placeholder.
            let named = items.filter { !($0 == "…" || $0.hasPrefix("… ")) }.map { instrument.label(item: $0, ofFact: fact, in: language.rawValue) ?? $0 }
            let placeholders = items.count - named.count
            let parts = named + (placeholders > 0 ? [common.moreItems(placeholders)] : [])
            return list(parts)
        }
    }

    /// `a, b och c` / `a, b and c`; `inga` / `none` for nothing.
    func list(_ parts: [String]) -> String {
        guard let last = parts.last else { return common.none }
        return parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " \(common.and) " + last
    }

    /// A change of findings in words: the fact, its new value and what it is today.
    func changeText(_ changes: [FindingChange], rule: String, withIDs: Bool, today showToday: Bool = true) -> String {
        changes.map { change -> String in
            guard let value = change.value else {
                return words.judgementOf(rule) + ": " + language.decimal(change.judgement ?? .zero)
            }
            let name = factName(change.fact, withID: withIDs)
            let current = evidence.finding(of: change.fact)?.value
            // A set grows by the items it lacks; any other value is replaced.
            if case .set(let items) = value, case .set(let have)? = current {
                return name + ": + " + valueText(.set(items.filter { !have.contains($0) }), of: change.fact)
            }
            let today = showToday ? current.map { " (\(words.today): \(valueText($0, of: change.fact)))" } ?? "" : ""
            return name + ": " + valueText(value, of: change.fact) + today
        }.joined(separator: "; ")
    }

    /// A smaller step on the way to a rule's best: only the value when it changes the same
    /// single fact as the step to the best, else the whole change.
    func stepText(_ step: Headroom.Step, of headroom: Headroom, withIDs: Bool) -> String {
        if step.changes.count == 1, headroom.changes.count == 1, let value = step.changes[0].value,
            step.changes[0].fact == headroom.changes[0].fact
        {
            if case .set(let items) = value, case .set(let have)? = evidence.finding(of: step.changes[0].fact)?.value {
                return "+ " + valueText(.set(items.filter { !have.contains($0) }), of: step.changes[0].fact)
            }
            return valueText(value, of: step.changes[0].fact)
        }
        return changeText(step.changes, rule: headroom.ruleID, withIDs: withIDs, today: false)
    }

    /// `dokument ”Policy”, avsnitt 1.1`.
    func cite(_ source: EvidenceSource) -> String {
        language.words.sourceKind(source.kind) + " " + quoted(source.text)
            + (source.section.map { ", \(words.section) \($0)" } ?? "")
    }

    func who(_ by: String?) -> String {
        language.words.who(by, in: evidence)
    }
}
