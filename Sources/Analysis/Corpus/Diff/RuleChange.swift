import Engine

/// How one rule differs between two versions of an instrument, compared by id (after the
/// renames): its title, its kind clause as written (fact paths renamed), its weight and
/// its subarea.
public struct RuleChange: Sendable {
    /// Added, removed or changed.
    public enum Kind: String, Sendable {
        case added, removed, changed
    }

    /// What differs in a changed rule.
    public enum Aspect: String, Sendable, CaseIterable {
        /// Renamed in the renames file.
        case id
        case title
        /// The kind clause: what the rule reads and awards.
        case clause
        case weight
        /// Moved to another subarea.
        case subarea
    }

    /// Added, removed or changed.
    public var kind: Kind
    /// The id in the old version; nil for an added rule.
    public var oldID: String?
    /// The id in the new version; nil for a removed rule.
    public var newID: String?
    /// What differs, for a changed rule, in ``Aspect`` order.
    public var aspects: [Aspect]
    /// The old and the new title.
    public var title: (old: String?, new: String?)
    /// The old clause (fact paths renamed) and the new one, as written.
    public var clause: (old: String?, new: String?)
    /// The old and the new weight.
    public var weight: (old: Rational?, new: Rational?)
    /// The old and the new subarea's id.
    public var subarea: (old: String?, new: String?)

    /// The id people know the rule by now: the new id, else the old.
    public var id: String { newID ?? oldID ?? "" }

    /// `2.2.f → 2.5.a` for a renamed rule, else its id.
    public var label: String {
        if let oldID, let newID, oldID != newID { return "\(oldID) → \(newID)" }
        return id
    }

    /// The subareas it belongs to, old and new, without repeats.
    public var subareas: [String] {
        [subarea.old, subarea.new].compactMap { $0 }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }
}
