import Engine

/// The sentences of a report, shared by HTML and Markdown. Each one is built from the
/// score or from an explained rule with its findings, never written by hand.
extension Report {
    /// The document's title: `Kommunkompassen 2019: Analys av Ale kommun 2020`.
    var documentTitle: String {
        let evidence = scored.evidence
        return "\(scored.instrument.name) \(scored.instrument.version): "
            + words.reportTitle(evidence.municipality, evidence.year)
    }

    /// A score's percent of its maximum as shown: `81 %`.
    func percent(_ points: Rational, of max: Rational) -> String {
        language.percent(points.percent(of: max))
    }

    /// "16 av 20 poäng (81 %)".
    func pointsOf(_ points: Rational, _ max: Rational) -> String {
        let maximum = words.pointsUnit(language.decimal(max))
        return "\(language.points(points)) \(words.of) \(maximum) (\(percent(points, of: max)))"
    }

    /// "16 av 20 poäng (81 %)", then the reference profile's value for an area, then the
    /// bounds where the score is still open.
    func scoreLine(points: Rational, max: Rational, bounds: Bounds, reference: Rational? = nil) -> String {
        let l = language
        var line = pointsOf(points, max)
        if let profile = self.reference, let reference {
            line += "; \(profile.name): \(l.decimal(reference, digits: 1))"
        }
        if !bounds.isExact { line += ". " + words.couldBe(l.decimal(bounds.min), l.decimal(bounds.max)) }
        return line
    }

    /// The summary's findings: strongest areas, most room, and the comparison with the reference.
    func highlights() -> [RichText] {
        let count = Swift.min(2, areas.count / 2)
        guard count > 0 else { return [] }
        func named(_ indices: [Int]) -> String {
            indices.map { i in
                let area = areas[i]
                return "\(words.area.lowercased()) \(area.id) \(area.title) (\(percent(area.points, of: area.max)))"
            }.joined(separator: ", ")
        }
        var lines = [
            RichText([.strong(words.strongest + ":"), .text(" " + named(Array(ranking.prefix(count))) + ".")]),
            RichText([.strong(words.weakest + ":"), .text(" " + named(ranking.suffix(count).reversed()) + ".")]),
        ]
        if let reference {
            func compared(_ order: (Rational, Rational) -> Bool) -> [AreaReport] {
                areas.filter { area in area.reference.map { order(area.points, $0) } ?? false }
            }
            let groups: [(String, [AreaReport])] = [
                (words.above(reference.name), compared(>)),
                (words.level(reference.name), compared(==)),
                (words.below(reference.name), compared(<)),
            ]
            for (label, group) in groups where !group.isEmpty {
                let ids = group.map { "\(words.area.lowercased()) \($0.id)" }.joined(separator: ", ")
                lines.append(RichText([.strong(label + ":"), .text(" " + ids + ".")]))
            }
        }
        return lines
    }

    /// The difference from the reference, signed, one decimal.
    func difference(_ area: AreaReport) -> String? {
        guard let value = area.reference, let diff = try? area.points.subtracting(value) else { return nil }
        let text = language.decimal(diff, digits: 1)
        return diff > .zero && text != "0" ? "+" + text : text
    }

    /// The rules that earn points, each with the findings, sources and judgement behind it.
    func strengthItems(_ subarea: SubareaReport) -> [ReportItem] {
        subarea.strengths.map { rule in
            var head = RichText([
                .strong(rule.id), .text(" " + rule.title + " · " + words.pointsUnit(language.decimal(rule.points))),
            ])
            if rule.status == .partial { head.runs.append(.muted(" (\(words.partlyMet))")) }
            if rule.capCut > .zero { head.runs.append(.muted(" (\(words.capCut(language.decimal(rule.capCut))))")) }
            var details = rule.facts.flatMap(findingLines)
            if let judgement = rule.judgement {
                details.append(
                    RichText(
                        words.judged(language.decimal(judgement.value), words.who(judgement.by, in: scored.evidence)) + ": "
                            + words.quoted(judgement.reason)))
            }
            return ReportItem(head: head, details: details)
        }
    }

