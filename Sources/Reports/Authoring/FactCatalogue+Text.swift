import Engine

extension FactCatalogue {
    /// The catalogue as text (`facts`): per area and subarea the facts its rules read, each
    /// described in full where it first appears (its description, answers and readers) and
    /// by reference after; the judgements; then the facts no rule reads; lines wrapped.
    public func renderText(_ scope: Scope = .all, language: ReportLanguage? = nil) -> String {
        let prose = Prose(language, for: instrument)
        let words = AuthoringWords.of(prose.language)
        let facts = facts(in: scope)
        var out = "\(instrument.name) \(instrument.version) · \(words.catalogueTitle) · "
        out += words.factCount(
            prose.count(facts.count, words.factNoun), prose.count(subareas(in: scope).count, words.subareaNoun)) + "\n"
        var shown = Set<Int>()
        for a in areas(in: scope) {
            let area = instrument.areas[a]
            out += "\n" + LineWrap.paragraph(
                "\(area.id)  \(prose.title(of: area)) (\(words.maxPoints(prose.number(area.max))))", first: "", rest: "   ")
            for s in area.subareas where subareas(in: scope).contains(s) {
                out += "\n" + subareaHeading(s, prose, words, first: "  ", rest: "       ")
                for fact in sections[s].facts {
                    if shown.insert(fact).inserted {
                        out += factText(fact, prose, words, indent: "    ")
                    } else {
                        let home = instrument.subareas[entries[fact].subareas[0]].id
                        out += "    \(instrument.facts[fact].path): \(words.describedIn) \(home)\n"
                    }
                }
                for rule in sections[s].judgements { out += judgementText(rule, prose, words, indent: "    ") }
            }
        }
        if scope == .all, !unread.isEmpty {
            out += "\n\(words.unreadHeading)\n"
            for fact in unread { out += factText(fact, prose, words, indent: "    ") }
        }
        return out + prose.footer(Provenance(instrument: instrument, files: []))
    }

    /// `1.1  Strategi för … (max 20, viktat)`, wrapped.
    func subareaHeading(_ s: Int, _ prose: Prose, _ words: AuthoringWords, first: String, rest: String) -> String {
        let subarea = instrument.subareas[s]
        let mode = subarea.mode == .weighted ? ", \(words.weighted)" : ""
        return LineWrap.paragraph(
            "\(subarea.id)  \(prose.title(of: subarea)) (\(words.maxPoints(prose.number(subarea.max)))\(mode))",
            first: first, rest: rest)
    }

    /// A fact in full: path and type, description, answers, readers, other subareas.
    func factText(_ fact: Int, _ prose: Prose, _ words: AuthoringWords, indent: String) -> String {
        let inner = indent + "  "
        let more = inner + "  "
        var out = "\(indent)\(instrument.facts[fact].path) (\(typeText(fact, in: prose.language)))\n"
        out += LineWrap.paragraph(instrument.facts[fact].description, first: inner, rest: inner)
        out += LineWrap.paragraph("\(words.answersLabel): " + answerText(fact, in: prose.language), first: inner, rest: more)
        if !entries[fact].readers.isEmpty {
            out += LineWrap.paragraph("\(words.readBy): " + readerText(fact, in: prose.language), first: inner, rest: more)
        }
        return out
    }

    /// A judged rule: `3.4.d Samspelet fungerar väl: utvärderarnas bedömning, 0 till 1 (högst 4 poäng)`.
    func judgementText(_ r: Int, _ prose: Prose, _ words: AuthoringWords, indent: String) -> String {
        let rule = instrument.rules[r]
        let maximum = rule.kind.judgementMaximum.map { prose.number($0) } ?? "1"
        return LineWrap.paragraph(
            "\(rule.id) \(rule.title): \(words.judgement(maximum)) (\(words.atMost(prose.points(ruleMost[r]))))",
            first: indent, rest: indent + "  ")
    }
}
