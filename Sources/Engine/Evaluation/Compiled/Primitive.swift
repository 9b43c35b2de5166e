/// What a built-in kind lowers its rule to, so the compiled evaluator needs no plugin
/// call: a few engine primitives over flat arrays.
public enum Primitive: Sendable {
    /// `award` when the condition holds, 0 when it does not, unassessed when unknown.
    case condition(Condition, award: Rational)
    /// The value of the highest step reached by the input, 0 below the first.
    case steps(PrimitiveInput, [PrimitiveStep])
    /// `min(count · award, cap)`, reporting what the cap removed.
    case perUnit(PrimitiveInput, award: Rational, cap: Rational)
    /// `award · clamp((x − from)/(to − from), 0, 1)`.
    case linear(PrimitiveInput, from: Rational, to: Rational, award: Rational)
    /// The rule's judgement, divided by `maximum` when `weighted`.
    case judgement(maximum: Rational, weighted: Bool)
}

/// The number a primitive reads.
public enum PrimitiveInput: Sendable, Equatable {
    /// A level's index, a number, or a set's item count.
    case value(Int)
    /// The number of the listed items a set fact holds.
    case countOf(Int, [String])
    /// The integer part of a number, or a set's count.
    case integerPart(Int)

    /// The fact read.
    public var fact: Int {
        switch self {
        case .value(let f), .countOf(let f, _), .integerPart(let f): return f
        }
    }
}

/// One step: at or above (`>` when strict) `threshold`, the value is `value`.
public struct PrimitiveStep: Sendable, Equatable {
    public var threshold: Rational
    public var strict: Bool
    public var value: Rational

    /// Creates a step.
    public init(threshold: Rational, strict: Bool, value: Rational) {
        self.threshold = threshold
        self.strict = strict
        self.value = value
    }
}
