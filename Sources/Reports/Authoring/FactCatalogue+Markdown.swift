import Engine

extension FactCatalogue {
    /// The catalogue as an interview guide an evaluator can print (`facts --format
    /// markdown`): per area and subarea (titles and maxima) what the instrument looks for
    /// (each rule's title, the most it can add and its `why`), what to ask for and look for
    /// (each fact's description and the answers it takes, as a checklist; a fact already
    /// asked for under an earlier subarea by reference) and the judgements to make.
    public func renderMarkdown(_ scope: Scope = .all, language: ReportLanguage? = nil) -> String {
        let prose = Prose(language, for: instrument)
        let words = AuthoringWords.of(prose.language)
        let facts = facts(in: scope)
        var out = "# \(MarkdownReport.escape(instrument.name)) \(MarkdownReport.escape(instrument.version)): "
        out += "\(words.guideTitle)\n\n"
        out += words.guideIntro + " " + words.factCount(
            prose.count(facts.count, words.factNoun), prose.count(subareas(in: scope).count, words.subareaNoun))
        out += ".\n"
        var shown = Set<Int>()
        for a in areas(in: scope) {
            let area = instrument.areas[a]
            out += "\n## \(area.id) \(MarkdownReport.escape(prose.title(of: area))) (\(words.maxPoints(prose.number(area.max))))\n"
            for s in area.subareas where subareas(in: scope).contains(s) {
                out += "\n" + subareaMarkdown(s, prose, words, shown: &shown)
            }
        }
        if scope == .all, !unread.isEmpty {
            out += "\n## \(words.unreadHeading)\n\n"
            for fact in unread { out += factMarkdown(fact, prose, words, in: nil) }
        }
        out += "\n---\n\n"
        let footer = prose.footer(Provenance(instrument: instrument, files: []))
        out += footer.split(separator: "\n").map { MarkdownReport.escape(String($0)) }.joined(separator: "  \n") + "\n"
        return out
    }

    func subareaMarkdown(_ s: Int, _ prose: Prose, _ words: AuthoringWords, shown: inout Set<Int>) -> String {
        let subarea = instrument.subareas[s]
        let mode = subarea.mode == .weighted ? ", \(words.weighted)" : ""
        var out = "### \(subarea.id) \(MarkdownReport.escape(prose.title(of: subarea)))"
        out += " (\(words.maxPoints(prose.number(subarea.max)))\(mode))\n\n"
        out += "**\(words.lookFor)**\n\n"
        for r in subarea.rules {
            let rule = instrument.rules[r]
            out += "- **\(rule.id)** \(MarkdownReport.escape(rule.title)) (\(words.atMost(prose.points(ruleMost[r]))))"
            if let why = rule.why { out += ": " + MarkdownReport.escape(why) }
            out += "\n"
        }
        if !sections[s].facts.isEmpty {
            out += "\n**\(words.askFor)**\n\n"
            for fact in sections[s].facts {
                if shown.insert(fact).inserted {
                    out += factMarkdown(fact, prose, words, in: s)
                } else {
                    let home = instrument.subareas[entries[fact].subareas[0]].id
                    out += "- [ ] \(MarkdownReport.escape(instrument.facts[fact].description)) "
                    out += "(\(MarkdownReport.code(instrument.facts[fact].path)); \(words.describedIn) \(home))\n"
                }
            }
        }
        if !sections[s].judgements.isEmpty {
            out += "\n**\(words.judgements)**\n\n"
            for r in sections[s].judgements {
                let rule = instrument.rules[r]
                let maximum = rule.kind.judgementMaximum.map { prose.number($0) } ?? "1"
                out += "- [ ] **\(rule.id)** \(MarkdownReport.escape(rule.title)): \(words.judgement(maximum))\n"
            }
        }
        return out
    }

    /// A fact as a checklist item: its description, its path, and the answers it takes
    /// (labels first, ids in code), with the subareas other than `subarea` that read it.
    func factMarkdown(_ fact: Int, _ prose: Prose, _ words: AuthoringWords, in subarea: Int?) -> String {
        var out = "- [ ] \(MarkdownReport.escape(instrument.facts[fact].description)) "
        out += "(\(MarkdownReport.code(instrument.facts[fact].path)), \(typeText(fact, in: prose.language)))\n"
        let answers = answers(fact, in: prose.language)
        let answerText: String
        if answers.isEmpty {
            answerText = MarkdownReport.escape(self.answerText(fact, in: prose.language))
        } else {
            let listed = answers.map { answer in
                let written = MarkdownReport.code(self.written(answer.value, of: fact))
                return answer.label.map { "\(MarkdownReport.escape($0)) (\(written))" } ?? written
            }
            answerText = listed.joined(separator: isLevel(fact) ? " < " : ", ")
        }
        out += "  - \(words.answersLabel): \(answerText)\n"
        let others = entries[fact].subareas.filter { $0 != subarea }.map { instrument.subareas[$0].id }
        if !others.isEmpty { out += "  - \(words.alsoReadIn) \(others.joined(separator: ", "))\n" }
        return out
    }

    func isLevel(_ fact: Int) -> Bool {
        if case .level = instrument.facts[fact].type { return true }
        return false
    }
}
