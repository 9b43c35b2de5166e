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
            ("override", s.override.map { .object(pairs: [("points", $0.value.json), ("reason", .string($0.reason)), ("by", .string($0.by))]) } ?? .null),
            ("rules", .array(s.rules.map { r in
                .object(pairs: [
                    ("id", .string(r.id)), ("title", .string(r.title)), ("why", r.why.map { .string($0) } ?? .null),
                    ("status", .string(r.status.rawValue)), ("points", r.points.json), ("capCut", r.capCut.json),
                    ("ruleCapCut", r.ownCapCut.json), ("bounds", r.bounds.json),
                    ("facts", .array(r.facts.map(Self.factJSON))),
                ])
            })),
            ("unassessed", .array(s.unassessed.map { .string($0) })),
            ("unjudged", .array(s.unjudged.map { .string($0) })),
            ("headroom", .array(s.headroom.map { h in
                .object(pairs: [("rule", .string(h.ruleID)), ("change", .string(h.written(instrument))), ("gain", h.gain.json)])
            })),
        ])
    }

    static func factJSON(_ f: ReadFact) -> JSONValue {
        let sources: [JSONValue] = (f.finding?.sources ?? []).map { src in
            .object(pairs: [
                ("kind", .string(src.kind)), ("text", .string(src.text)),
                ("section", src.section.map { .string($0) } ?? .null),
            ])
        }
        return .object(pairs: [
            ("fact", .string(f.path)), ("value", f.written.map { .string($0) } ?? .null), ("sources", .array(sources)),
        ])
    }
}
