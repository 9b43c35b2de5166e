/// A compiled instrument lowered to fixed-point: values are `Int64` micro-units (10⁻⁶),
/// rules are rows of one table per primitive kind (single comparisons, compound
/// conditions, step tables, per-unit counts, linear scales, judgements), and each table
/// is evaluated by one tight loop; subareas (caps with the cut attributed to the rule
/// that crosses it, or one exact scaling per weighted subarea), areas and the total
/// follow in one pass.
///
/// Exactness is never traded: a value that is not a whole number of micro-units, any
/// overflow, and any intermediate the `Rational` path could not represent make an
/// evaluation report "not representable" (``evaluate(_:into:)`` returns false), and the
/// caller scores with the `Rational` path instead. ``CompiledInstrument/score(_:)`` does
/// exactly that.
///
/// ```swift
/// if let program = compiled.fixedPoint {
///     var facts = program.makeFacts()
///     var scratch = program.makeScratch()
///     program.bind(input, into: &facts)
///     if program.evaluate(facts, into: &scratch) { print(scratch.total) }
/// }
/// ```
public struct FixedPointProgram: Sendable {
    let layout: FixedPointLayout
    let comparisons: [FixedPointComparison]
    let conditions: [FixedPointCondition]
    /// Compound conditions of at most three tests, as truth tables.
    /// Those of at most two tests first (the first `shortTruthTables`), whose loop skips the third.
    let truthTables: [FixedPointTruthTable]
    let shortTruthTables: Int
    let ops: [FixedPointOp]
    /// Membership slot lists, as scalar indices (after the facts).
    let lists: [Int32]
    let stepRules: [FixedPointSteps]
    /// Every rule's steps after a leading entry (see RuleLowering.layOutSteps).
    let steps: [FixedPointStep]
    /// How many step tables (the first) are narrow, padded to RuleLowering.narrowWidth steps.
    let narrowStepRules: Int
    /// Step tables over a small range, read by one lookup (see ``FixedPointLookup``).
    let lookups: [FixedPointLookup]
    let lookupValues: [FixedPointOutcome]
    let perUnits: [FixedPointPerUnit]
    /// How many of the per-unit rows (the first) read their fact's scalar.
    let valuePerUnits: Int
    let linears: [FixedPointLinear]
    let judgements: [FixedPointJudgement]
    /// Per rule: the most it can count while unassessed (its kind's best value; a
    /// condition's award), and a trailing 0.
    let unassessedUpper: [Int64]
    /// The power of two below which every rule value must be for the unchecked
    /// aggregation, or 0 when it cannot be used (see FixedPointBound).
    let valueBound: UInt64
    /// The power of two (at most `valueBound`) below which every rule value must be, and
    /// no subarea overridden, for area and total sums to add without checks, or 0 (see
    /// FixedPointBound.totalsBound).
    let totalsBound: UInt64
    let subareas: [FixedPointSubarea]
    /// The indices of the unweighted subareas, then of the weighted ones (the first
    /// `plainSubareaCount`), so that the aggregation without trace loops over each kind
    /// without a branch on it.
    let subareasByKind: [Int32]
    let plainSubareaCount: Int
    let subareaRules: [Int32]
    /// Per rule: its weight over its subarea's common divisor (weighted subareas only).
    let weight: [Int64]
    let ruleIsWeighted: [Bool]
    /// Per rule in a weighted subarea: `max·w/Σw`, exact (what Aggregation multiplies its
    /// value by); zero elsewhere.
    let weightFactor: [Rational]
    let areas: [FixedPointArea]
    /// L: subarea, area and total sums are in fine units of 1/(10⁶·L), L the least common
    /// multiple of the weighted subareas' scaling denominators (1 without weighted
    /// subareas, so fine units are micro-units), so that every weighted subarea's exact
    /// points are a whole number of them. Rule values stay in micro-units.
    let fineMultiple: Int64
    let areaSubareas: [Int32]
    /// For binding: per fact, its membership slots `factSlotStart[f]..<factSlotStart[f+1]`
    /// in `slotIndex` (scalar indices) and `slotItem`.
    let factSlotStart: [Int32]
    let slotIndex: [Int32]
    let slotItem: [String]
    /// The slot items as keys, for binding from an ``EvidenceBindingRecord``.
    let slotKeys: FixedPointSlotKeys
    /// For evaluations that sum directly (FixedPointProgram+DirectSums.swift): the
    /// finishing rows in the order of `areaSubareas`, and whether lowering admits it.
    let subareaSums: [FixedPointSubareaSum]
    let sumsDirectly: Bool
    /// The rows those evaluations read for the kinds of constant outcomes: indexed by
    /// subarea, constants times weights (see ``FixedPointDirectTables``).
    let direct: FixedPointDirectTables

    /// Findings bound to nothing (every fact unassessed), to bind into and reuse.
    public func makeFacts() -> FixedPointFacts {
        FixedPointFacts(layout: layout)
    }

    /// Buffers for evaluations, to reuse.
    public func makeScratch() -> FixedPointScratch {
        FixedPointScratch(layout: layout)
    }

    /// How many rules the program scores.
    public var ruleCount: Int { layout.rules }

    /// How many step tables (ladders, thresholds) are read by one lookup over a small
    /// range of whole units instead of by counting the steps reached. Either way the
    /// results are the same.
    public var stepTablesByLookup: Int { lookups.count }

    /// Whether evaluations whose values are small enough aggregate without overflow
    /// checks: each subarea's rules are contiguous and lowering proved that no subarea sum
    /// of values below a bound can overflow. Either way the results are the same.
    public var aggregatesWithoutChecks: Bool { valueBound != 0 }

    /// Whether evaluations whose values are small enough and that override no subarea
    /// also sum areas and the total without overflow checks (lowering proved that those
    /// sums cannot overflow below a bound). An override's points are findings, so an
    /// evaluation with one checks its sums. Either way the results are the same.
    public var sumsTotalsWithoutChecks: Bool { totalsBound != 0 }

    /// Whether evaluations without trace whose values are small enough and not negative,
    /// and that override no subarea, add each rule's value straight into its subarea's sum
    /// and write only points (the other evaluations write every rule's value and bound
    /// and check their sums). Either way the results are the same.
    public var sumsDirectlyWithoutTrace: Bool { sumsDirectly }
}
