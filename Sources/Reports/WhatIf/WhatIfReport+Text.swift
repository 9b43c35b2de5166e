import Analysis
import Engine

extension WhatIfReport {
    /// The comparison as text in `language` (default: the instrument's): the total, every
    /// area, the subareas and rules that read a changed finding (before, after, difference,
    /// bounds where open), then each action.
    public func renderText(language: ReportLanguage? = nil) -> String {
        let prose = Prose(language, for: instrument)
        let words = WhatIfWords.of(prose)
        var out =
            "\(words.whatIfTitle): \(evidence.municipality) \(evidence.year) · \(instrument.name) \(instrument.version)\n"
        if let plan {
            let ids = actions.map { plan.actions[$0].id }.joined(separator: ", ")
            out += "plan \(prose.quoted(plan.name)) (\(plan.path)): "
            out += "\(prose.integer(actions.count)) \(words.of) \(prose.count(plan.actions.count, words.action))"
            out += actions.isEmpty ? "\n" : ": \(ids)\n"
        }
        if !extra.isEmpty {
            out +=
                "\(words.commandLine): " + extra.map { prose.change($0.change, in: instrument) }.joined(separator: "; ")
                + "\n"
        }
        out += "\n" + totalLine(prose) + "\n\n" + renderTable(prose) + "\n" + renderEffects(prose)
        return out + prose.footer(Provenance(instrument: instrument, evidence: evidence, plan: plan))
    }

    /// `Totalt: 484,19 → 492,19 (+8 poäng); visas som 484 → 492 av 800, 61 % → 62 %`.
    func totalLine(_ prose: Prose) -> String {
        let words = WhatIfWords.of(prose)
        let max = instrument.maximum
        var line = "\(words.total): \(prose.number(beforeScore.total)) → \(prose.number(afterScore.total)) "
        line += "(\(prose.signedPoints(delta.total))); \(words.shownAs) \(prose.shown(beforeScore.total)) → "
        line += "\(prose.shown(afterScore.total)) \(words.of) \(prose.number(max)), "
        line +=
            "\(prose.percent(beforeScore.total.percent(of: max))) → \(prose.percent(afterScore.total.percent(of: max)))"
        if !afterScore.totalBounds.isExact {
            line +=
                "; \(words.afterBounds): "
                + words.bounds(prose.number(afterScore.totalBounds.min), prose.number(afterScore.totalBounds.max))
        }
        return line
    }

    /// The table of areas, touched subareas and touched rules.
    func renderTable(_ prose: Prose) -> String {
        let words = WhatIfWords.of(prose)
        let touched = touchedSubareas
        var rows: [[String]] = [["", words.before, words.after, "Δ", ""]]
        func row(_ label: String, _ before: Rational, _ after: Rational, _ bounds: Bounds, note: String) -> [String] {
            var note = note
            if !bounds.isExact {
                note += (note.isEmpty ? "" : ", ") + words.bounds(prose.number(bounds.min), prose.number(bounds.max))
            }
            return [
                label, prose.number(before), prose.number(after), prose.signed(after.subtractingOrZero(before)), note,
            ]
        }
        for (a, area) in instrument.areas.enumerated() {
            rows.append(
                row(
                    "\(area.id)  \(prose.title(of: area))", beforeScore.areas[a].points, afterScore.areas[a].points,
                    afterScore.areas[a].bounds, note: ""))
            for s in area.subareas where touched.contains(s) {
                let subarea = instrument.subareas[s]
                let note = afterScore.subareas[s].override == nil ? "" : words.overridden
                rows.append(
                    row(
                        "  \(subarea.id)  \(prose.title(of: subarea))", beforeScore.subareas[s].points,
                        afterScore.subareas[s].points, afterScore.subareas[s].bounds, note: note))
                for r in subarea.rules where touches(r) {
                    let rule = instrument.rules[r]
                    let old = beforeScore.rules[r]
                    let new = afterScore.rules[r]
                    var note =
                        old.status == new.status
                        ? prose.status(new.status) : "\(prose.status(old.status)) → \(prose.status(new.status))"
                    if new.capCut > .zero { note += ", " + words.capCut(prose.number(new.capCut)) }
                    rows.append(row("    \(rule.id)  \(rule.title)", old.points, new.points, new.bounds, note: note))
                }
            }
        }
        return WhatIfText.table(rows) + words.tableNote + "\n"
    }

    /// Each action or change: its changes, its gain alone and within the scenario, and notes.
    func renderEffects(_ prose: Prose) -> String {
        guard !effects.isEmpty else { return "" }
        let words = WhatIfWords.of(prose)
        var out = words.effectsHeading + "\n"
        for effect in effects {
            if effect.isCommandLine, effect.changes.count == 1 {
                out += "  " + prose.change(effect.changes[0], in: instrument)
            } else {
                out += "  \(effect.id)"
            }
            if let title = effect.title { out += "  \(prose.quoted(title))" }
            if let cost = effect.cost { out += "  \(words.cost) \(prose.number(cost))" }
            out += "\n"
            if !effect.isCommandLine {
                for change in effect.changes { out += "      \(prose.change(change, in: instrument))\n" }
            }
            out +=
                "      \(words.alone) \(prose.signedPoints(effect.alone.total))"
                + WhatIfText.breakdown(effect.alone, instrument, prose)
            out += "; \(words.inScenario) \(prose.signedPoints(effect.inScenario))\n"
            out += WhatIfText.notes(
                effect, instrument: instrument, before: before, scenarioValues: after.values, prose: prose)
        }
        return out
    }
}
