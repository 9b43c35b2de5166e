import Engine

/// How an area or subarea differs between two versions, compared by id: added, removed,
/// or a changed title, maximum or mode.
public struct SectionChange: Sendable {
    /// Added, removed or changed.
    public var kind: RuleChange.Kind
    /// The id (the same in both versions).
    public var id: String
    /// The old and the new title.
    public var title: (old: String?, new: String?)
    /// The old and the new maximum.
    public var max: (old: Rational?, new: Rational?)
    /// The old and the new mode (subareas: `points` or `weighted`).
    public var mode: (old: String?, new: String?)

    /// The changes between the areas, then between the subareas, of two versions: the new
    /// version's order, then what only the old one has.
    static func compare(
        old: [(id: String, title: String, max: Rational, mode: String?)],
        new: [(id: String, title: String, max: Rational, mode: String?)]
    ) -> [SectionChange] {
        var changes: [SectionChange] = []
        for section in new {
            guard let before = old.first(where: { $0.id == section.id }) else {
                changes.append(
                    SectionChange(
                        kind: .added, id: section.id, title: (nil, section.title), max: (nil, section.max),
                        mode: (nil, section.mode)))
                continue
            }
            if before.title != section.title || before.max != section.max || before.mode != section.mode {
                changes.append(
                    SectionChange(
                        kind: .changed, id: section.id, title: (before.title, section.title),
                        max: (before.max, section.max), mode: (before.mode, section.mode)))
            }
        }
        for section in old where !new.contains(where: { $0.id == section.id }) {
            changes.append(
                SectionChange(
                    kind: .removed, id: section.id, title: (section.title, nil), max: (section.max, nil),
                    mode: (section.mode, nil)))
        }
        return changes
    }
}
