import Analysis
import Engine

/// Shared JSON helpers of the what-if, suggestion and search outputs.
public enum WhatIfJSON {
    /// `schemaVersion`, `tool`, `instrument`, `evidence` and `plan`.
    static func header(instrument: Instrument, evidence: Evidence, plan: Plan?) -> [(String, JSONValue)] {
        Provenance.jsonHeader(instrument) + [
            ("evidence", Provenance.json(evidence)),
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
            ("shares", .array(delta.shares.map { share(share: $0, instrument) })),
        ])
    }

    /// Who earns a part of the total's change: a rule, an overridden subarea or an area's
    /// maximum, with the points; the shares add up to the total.
    static func share(share: ScoreDelta.Share, _ instrument: Instrument) -> JSONValue {
        let (kind, id): (String, String) =
            switch share.source {
            case .rule(let r): ("rule", instrument.rules[r].id)
            case .override(let s): ("override", instrument.subareas[s].id)
            case .areaMaximum(let a): ("areaMaximum", instrument.areas[a].id)
            }
        return .object(pairs: [("kind", .string(kind)), ("id", .string(id)), ("points", share.points.json)])
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
