import Engine

extension ExplanationProse {
    func evaluatorView(_ s: SubareaExplanation) -> String {
        var out = heading(s)
        if let o = s.override {
            out += "  " + words.overridden(language.decimal(s.computed), language.decimal(o.value), who(o.by), o.reason) + "\n"
        }
        for r in s.rules {
            var line = "  \(r.id.padding(8)) \(words.status(r.status).padding(16)) \(language.decimal(r.points).padding(6)) \(r.title)"
            if r.capCut > .zero { line += "  [\(words.capCutShort(language.decimal(r.capCut)))]" }
            if r.ownCapCut > .zero { line += "  [\(words.ownCapCutShort(language.decimal(r.ownCapCut)))]" }
            out += line + "\n"
            for fact in r.facts {
                let value = fact.value.map { valueText($0, of: fact.fact) } ?? words.unassessedValue
                out += "      \(factName(fact.fact, withID: true)): \(value)"
                if let source = fact.finding?.sources.first { out += "  (\(cite(source)))" }
                out += "\n"
            }
            if let j = r.judgement { out += "      " + words.judged(language.decimal(j.value), who(j.by), j.reason) + "\n" }
        }
        out += notes(s, withIDs: true, indent: "  ")
        return out + headroom(s, withIDs: true, indent: "  ")
    }

    func auditorView(_ s: SubareaExplanation) -> String {
        var out = heading(s)
        if let o = s.override {
            out += words.overridden(language.decimal(s.computed), language.decimal(o.value), who(o.by), o.reason) + "\n"
        }
        for r in s.rules {
            out += words.ruleGives("\(r.id) \(quoted(r.title))", words.status(r.status), points(r.points))
            if r.capCut > .zero { out += words.ofWhichCut(points(r.capCut)) }
            if let why = r.why { out += " \(words.looksFor) \(why)" }
            out += "\n"
            for fact in r.facts {
                guard let value = fact.value, let finding = fact.finding else {
                    out += "  " + words.notAssessedFact(factName(fact.fact, withID: false)) + "\n"
                    continue
                }
                out += "  \(words.finding) \(factName(fact.fact, withID: false)): \(valueText(value, of: fact.fact)), "
                out += "\(words.recordedBy) \(who(finding.by)), "
                let sources = finding.sources.map(cite)
                out += sources.isEmpty ? words.withoutSource : "\(words.from) \(sources.joined(separator: "; "))"
                if let confidence = finding.confidence { out += " (\(words.confidence) \(language.decimal(confidence)))" }
                out += ".\n"
                if let note = finding.note { out += "  \(words.note) \(note)\n" }
            }
            if let j = r.judgement { out += "  " + words.judged(language.decimal(j.value), who(j.by), j.reason) + "\n" }
        }
        out += notes(s, withIDs: false, indent: "")
        return out + headroom(s, withIDs: false, indent: "")
    }

    func plannerView(_ s: SubareaExplanation) -> String {
        var out = heading(s)
        let r = s.reconciliation
        guard s.override == nil else { return out + "  " + words.setByOverride + "\n" }
        out += elsewhereLine(s, indent: "  ")
        guard r.missing > .zero else { return out + "  " + full + "\n" }
        out += "  " + words.toDo(language.decimal(r.missing)) + "\n"
        for (n, h) in s.headroom.enumerated() {
            let title = s.rules.first { $0.rule == h.rule }.map { " \(quoted($0.title))" } ?? ""
            out += "  [\(n + 1)] \(changeText(h.changes, rule: h.ruleID, withIDs: false))"
            out += " (+\(points(h.gain)), \(words.rule.lowercased()) \(h.ruleID)\(title))\n"
            for step in h.steps {
                out += "      \(words.onTheWay) \(stepText(step, of: h, withIDs: false)) (+\(points(step.gain)))\n"
            }
        }
        out += reconciliationLines(r, indent: "  ")
        if !s.unassessed.isEmpty {
            let names = s.unassessed.compactMap { instrument.factIndex[$0] }.map { factName($0, withID: false) }
            out += "  \(words.notAssessed) \(list(names)).\n"
        }
        return out
    }

    /// Nothing missing: the subarea at its maximum, or (for a rule target) the rule at its best.
    var full: String { ruleID == nil ? words.atMaximum : words.ruleAtBest }

    /// For a rule target: where the subarea's other missing points are, rule by rule.
    func elsewhereLine(_ s: SubareaExplanation, indent: String) -> String {
        guard !s.elsewhere.isEmpty, s.subareaMissing > .zero else { return "" }
        let rules = s.elsewhere.map { "\(words.rule.lowercased()) \($0.ruleID) (+\(points($0.gain)))" }
        return indent + words.elsewhere(language.decimal(s.subareaMissing), list(rules)) + "\n"
    }

    /// The cap's cut, and what is not assessed or judged.
    func notes(_ s: SubareaExplanation, withIDs: Bool, indent: String) -> String {
        var out = ""
        if s.capCut > .zero {
            let from = s.rules.filter { $0.capCut > .zero }.map(\.id).joined(separator: ", ")
            out += indent + words.capCut(language.decimal(s.max), language.decimal(s.capCut), from) + "\n"
        }
        if !s.unassessed.isEmpty {
            let names = s.unassessed.compactMap { instrument.factIndex[$0] }.map { factName($0, withID: withIDs) }
            out += "\(indent)\(words.notAssessed) \(list(names)).\n"
        }
        if !s.unjudged.isEmpty { out += "\(indent)\(words.notJudged) \(s.unjudged.joined(separator: ", ")).\n" }
        return out
    }

    /// What is missing, each rule's change to its best with its gain, then how the gap
    /// is accounted for.
    func headroom(_ s: SubareaExplanation, withIDs: Bool, indent: String) -> String {
        let r = s.reconciliation
        guard s.override == nil else { return indent + words.setByOverride + "\n" }
        let elsewhere = elsewhereLine(s, indent: indent)
        guard r.missing > .zero else { return elsewhere + indent + full + "\n" }
        var out = elsewhere + indent + words.missing(language.decimal(r.missing), language.decimal(s.max)) + "\n"
        for h in s.headroom {
            out += "\(indent)  +\(points(h.gain)) \(h.ruleID): \(changeText(h.changes, rule: h.ruleID, withIDs: withIDs))\n"
            for step in h.steps {
                out += "\(indent)      \(words.onTheWay) \(stepText(step, of: h, withIDs: withIDs)) (+\(points(step.gain)))\n"
            }
        }
        out += reconciliationLines(r, indent: indent)
        if s.headroom.count > 1 { out += indent + words.gainsAlone + "\n" }
        return out
    }

    /// "Together the changes give 3 of the 3.75 missing points", then each named rest.
    func reconciliationLines(_ r: Reconciliation, indent: String) -> String {
        var out = ""
        if r.together > .zero || r.rest.isEmpty {
            out += indent + words.together(language.decimal(r.together), language.decimal(r.missing)) + "\n"
        }
        for rest in r.rest { out += "\(indent)− \(points(rest.points)): \(words.rest(rest)).\n" }
        return out
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