    /// "Description: `value` — source ”text”, avsnitt 1.1; …", then the finding's note.
    func findingLines(_ fact: ReadFact) -> [RichText] {
        let instrument = scored.instrument
        var line = RichText(instrument.facts[fact.fact].description + ": ")
        guard let value = fact.value else { return [line + RichText([.muted(words.unassessed.lowercased())])] }
        // Levels and items by their labels, as people read them.
        line.runs.append(.text(prose.valueText(value, of: fact.fact)))
        guard let finding = fact.finding else { return [line] }
        let sources = finding.sources.map(cite).joined(separator: "; ")
        if !sources.isEmpty { line.runs.append(.muted(" — " + sources)) }
        if let confidence = finding.confidence {
            line.runs.append(.muted(" (" + words.confidence(language.decimal(confidence)) + ")"))
        }
        guard let note = finding.note else { return [line] }
        return [line, RichText([.muted(words.note + ": " + note)])]
    }

    /// `intervju ”Politisk ledning”, avsnitt 1.1`.
    func cite(_ source: EvidenceSource) -> String {
        words.sourceKind(source.kind) + " " + words.quoted(source.text)
            + (source.section.map { ", \(words.section) \($0)" } ?? "")
    }

    /// The headroom: what is missing, the smallest change per rule that earns more, and
    /// what is not yet assessed.
    func opportunities(_ subarea: SubareaReport) -> Opportunities {
        let e = subarea.explanation
        let instrument = scored.instrument
        var result = Opportunities(lead: [], items: [], notes: [])
        if e.override != nil {
            result.lead.append(RichText(words.overrideNoHeadroom))
        } else if subarea.missing <= .zero {
            result.lead.append(RichText(words.atMaximum))
        } else {
            result.lead.append(
                RichText(words.missing(language.decimal(subarea.missing), language.decimal(subarea.max))))
            if e.headroom.isEmpty { result.lead.append(RichText(words.noSingleChange)) }
        }
        for h in e.headroom {
            let rule = e.rules.first { $0.rule == h.rule }
            let head = RichText([
                .strong("+" + words.pointsUnit(language.decimal(h.gain))), .text(" "), .strong(h.ruleID),
                .text(" " + (rule?.title ?? "")),
            ])
            var details = [RichText(prose.changeText(h.changes, rule: h.ruleID, withIDs: false))]
            for step in h.steps {
                details.append(
                    RichText([.muted(prose.words.onTheWay + " " + prose.stepText(step, of: h, withIDs: false)
                        + " (+" + words.pointsUnit(language.decimal(step.gain)) + ")")]))
            }
            if let why = rule?.why { details.append(RichText([.muted(why)])) }
            result.items.append(ReportItem(head: head, details: details))
        }
        if e.override == nil, subarea.missing > .zero {
            let r = e.reconciliation
            if r.together > .zero || r.rest.isEmpty {
                result.notes.append(
                    RichText(prose.words.together(language.decimal(r.together), language.decimal(r.missing))))
            }
            for rest in r.rest {
                result.notes.append(
                    RichText("− " + words.pointsUnit(language.decimal(rest.points)) + ": " + prose.words.rest(rest) + "."))
            }
        }
        if e.headroom.count > 1 { result.notes.append(RichText([.muted(words.gainsDoNotAdd)])) }
        if !e.unassessed.isEmpty {
            var line = RichText([.strong(words.unassessed + ":"), .text(" ")])
            for (n, path) in e.unassessed.enumerated() {
                if n > 0 { line.runs.append(.text("; ")) }
                let description = instrument.factIndex[path].map { instrument.facts[$0].description } ?? path
                line.runs += [.text(description)]
            }
            result.notes.append(line)
        }
        if !e.unjudged.isEmpty {
            let rules = e.unjudged.map { id in
                "\(id) " + (e.rules.first { $0.id == id }?.title ?? "")
            }.joined(separator: "; ")
            result.notes.append(RichText([.strong(words.unjudged + ":"), .text(" " + rules)]))
        }
        return result
    }

    /// The override note of a subarea, if its score is set by the evaluators.
    func overrideLine(_ subarea: SubareaReport) -> RichText? {
        guard let o = subarea.explanation.override else { return nil }
        return RichText(
            words.overridden(words.who(o.by, in: scored.evidence), language.decimal(subarea.explanation.computed)) + " " + words.quoted(o.reason))
    }
}
