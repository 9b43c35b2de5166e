import Analysis
import Engine

/// The instrument changes of `diff --format json`.
enum DiffChangesJSON {
    /// Facts, areas, subareas and rules.
    static func changes(_ c: InstrumentChanges) -> JSONValue {
        func pairs(_ list: [(old: String, new: String)]) -> JSONValue {
            .array(list.map { .object(pairs: [("old", .string($0.old)), ("new", .string($0.new))]) })
        }
        return .object(pairs: [
            ("facts", .object(pairs: [
                ("renamed", pairs(c.renamedFacts)), ("removed", .array(c.removedFacts.map { .string($0) })),
                ("added", .array(c.addedFacts.map { .string($0) })), ("likelyRenames", pairs(c.likelyRenames)),
            ])),
            ("areas", .array(c.areas.map(section))), ("subareas", .array(c.subareas.map(section))),
            ("rules", .array(c.rules.enumerated().map { rule($0.offset, $0.element) })),
        ])
    }

    static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    static func section(_ s: SectionChange) -> JSONValue {
        .object(pairs: [
            ("id", .string(s.id)), ("kind", .string(s.kind.rawValue)),
            ("title", .object(pairs: [("old", text(s.title.old)), ("new", text(s.title.new))])),
            ("max", .object(pairs: [("old", s.max.old?.json ?? .null), ("new", s.max.new?.json ?? .null)])),
            ("mode", .object(pairs: [("old", text(s.mode.old)), ("new", text(s.mode.new))])),
        ])
    }

    /// A rule change; `index` is what the subareas' `parts` refer to.
    static func rule(_ index: Int, _ r: RuleChange) -> JSONValue {
        .object(pairs: [
            ("index", .number(index)), ("id", .string(r.id)), ("kind", .string(r.kind.rawValue)),
            ("oldID", text(r.oldID)), ("newID", text(r.newID)), ("aspects", .array(r.aspects.map { .string($0.rawValue) })),
            ("title", .object(pairs: [("old", text(r.title.old)), ("new", text(r.title.new))])),
            ("clause", .object(pairs: [("old", text(r.clause.old)), ("new", text(r.clause.new))])),
            ("weight", .object(pairs: [("old", r.weight.old?.json ?? .null), ("new", r.weight.new?.json ?? .null)])),
            ("subarea", .object(pairs: [("old", text(r.subarea.old)), ("new", text(r.subarea.new))])),
        ])
    }
}
