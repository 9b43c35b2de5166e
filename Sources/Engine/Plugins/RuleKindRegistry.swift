/// The rule kinds an instrument may use, by identifier. A value, not a global: the
/// executable builds one from the Rules library, a user can add their own kinds.
public struct RuleKindRegistry: Sendable {
    /// The registered kinds, sorted by identifier.
    public private(set) var kinds: [any RuleKind.Type]
    /// Each kind's identifier, in the order of ``kinds``: looking a kind up per rule reads
    /// these, not each kind's whole description.
    private var identifiers: [String] = []

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
        identifiers = kinds.map { $0.description.identifier }
        clauseWords = [:]
        for kind in kinds { clauseWords[kind.description.identifier] = kind.description.clauseWords }
    }

    /// The kind with this identifier.
    public func kind(named identifier: String) -> (any RuleKind.Type)? {
        identifiers.firstIndex(of: identifier).map { kinds[$0] }
    }

    /// Each kind's clause words, for the parser: kept as kinds are registered, so parsing a
    /// file does not gather them again.
    public private(set) var clauseWords: [String: [String]] = [:]
}
