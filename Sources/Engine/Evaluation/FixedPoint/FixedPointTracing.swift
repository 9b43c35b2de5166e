/// Whether an evaluation records the flat trace, as a type: the evaluation and its loops
/// are specialised once per conforming type, so that every `if trace` is a constant and
/// folds (the evaluation without trace carries no test or store of it).
protocol FixedPointTracing {
    /// Whether the evaluation records the flat trace.
    static var records: Bool { get }
}

/// An evaluation recording the flat trace (``FixedPointProgram/evaluateWithTrace(_:into:)``).
enum FixedPointTraced: FixedPointTracing {
    static var records: Bool { true }
}

/// An evaluation without the trace (``FixedPointProgram/evaluate(_:into:)``).
enum FixedPointUntraced: FixedPointTracing {
    static var records: Bool { false }
}
