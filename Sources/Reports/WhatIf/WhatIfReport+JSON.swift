import Analysis
import Engine

extension WhatIfReport {
    /// The comparison as JSON: every area, subarea and rule before and after, with
    /// differences and bounds, and each action's effect with its notes.
    public func json() -> JSONValue {
        var pairs = WhatIfJSON.header(instrument: instrument, evidence: evidence, plan: plan)
        pairs.append(("scenario", .object(pairs: [
            ("actions", .array(actions.map { .string(plan?.actions[$0].id ?? "") })),
            ("add", .array(extra.filter { $0.change.isAdd }.map { .string($0.change.formatted(in: instrument)) })),
            ("set", .array(extra.filter { !$0.change.isAdd }.map { .string($0.change.formatted(in: instrument)) })),
            ("changedFacts", .array(changedFacts.map { .string(instrument.facts[$0].path) })),
        ])))
        pairs.append(("total", WhatIfJSON.comparison(
            beforeScore.total, beforeScore.totalBounds, afterScore.total, afterScore.totalBounds, max: instrument.maximum)))
        pairs.append(("areas", .array(instrument.areas.indices.map(areaJSON))))
        pairs.append(("effects", .array(effects.map(effectJSON))))
        return .object(pairs: pairs)
    }

    private func areaJSON(_ a: Int) -> JSONValue {
        let area = instrument.areas[a]
        var pairs: [(String, JSONValue)] = [("id", .string(area.id)), ("title", .string(area.title))]
        if case .object(let members) = WhatIfJSON.comparison(
            beforeScore.areas[a].points, beforeScore.areas[a].bounds, afterScore.areas[a].points,
            afterScore.areas[a].bounds, max: area.max)
        {
            pairs += members.map { ($0.key, $0.value) }
        }
        pairs.append(("subareas", .array(area.subareas.map(subareaJSON))))
        return .object(pairs: pairs)
    }

    private func subareaJSON(_ s: Int) -> JSONValue {
        let subarea = instrument.subareas[s]
        let old = beforeScore.subareas[s]
        let new = afterScore.subareas[s]
        var pairs: [(String, JSONValue)] = [
            ("id", .string(subarea.id)), ("title", .string(subarea.title)), ("mode", .string(subarea.mode.rawValue)),
        ]
        if case .object(let members) = WhatIfJSON.comparison(old.points, old.bounds, new.points, new.bounds, max: subarea.max) {
            pairs += members.map { ($0.key, $0.value) }
        }
        pairs.append(("capCut", .object(pairs: [("before", old.capCut.json), ("after", new.capCut.json)])))
        pairs.append(("override", new.override.map { .number($0.value.decimalString()) } ?? .null))
        pairs.append(("rules", .array(subarea.rules.map { r in
            let rule = instrument.rules[r]
            let before = beforeScore.rules[r]
            let after = afterScore.rules[r]
            return .object(pairs: [
                ("id", .string(rule.id)), ("title", .string(rule.title)),
                ("before", .object(pairs: [("points", before.points.json), ("status", .string(before.status.rawValue)),
                                           ("bounds", before.bounds.json)])),
                ("after", .object(pairs: [("points", after.points.json), ("status", .string(after.status.rawValue)),
                                          ("bounds", after.bounds.json)])),
                ("delta", after.points.subtractingOrZero(before.points).json),
                ("capCut", after.capCut.json), ("ruleCapCut", after.outcome.ownCapCut.json),
                ("readsChange", .bool(rule.kind.factsRead.contains { changedFacts.contains($0) })),
            ])
        })))
        return .object(pairs: pairs)
    }

    private func effectJSON(_ effect: ChangeEffect) -> JSONValue {
        let aloneValues = before.applying(effect.changes).values
        return .object(pairs: [
            ("id", .string(effect.id)), ("title", effect.title.map { .string($0) } ?? .null),
            ("cost", effect.cost?.json ?? .null),
            ("changes", .array(effect.changes.map { .string($0.formatted(in: instrument)) })),
            ("alone", WhatIfJSON.delta(effect.alone, instrument)),
            ("aloneNotes", .array(effect.aloneNotes.map { WhatIfJSON.note($0, instrument, values: aloneValues) })),
            ("inScenario", effect.inScenario.json),
            ("inScenarioNotes", .array(effect.inScenarioNotes.map { WhatIfJSON.note($0, instrument, values: after.values) })),
        ])
    }
}
