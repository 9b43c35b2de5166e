import Engine

extension Explanation {
    /// The explanation as JSON; the audience is recorded, the content is the same.
    public func json(audience: Audience) -> JSONValue {
        let area: JSONValue = self.area.map { a in
            .object(pairs: [
                ("id", .string(a.id)), ("title", .string(a.title)), ("points", a.points.json), ("max", a.max.json),
                ("bounds", a.bounds.json),
            ])
        } ?? .null
        return .object(
            pairs: Provenance.jsonHeader(scored.instrument) + [
                ("evidence", Provenance.json(scored.evidence)),
                ("audience", .string(audience.rawValue)),
                ("area", area),
                ("subareas", .array(subareas.map(subareaJSON))),
            ])
    }

    func subareaJSON(_ s: SubareaExplanation) -> JSONValue {
        let instrument = scored.instrument
        return .object(pairs: [
            ("id", .string(s.id)), ("title", .string(s.title)), ("mode", .string(s.mode.rawValue)),
            ("points", s.points.json), ("computed", s.computed.json), ("max", s.max.json), ("bounds", s.bounds.json),
            ("capCut", s.capCut.json),
            ("override", s.override.map { verdictJSON($0, points: "points") } ?? .null),
            ("rules", .array(s.rules.map { r in
                .object(pairs: [
                    ("id", .string(r.id)), ("title", .string(r.title)), ("why", r.why.map { .string($0) } ?? .null),
                    ("status", .string(r.status.rawValue)), ("points", r.points.json), ("capCut", r.capCut.json),
                    ("ruleCapCut", r.ownCapCut.json), ("bounds", r.bounds.json),
                    ("facts", .array(r.facts.map(factJSON))),
                    ("judgement", r.judgement.map { verdictJSON($0, points: "value") } ?? .null),
                ])
            })),
            ("unassessed", .array(s.unassessed.map { .string($0) })),
            ("unjudged", .array(s.unjudged.map { .string($0) })),
            ("headroom", .array(s.headroom.map { h in
                .object(pairs: [
                    ("rule", .string(h.ruleID)), ("change", .string(h.written(instrument))), ("gain", h.gain.json),
                    ("steps", .array(h.steps.map { step in
                        .object(pairs: [
                            ("change", .string(Headroom.written(step.changes, ruleID: h.ruleID, instrument))),
                            ("ruleValue", step.ruleValue.json), ("gain", step.gain.json),
                        ])
                    })),
                ])
            })),
            ("reconciliation", reconciliationJSON(s.reconciliation)),
        ])
    }

    /// The gap and how it is accounted for: the listed changes together, and each rest.
    func reconciliationJSON(_ r: Reconciliation) -> JSONValue {
        .object(pairs: [
            ("missing", r.missing.json), ("together", r.together.json),
            ("rest", .array(r.rest.map { rest in
                let (kind, rules): (String, [String]) =
                    switch rest {
                    case .override: ("override", [])
                    case .ceiling: ("ceiling", [])
                    case .unreachable(_, let rules): ("unreachable", rules)
                    case .notToBest(_, let rules): ("notToBest", rules)
                    case .interaction: ("interaction", [])
                    case .cap: ("cap", [])
                    }
                return .object(pairs: [
                    ("kind", .string(kind)), ("points", rest.points.json), ("rules", .array(rules.map { .string($0) })),
                ])
            })),
        ])
    }

    /// A judgement or override: its value, reason, and who gave it (`by` is null when the
    /// evaluators gave it jointly; `recordedBy` names them).
    func verdictJSON(_ v: Verdict, points key: String) -> JSONValue {
        .object(pairs: [
            (key, v.value.json), ("reason", .string(v.reason)), ("by", v.by.map { .string($0) } ?? .null),
            ("recordedBy", .array(scored.evidence.recorders(v.by).map { .string($0) })),
        ])
    }

    func factJSON(_ f: ReadFact) -> JSONValue {
        let sources: [JSONValue] = (f.finding?.sources ?? []).map { src in
            .object(pairs: [
                ("kind", .string(src.kind)), ("text", .string(src.text)),
                ("section", src.section.map { .string($0) } ?? .null),
            ])
        }
        return .object(pairs: [
            ("fact", .string(f.path)), ("value", f.written.map { .string($0) } ?? .null), ("sources", .array(sources)),
            ("note", f.finding?.note.map { .string($0) } ?? .null),
            ("confidence", f.finding?.confidence.map(\.json) ?? .null),
            ("by", f.finding?.by.map { .string($0) } ?? .null),
            ("recordedBy", .array(f.finding.map { scored.evidence.recorders($0.by).map { .string($0) } } ?? [])),
        ])
    }
}
