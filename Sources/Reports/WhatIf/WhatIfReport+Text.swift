import Analysis
import Engine

extension WhatIfReport {
    /// The comparison as text: the total, every area, the subareas and rules that read a
    /// changed finding (before, after, difference, bounds where open), then each action.
    public func renderText() -> String {
        var out = "What if: \(evidence.municipality) \(evidence.year) · \(instrument.name) \(instrument.version)\n"
        if let plan {
            let ids = actions.map { plan.actions[$0].id }.joined(separator: ", ")
            out += "plan \"\(plan.name)\" (\(plan.path)): \(actions.count) of \(plan.actions.count) actions"
            out += actions.isEmpty ? "\n" : ": \(ids)\n"
        }
        if !extra.isEmpty { out += "command line: " + extra.map { $0.change.formatted(in: instrument) }.joined(separator: "; ") + "\n" }
        out += "\n" + totalLine() + "\n\n" + renderTable() + "\n" + renderEffects()
        return out + Provenance(instrument: instrument, evidence: evidence, plan: plan).text
    }

    /// `Total: 484.4 → 497.6 (+13.2); shown 484 → 498 of 800, 61% → 62%`.
    public func totalLine() -> String {
        let max = instrument.maximum
        var line = "Total: \(beforeScore.total.decimalString()) → \(afterScore.total.decimalString()) "
        line += "(\(WhatIfText.signed(delta.total, digits: 6))); shown \(beforeScore.total.roundedHalfAwayFromZero()) → "
        line += "\(afterScore.total.roundedHalfAwayFromZero()) of \(max.decimalString()), "
        line += "\(beforeScore.total.percent(of: max))% → \(afterScore.total.percent(of: max))%"
        if !afterScore.totalBounds.isExact { line += "; after: \(WhatIfText.bounds(afterScore.totalBounds))" }
        return line
    }

    /// The table of areas, touched subareas and touched rules.
    public func renderTable() -> String {
        let touched = touchedSubareas
        var rows: [[String]] = [["", "before", "after", "Δ", ""]]
        for (a, area) in instrument.areas.enumerated() {
            rows.append(row("\(area.id)  \(area.title)", beforeScore.areas[a].points, afterScore.areas[a].points,
                            afterScore.areas[a].bounds, note: ""))
            for s in area.subareas where touched.contains(s) {
                let subarea = instrument.subareas[s]
                let note = afterScore.subareas[s].override == nil ? "" : "override"
                rows.append(row("  \(subarea.id)  \(subarea.title)", beforeScore.subareas[s].points,
                                afterScore.subareas[s].points, afterScore.subareas[s].bounds, note: note))
                for r in subarea.rules where touches(r) {
                    let rule = instrument.rules[r]
                    let old = beforeScore.rules[r]
                    let new = afterScore.rules[r]
                    var note = old.status == new.status ? new.status.rawValue : "\(old.status.rawValue) → \(new.status.rawValue)"
                    if new.capCut > .zero { note += ", cap cut \(WhatIfText.number(new.capCut))" }
                    rows.append(row("    \(rule.id)  \(rule.title)", old.points, new.points, new.bounds, note: note))
                }
            }
        }
        return WhatIfText.table(rows) + "Areas are listed in full; subareas and rules where a changed finding is read.\n"
    }

    private func row(_ label: String, _ before: Rational, _ after: Rational, _ bounds: Bounds, note: String) -> [String] {
        var note = note
        if !bounds.isExact { note += (note.isEmpty ? "" : ", ") + WhatIfText.bounds(bounds) }
        return [label, WhatIfText.number(before), WhatIfText.number(after), WhatIfText.signed(after.subtractingOrZero(before)), note]
    }

    /// Each action or change: its changes, its gain alone and within the scenario, and notes.
    public func renderEffects() -> String {
        guard !effects.isEmpty else { return "" }
        var out = "Effects (alone: applied alone to the evidence; in scenario: what the scenario loses without it):\n"
        for effect in effects {
            out += "  \(effect.id)"
            if let title = effect.title { out += "  \"\(title)\"" }
            if let cost = effect.cost { out += "  cost \(cost.decimalString())" }
            out += "\n"
            if !effect.isCommandLine {
                for change in effect.changes { out += "      \(change.formatted(in: instrument))\n" }
            }
            out += "      alone \(WhatIfText.signed(effect.alone.total))" + WhatIfText.breakdown(effect.alone, instrument)
            out += "; in scenario \(WhatIfText.signed(effect.inScenario))\n"
            out += WhatIfText.notes(effect, instrument: instrument, before: before, scenarioValues: after.values)
        }
        return out
    }
}
