import Engine

/// The built-in rule kinds of DESIGN.md, one sorted list.
public enum BuiltinKinds {
    /// Every built-in kind, sorted by identifier.
    public static let all: [any RuleKind.Type] = [
        EachKind.self,
        JudgementKind.self,
        LadderKind.self,
        ScaleKind.self,
        ThresholdKind.self,
        WhenKind.self,
    ]

    /// A registry holding the built-in kinds.
    public static var registry: RuleKindRegistry { RuleKindRegistry(all) }
}
