// The rows of the fixed-point program: one plain, contiguous table per primitive kind,
// each row holding exactly what one iteration of that kind's loop reads. Indices are
// `Int32` to keep rows small; values are micro-units (see MicroUnits).

/// A rule whose condition is one comparison of a bound scalar with a constant interval:
/// it holds when `low ≤ x ≤ low + span` (compared as one unsigned difference), inverted
/// when `negate` is 1. `x > c` is `x ≥ c + 1` in whole micro-units, so every comparison,
/// `positive` and a membership test are one interval.
struct FixedPointComparison: Sendable {
    var rule: Int32
    /// The bound scalar read: a fact, or a membership slot (after the facts).
    var slot: Int32
    var low: Int64
    var span: UInt64
    var negate: UInt64
    var award: Int64
}

/// A rule whose condition is a program of ``FixedPointOp``s `ops[start..<end]`.
struct FixedPointCondition: Sendable {
    var rule: Int32
    var start: Int32
    var end: Int32
    var award: Int64
}

/// One instruction of a compound condition, in postfix order over a stack of
/// three-valued truths (bit 0: yes, bit 1: no, neither: unknown), so `and`, `or` and
/// `not` are bit operations without branches.
struct FixedPointOp: Sendable {
    enum Code: UInt8, Sendable {
        /// Push the interval test of slot `a` (as ``FixedPointComparison``).
        case test
        /// Push `scalar[a] op scalar[b]`, `flag` the operator (see ``FixedPointOp/compare(_:_:_:)``).
        case compareFacts
        /// Push whether any (`flag` 0) or all (`flag` 1) of the `count` slots at
        /// `lists[b...]` are held; unknown when fact `a` is unassessed.
        case members
        /// Push a fixed truth (`flag`).
        case constant
        case not, and, or
    }

    var code: Code
    var flag: UInt8
    var a: Int32 = 0
    var b: Int32 = 0
    var count: Int32 = 0
    var low: Int64 = 0
    var span: UInt64 = 0

    /// `x op y` for the operator numbered `flag` (the order of ``ComparisonOperator/allCases``).
    @inline(__always)
    static func compare(_ flag: UInt8, _ x: Int64, _ y: Int64) -> Bool {
        switch flag {
        case 0: x == y
        case 1: x != y
        case 2: x < y
        case 3: x <= y
        case 4: x > y
        default: x >= y
        }
    }
}

/// The number a primitive reads.
struct FixedPointInput: Sendable {
    enum Kind: UInt8, Sendable {
        /// The fact's scalar.
        case value
        /// Its integer part (toward zero).
        case integerPart
        /// How many of the `count` slots at `lists[start...]` are held.
        case countOf
    }

    var kind: Kind
    var fact: Int32
    var start: Int32 = 0
    var count: Int32 = 0
}

/// A step table `steps[start..<end]` over an input: the value of the last step reached.
struct FixedPointSteps: Sendable {
    var rule: Int32
    var input: FixedPointInput
    var start: Int32
    var end: Int32
}

/// One step: reached when the input is at least `threshold` (strict steps are lowered
/// to `threshold + 1` micro-unit).
struct FixedPointStep: Sendable {
    var threshold: Int64
    var value: Int64
}

/// `min(count · award, cap)`, reporting what the cap removed.
struct FixedPointPerUnit: Sendable {
    var rule: Int32
    var input: FixedPointInput
    var award: Int64
    var cap: Int64
}

/// `award · clamp((x − from)/span, 0, 1)`, with `span > 0` (a negative span is lowered
/// by negating the difference: `flip`).
struct FixedPointLinear: Sendable {
    var rule: Int32
    var input: FixedPointInput
    var from: Int64
    var span: Int64
    var flip: Bool
    var award: Int64
}

/// The rule's judgement, divided by `maximum` when `weighted`.
struct FixedPointJudgement: Sendable {
    var rule: Int32
    var maximum: Int64
    var weighted: Bool
}

/// A subarea: its rules `subareaRules[start..<end]`, its maximum (micro-units) and, when
/// weighted, the one exact scaling to fine units `Σ(w′ᵢ·sᵢ) · factor` (w′ the rules'
/// weights over their common divisor, sᵢ in micro-units), and `safeLimit`: the largest
/// `Σ|w′ᵢ·sᵢ|` for which the `Rational` aggregation cannot overflow either (beyond it
/// the evaluation is left to it).
struct FixedPointSubarea: Sendable {
    var start: Int32
    var end: Int32
    var max: Int64
    var weighted: Bool
    var factor: Int64 = 0
    var safeLimit: UInt64 = 0
}

/// An area: its subareas `areaSubareas[start..<end]` and its maximum (fine units).
struct FixedPointArea: Sendable {
    var start: Int32
    var end: Int32
    var max: Int64
}

/// What an evaluation that sums directly does with a subarea's sum (in the order of
/// `areaSubareas`): its points are `min(sum, cap) · multiplier` in fine units, added into
/// `area`'s sum; an
/// unweighted subarea caps at its maximum and multiplies by the fine multiple, a weighted
/// one caps at `Int64.max` (not at all) and multiplies by its scaling factor.
struct FixedPointSubareaSum: Sendable {
    var subarea: Int32
    var area: Int32
    var cap: Int64
    var multiplier: Int64
}
