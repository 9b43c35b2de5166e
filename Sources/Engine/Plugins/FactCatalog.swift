/// The declared facts and ladders, as rule kinds see them.
public struct FactCatalog: Sendable {
    /// Facts by index.
    public var facts: [Fact]
    /// Ladders by index.
    public var ladders: [Ladder]
    /// Fact index by path.
    public var index: [String: Int]
    /// The same, hashed over bytes (see ``FactPathTable``); ``indexOfFact(_:)`` asks it first.
    public var paths = FactPathTable()
    /// Paths of facts whose declaration failed with an error already reported: resolving
    /// one gives nil without another error.
    public var failedFacts: Set<String> = []

    /// Creates a catalogue.
    public init(facts: [Fact], ladders: [Ladder]) {
        self.facts = facts
        self.ladders = ladders
        var index: [String: Int] = [:]
        for (i, fact) in facts.enumerated() { index[fact.path] = i }
        self.index = index
        paths = FactPathTable(facts: facts)
    }

    /// The index of the fact with this path, if declared.
    public func indexOfFact(_ path: String) -> Int? {
        paths.index(of: path, in: facts) ?? index[path]
    }

    /// A fact's type.
    public func type(of fact: Int) -> FactType { facts[fact].type }

    /// The ladder of a level fact.
    public func ladder(of fact: Int) -> Ladder? {
        if case .level(let ladder) = facts[fact].type { return ladders[ladder] }
        return nil
    }

    /// The lowest value a fact can take: no, the bottom level, 0, the empty set.
    public func bottom(of fact: Int) -> FactValue {
        switch facts[fact].type {
        case .flag: return .flag(false)
        case .level: return .level(0)
        case .number: return .number(.zero)
        case .set: return .set([])
        }
    }
}
