/// Whether an evaluation records the flat trace, as a type: the evaluation and its loops
/// are specialised once per conforming type, so that every `if trace` is a constant and
/// folds (the evaluation without trace carries no test or store of it).
protocol FixedPointTracing {
    /// Whether the evaluation records the flat trace.
    static var records: Bool { get }
    /// Whether the per-kind loops add each rule's value straight into its subarea's sum
    /// instead of writing its value and bound (see FixedPointProgram+DirectSums.swift).
    static var sumsDirectly: Bool { get }
}

/// An evaluation recording the flat trace (``FixedPointProgram/evaluateWithTrace(_:into:)``).
enum FixedPointTraced: FixedPointTracing {
    static var records: Bool { true }
    static var sumsDirectly: Bool { false }
}

/// An evaluation without the trace that writes every rule's value and bound, then
/// aggregates them with the checks an evaluation needs (``FixedPointProgram/evaluate(_:into:)``
/// when the direct sums do not apply).
enum FixedPointUntraced: FixedPointTracing {
    static var records: Bool { false }
    static var sumsDirectly: Bool { false }
}

/// An evaluation without the trace whose per-kind loops add each rule's value into its
/// subarea's sum, and that writes only points (``FixedPointProgram/evaluate(_:into:)`` when
/// FixedPointProgram+DirectSums.swift's conditions hold).
enum FixedPointDirect: FixedPointTracing {
    static var records: Bool { false }
    static var sumsDirectly: Bool { true }
}
