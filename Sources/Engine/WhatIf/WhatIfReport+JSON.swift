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

/// Shared JSON helpers of the what-if, suggestion and search outputs.
enum WhatIfJSON {
    /// `schemaVersion`, `tool`, `instrument`, `evidence` and `plan`.
    static func header(instrument: Instrument, evidence: Evidence, plan: Plan?) -> [(String, JSONValue)] {
        [
            ("schemaVersion", .number("1")),
            ("tool", .object(pairs: [("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version))])),
            ("instrument", .object(pairs: [
                ("name", .string(instrument.name)), ("version", .string(instrument.version)),
                ("sha256", .string(instrument.sha256)),
            ])),
            ("evidence", .object(pairs: [
                ("municipality", .string(evidence.municipality)), ("year", .number(String(evidence.year))),
                ("path", .string(evidence.path)), ("sha256", .string(evidence.sha256)),
            ])),
            ("plan", plan.map { plan in
                .object(pairs: [
                    ("name", .string(plan.name)), ("municipality", plan.municipality.map { .string($0) } ?? .null),
                    ("path", .string(plan.path)), ("sha256", .string(plan.sha256)),
                    ("actions", .number(String(plan.actions.count))),
                ])
            } ?? .null),
        ]
    }

    /// `{"max", "before": {points, rounded, percent, bounds}, "after": {…}, "delta"}`.
    static func comparison(_ before: Rational, _ beforeBounds: Bounds, _ after: Rational, _ afterBounds: Bounds, max: Rational) -> JSONValue {
        func side(_ points: Rational, _ bounds: Bounds) -> JSONValue {
            .object(pairs: [
                ("points", points.json), ("rounded", .number(String(points.roundedHalfAwayFromZero()))),
                ("percent", .number(String(points.percent(of: max)))), ("bounds", bounds.json),
            ])
        }
        return .object(pairs: [
            ("max", max.json), ("before", side(before, beforeBounds)), ("after", side(after, afterBounds)),
            ("delta", after.subtractingOrZero(before).json),
        ])
    }

    /// `{"total", "areas": [{id, delta}], "subareas": […], "rules": […]}`.
    static func delta(_ delta: ScoreDelta, _ instrument: Instrument) -> JSONValue {
        .object(pairs: [
            ("total", delta.total.json),
            ("areas", .array(delta.areas.map { entry(instrument.areas[$0.index].id, $0.delta) })),
            ("subareas", .array(delta.subareas.map { entry(instrument.subareas[$0.index].id, $0.delta) })),
            ("rules", .array(delta.rules.map { entry(instrument.rules[$0.index].id, $0.delta) })),
        ])
    }

    static func entry(_ id: String, _ delta: Rational) -> JSONValue {
        .object(pairs: [("id", .string(id)), ("delta", delta.json)])
    }

    /// A note: its kind, the ids it names, and its sentence.
    static func note(_ note: EffectNote, _ instrument: Instrument, values: [FactValue?]) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("kind", .string(note.kind))]
        switch note {
        case .unchanged(let f), .unread(let f): pairs.append(("fact", .string(instrument.facts[f].path)))
        case .atBest(let r), .conditionMissing(let r, _), .notEnough(let r, _), .unassessed(let r, _):
            pairs.append(("rule", .string(instrument.rules[r].id)))
        case .ruleCap(let r, let cut), .lowers(let r, let cut):
            pairs += [("rule", .string(instrument.rules[r].id)), ("points", cut.json)]
        case .subareaCap(let s, let cut): pairs += [("subarea", .string(instrument.subareas[s].id)), ("points", cut.json)]
        case .override(let s): pairs.append(("subarea", .string(instrument.subareas[s].id)))
        case .areaCap(let a, let cut): pairs += [("area", .string(instrument.areas[a].id)), ("points", cut.json)]
        }
        pairs.append(("text", .string(note.text(instrument, values: values))))
        return .object(pairs: pairs)
    }
}
