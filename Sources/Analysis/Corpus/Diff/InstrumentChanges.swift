import Engine

/// What changed between two versions of an instrument: facts renamed, removed and added
/// (with likely renames the renames file does not name), areas and subareas, and rules
/// compared by id after the renames.
public struct InstrumentChanges: Sendable {
    /// Facts mapped by the renames file, in its order.
    public var renamedFacts: [(old: String, new: String)]
    /// Facts of the old version that the new one neither has nor renames.
    public var removedFacts: [String]
    /// Facts of the new version that no old fact is renamed to.
    public var addedFacts: [String]
    /// A removed and an added fact with the same type and description: probably a rename
    /// the renames file should name.
    public var likelyRenames: [(old: String, new: String)]
    /// Areas added, removed or changed.
    public var areas: [SectionChange]
    /// Subareas added, removed or changed.
    public var subareas: [SectionChange]
    /// Rules added, removed or changed: the new version's order, then the removed ones.
    public var rules: [RuleChange]

    /// Compares two versions.
    public init(old: Instrument, oldSyntax: InstrumentSyntax, new: Instrument, newSyntax: InstrumentSyntax, renames: Renames) {
        let factRenames = renames.entries.filter { old.factIndex[$0.old.value] != nil }.map { ($0.old.value, $0.new.value) }
        let renamedTo = Set(factRenames.map(\.1))
        renamedFacts = factRenames
        removedFacts = old.facts.map(\.path).filter { path in
            new.factIndex[path] == nil && !factRenames.contains { $0.0 == path }
        }
        addedFacts = new.facts.map(\.path).filter { old.factIndex[$0] == nil && !renamedTo.contains($0) }
        var likely: [(old: String, new: String)] = []
        for path in removedFacts {
            guard let before = old.factIndex[path].map({ old.facts[$0] }) else { continue }
            let match = addedFacts.first { added in
                guard let after = new.factIndex[added].map({ new.facts[$0] }) else { return false }
                return after.description == before.description && after.type == before.type
            }
            if let match { likely.append((path, match)) }
        }
        likelyRenames = likely
        areas = SectionChange.compare(
            old: old.areas.map { ($0.id, $0.title, $0.max, nil) }, new: new.areas.map { ($0.id, $0.title, $0.max, nil) })
        subareas = SectionChange.compare(
            old: old.subareas.map { ($0.id, $0.title, $0.max, $0.mode.rawValue) },
            new: new.subareas.map { ($0.id, $0.title, $0.max, $0.mode.rawValue) })
        rules = RuleComparison.compare(
            old: old, oldSyntax: oldSyntax, new: new, newSyntax: newSyntax, renames: renames,
            factRenames: Dictionary(factRenames, uniquingKeysWith: { first, _ in first }))
    }

    /// The rule changes that touch a subarea (old or new id).
    public func rules(touching subarea: String) -> [Int] {
        rules.indices.filter { rules[$0].subareas.contains(subarea) }
    }
}
