// Rows only an evaluation that sums directly reads (FixedPointProgram+DirectSums.swift),
// built at lowering from the program's own rows (FixedPointDirectTables): each names
// the subarea whose sum its rule's value goes to and carries its rule's weight or
// weighted constants, so that a loop adds without looking its rule up (and the program
// keeps no per-rule subarea or weight for evaluations).

/// Step tables read by one lookup (``FixedPointLookup``) of the same input in the same
/// subarea, merged (FixedPointDirectTables+Lookups.swift), for the direct sums: the input
/// clamped to `low...high`, then the entry at `(x − bias) / 10⁶`, where
/// `bias = low − first·10⁶` folds in the row's first entry (`first`), so that no index is
/// added. Each entry is the sum of the merged lookups' values times their rules' weights.
struct FixedPointDirectLookup: Sendable {
    var subarea: Int32
    var input: FixedPointInput
    var low: Int64
    var high: Int64
    var bias: Int64
}

/// A per-unit count (``FixedPointPerUnit``) for the direct sums: `min(units · award, cap)`,
/// times `weight` (1, or the rule's w′ in a weighted subarea), added to `subarea`'s sum.
struct FixedPointDirectPerUnit: Sendable {
    var subarea: Int32
    var input: FixedPointInput
    var award: Int64
    var cap: Int64
    var weight: Int64
}

/// A judgement (``FixedPointJudgement``) for the direct sums: `(j / divisor) · multiplier`,
/// times `weight`, added to `subarea`'s sum, `j` the rule's bound judgement. Weighted,
/// `j · 10⁶ / maximum` is `j · multiplier / divisor` with both reduced by their greatest
/// common divisor, so that it is exact exactly when `divisor` divides `j` and needs no
/// 128-bit division; unweighted, both are 1.
struct FixedPointDirectJudgement: Sendable {
    var subarea: Int32
    var rule: Int32
    var divisor: Int64
    var multiplier: Int64
    var weight: Int64

    /// The direct row of `row`, in subarea `subarea` with weight `weight`.
    init(_ row: FixedPointJudgement, subarea: Int32, weight: Int64) {
        self.subarea = subarea
        rule = row.rule
        self.weight = weight
        guard row.weighted, row.maximum != 0 else {
            divisor = 1
            multiplier = 1
            return
        }
        let common = Int64(WeightScaling.gcd(UInt64(MicroUnits.scale), row.maximum.magnitude))
        divisor = row.maximum / common
        multiplier = MicroUnits.scale / common
    }
}

/// A linear scale (``FixedPointLinear``) for the direct sums: its value, times `weight`,
/// added to `subarea`'s sum.
struct FixedPointDirectLinear: Sendable {
    var subarea: Int32
    var input: FixedPointInput
    var from: Int64
    var span: Int64
    var flip: Bool
    var award: Int64
    var weight: Int64
}
