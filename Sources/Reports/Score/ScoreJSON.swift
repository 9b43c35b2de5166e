import Engine

/// The JSON output contract of `score --format json` (DESIGN.md, "JSON output contract").
public enum ScoreJSON {
    /// One scored evidence file as a JSON object (a tree; ``documentBytes(_:)`` writes the
    /// same text without building it).
    public static func object(_ scored: ScoredEvidence) -> JSONValue {
        let instrument = scored.instrument
        let score = scored.score
        let areas: [JSONValue] = instrument.areas.enumerated().map { areaIndex, area in
            let areaScore = score.areas[areaIndex]
            let subareas: [JSONValue] = area.subareas.map { s in subarea(s, scored) }
            return .object(pairs: [
                ("id", .string(area.id)), ("title", .string(area.title)), ("points", areaScore.points.json),
                ("rounded", .number(String(areaScore.points.roundedHalfAwayFromZero()))), ("max", area.max.json),
                ("percent", .number(String(areaScore.points.percent(of: area.max)))), ("bounds", areaScore.bounds.json),
                ("subareas", .array(subareas)),
            ])
        }
        return .object(pairs: Provenance.jsonHeader(instrument) + [
            ("evidence", Provenance.json(scored.evidence)),
            ("total", .object(pairs: [
                ("points", score.total.json), ("rounded", .number(String(score.total.roundedHalfAwayFromZero()))),
                ("max", instrument.maximum.json), ("percent", .number(String(score.total.percent(of: instrument.maximum)))),
                ("bounds", score.totalBounds.json),
            ])),
            ("areas", .array(areas)),
            ("unassessed", .array(score.unassessed.map { .string(instrument.facts[$0].path) })),
            ("unjudged", .array(score.unjudged.map { .string(instrument.rules[$0].id) })),
        ])
    }

    static func subarea(_ index: Int, _ scored: ScoredEvidence) -> JSONValue {
        let instrument = scored.instrument
        let subarea = instrument.subareas[index]
        let score = scored.score.subareas[index]
        let override: JSONValue = score.override.map { o in
            .object(pairs: [
                ("points", o.value.json), ("computed", score.computed.json), ("reason", .string(o.reason)),
                ("by", o.by.map { .string($0) } ?? .null),
                ("recordedBy", .array(scored.evidence.recorders(o.by).map { .string($0) })),
            ])
        } ?? .null
        let rules: [JSONValue] = subarea.rules.map { r in
            let rule = instrument.rules[r]
            let ruleScore = scored.score.rules[r]
            var pairs: [(String, JSONValue)] = [
                ("id", .string(rule.id)), ("title", .string(rule.title)), ("kind", .string(type(of: rule.kind).description.identifier)),
                ("status", .string(ruleScore.status.rawValue)), ("points", ruleScore.points.json),
                ("weight", rule.weight.json),
            ]
            pairs.append(("satisfaction", subarea.mode == .weighted ? ruleScore.outcome.value.json : .null))
            pairs += [
                ("capCut", ruleScore.capCut.json), ("ruleCapCut", ruleScore.outcome.ownCapCut.json),
                ("bounds", ruleScore.bounds.json),
                ("facts", .array(FactList.distinct(rule.kind.factsRead).map { .string(instrument.facts[$0].path) })),
            ]
            return .object(pairs: pairs)
        }
        return .object(pairs: [
            ("id", .string(subarea.id)), ("title", .string(subarea.title)), ("points", score.points.json),
            ("rounded", .number(String(score.points.roundedHalfAwayFromZero()))), ("max", subarea.max.json),
            ("percent", .number(String(score.points.percent(of: subarea.max)))), ("mode", .string(subarea.mode.rawValue)),
            ("capCut", score.capCut.json), ("bounds", score.bounds.json), ("override", override),
            ("rules", .array(rules)),
        ])
    }

    /// One file as an object, several as an array: the text of ``documentBytes(_:)``,
    /// which is what ``JSONWriter`` writes for ``object(_:)`` of each file.
    public static func document(_ scored: [ScoredEvidence]) -> String {
        String(decoding: documentBytes(scored), as: UTF8.self)
    }
}
