import Analysis
import Engine

/// `diff --format json`: the instrument changes, every rule change's effect per
/// evaluation, and every evaluation's totals, areas and subareas with the parts that
/// explain them; exact values.
public enum DiffJSON {
    /// The document.
    public static func document(_ diff: VersionDiff, renames: Provenance.File?) -> String {
        JSONWriter.write(object(diff, renames: renames)) + "\n"
    }

    /// The document as a value.
    public static func object(_ diff: VersionDiff, renames: Provenance.File?) -> JSONValue {
        let against: JSONValue = .object(pairs: [
            ("name", .string(diff.new.name)), ("version", .string(diff.new.version)), ("sha256", .string(diff.new.sha256)),
        ])
        let renamesFile: JSONValue = renames.map { file in
            .object(pairs: [("path", .string(file.path)), ("sha256", file.sha256.map { .string($0) } ?? .null)])
        } ?? .null
        return .object(pairs: Provenance.jsonHeader(diff.old, kind: "diff") + [
            ("against", against), ("renames", renamesFile),
            ("changes", DiffChangesJSON.changes(diff.changes)),
            ("effects", .array(diff.changes.rules.indices.map { effect(diff, $0) })),
            ("evaluations", .array(diff.evaluations.map(evaluation))),
        ])
    }

    static func optional(_ value: Rational?) -> JSONValue { value?.json ?? .null }

    /// One rule change's effect: per evaluation on the total and per subarea.
    static func effect(_ diff: VersionDiff, _ c: Int) -> JSONValue {
        let change = diff.changes.rules[c]
        let effect = diff.effects[c]
        let stats = DiffWords.statistics(effect)
        let evaluations: [JSONValue] = diff.evaluations.indices.map { k in
            .object(pairs: [
                ("evidence", .string(diff.evaluations[k].evidence.path)), ("total", optional(effect.totals[k])),
                ("subareas", .array(effect.subareas[k].map { .object(pairs: [("id", .string($0.id)), ("points", $0.points.json)]) })),
            ])
        }
        return .object(pairs: [
            ("rule", .string(change.id)), ("oldID", change.oldID.map { .string($0) } ?? .null),
            ("newID", change.newID.map { .string($0) } ?? .null), ("rescored", .bool(effect.failure == nil)),
            ("failure", effect.failure.map { .string($0.text) } ?? .null),
            ("mean", optional(stats?.mean)), ("least", optional(stats?.least)), ("most", optional(stats?.most)),
            ("changed", .number(effect.changedCount)), ("evaluations", .array(evaluations)),
        ])
    }

    /// One evaluation: totals, areas, subareas with their parts, notes.
    static func evaluation(_ e: EvaluationDiff) -> JSONValue {
        func change(_ old: Rational?, _ new: Rational?) -> JSONValue {
            guard let old, let new else { return .null }
            return ((try? new.subtracting(old)) ?? .zero).json
        }
        let areas: [JSONValue] = e.areas.map { area in
            .object(pairs: [
                ("id", .string(area.id)), ("old", optional(area.old)), ("new", optional(area.new)),
                ("change", change(area.old, area.new)),
            ])
        }
        let subareas: [JSONValue] = e.subareas.map { delta in
            .object(pairs: [
                ("id", .string(delta.id)), ("title", .string(delta.title)), ("old", optional(delta.old)),
                ("new", optional(delta.new)), ("change", delta.change.json),
                ("parts", .array(delta.parts.map { .object(pairs: [("change", .number($0.change)), ("points", $0.points.json)]) })),
                ("rest", delta.rest.json),
            ])
        }
        let notes: [JSONValue] = e.notes.map { note in
            .object(pairs: [
                ("path", note.span.map { .string($0.path) } ?? .null),
                ("line", note.span.map { .number($0.start.line) } ?? .null),
                ("column", note.span.map { .number($0.start.column) } ?? .null),
                ("what", .string(note.what)), ("reason", .string(note.reason)),
            ])
        }
        return .object(pairs: [
            ("evidence", Provenance.json(e.evidence)), ("old", e.old.total.json), ("new", optional(e.new?.total)),
            ("change", e.new == nil ? .null : e.totalChange.json), ("areas", .array(areas)), ("subareas", .array(subareas)),
            ("notes", .array(notes)),
        ])
    }
}
