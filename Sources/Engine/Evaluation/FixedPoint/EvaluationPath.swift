/// Which evaluator produced a score: the fixed-point one (values in micro-units), or the
/// exact `Rational` one it falls back to when an evaluation is not representable in
/// micro-units or the instrument cannot be lowered. Both give the same score.
public enum EvaluationPath: String, Sendable, Equatable {
    /// ``FixedPointProgram``.
    case fixedPoint
    /// The compiled `Rational` evaluator (``CompiledInstrument/evaluate(_:into:)``).
    case rational
}
