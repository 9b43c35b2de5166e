/// The rule kinds an instrument may use, by identifier. A value, not a global: the
/// executable builds one from the Rules library, a user can add their own kinds.
public struct RuleKindRegistry: Sendable {
    /// The registered kinds, sorted by identifier.
    public private(set) var kinds: [any RuleKind.Type]

    /// A registry of the given kinds.
    public init(_ kinds: [any RuleKind.Type] = []) {
        self.kinds = []
        for kind in kinds { register(kind) }
    }

    /// Adds a kind, replacing one of the same identifier.
    public mutating func register(_ kind: any RuleKind.Type) {
        kinds.removeAll { $0.description.identifier == kind.description.identifier }
        kinds.append(kind)
        kinds.sort { $0.description.identifier < $1.description.identifier }
    }

    /// The kind with this identifier.
    public func kind(named identifier: String) -> (any RuleKind.Type)? {
        kinds.first { $0.description.identifier == identifier }
    }

    /// Each kind's clause words, for the parser.
    public var clauseWords: [String: [String]] {
        var words: [String: [String]] = [:]
        for kind in kinds { words[kind.description.identifier] = kind.description.clauseWords }
        return words
    }
}
