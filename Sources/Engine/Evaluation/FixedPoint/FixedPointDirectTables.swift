/// The tables an evaluation that sums directly reads (FixedPointProgram+DirectSums.swift)
/// for the kinds whose value is a constant chosen by the findings: single comparisons,
/// truth tables, compound conditions, step tables and lookups. They are copies of the
/// program's own rows in the same order with two changes, so that a loop adds a row's
/// outcome into its subarea's sum without looking its rule up:
///  - `rule` holds the index of the rule's **subarea** (its sum's word), not the rule;
///  - every constant a row adds (`award`, a step's `value`, a lookup entry) is already
///    multiplied by the rule's weight w′ (1 in an unweighted subarea), wrapping as the
///    addition does: the same bits as multiplying at each evaluation.
/// Lookups, per-unit counts and judgements have rows of their own (FixedPointDirectRows.swift). Linear
/// scales compute their values and keep reading the rule's subarea and weight.
struct FixedPointDirectTables: Sendable {
    var comparisons: [FixedPointComparison]
    var truthTables: [FixedPointTruthTable]
    var conditions: [FixedPointCondition]
    var stepRules: [FixedPointSteps]
    /// The step tables with every value times its rule's weight (thresholds unchanged).
    var steps: [FixedPointStep]
    var lookups: [FixedPointDirectLookup]
    /// In the order of the program's per-unit rows (by the kind of input).
    var perUnits: [FixedPointDirectPerUnit]
    var judgements: [FixedPointDirectJudgement]

    /// The direct copies of the given rows, with per rule its subarea and weight.
    init(
        comparisons: [FixedPointComparison], truthTables: [FixedPointTruthTable], conditions: [FixedPointCondition],
        stepRules: [FixedPointSteps], steps: [FixedPointStep], lookups: [FixedPointLookup],
        perUnits: [FixedPointPerUnit], judgements: [FixedPointJudgement], ruleSubarea: [Int32], ruleWeight: [Int64]
    ) {
        func subarea(_ rule: Int32) -> Int32 { ruleSubarea[Int(rule)] }
        func weighted(_ v: Int64, _ rule: Int32) -> Int64 { v &* ruleWeight[Int(rule)] }
        self.comparisons = comparisons.map { row in
            var row = row
            row.award = weighted(row.award, row.rule)
            row.rule = subarea(row.rule)
            return row
        }
        self.truthTables = truthTables.map { row in
            var row = row
            row.award = weighted(row.award, row.rule)
            row.rule = subarea(row.rule)
            return row
        }
        self.conditions = conditions.map { row in
            var row = row
            row.award = weighted(row.award, row.rule)
            row.rule = subarea(row.rule)
            return row
        }
        var steps = steps
        for row in stepRules {
            for i in Int(row.start)..<Int(row.end) { steps[i].value = weighted(steps[i].value, row.rule) }
        }
        self.steps = steps
        self.stepRules = stepRules.map { row in
            var row = row
            row.rule = subarea(row.rule)
            return row
        }
        self.lookups = lookups.map { row in
            // Thresholds ascend within ±2⁶¹ and entries are few, so the bias cannot overflow.
            FixedPointDirectLookup(
                subarea: subarea(row.rule), input: row.input, low: row.low, high: row.high,
                bias: row.low - (Int64(row.start) + 1) * MicroUnits.scale)
        }
        self.perUnits = perUnits.map { row in
            FixedPointDirectPerUnit(
                subarea: subarea(row.rule), input: row.input, award: row.award, cap: row.cap,
                weight: ruleWeight[Int(row.rule)])
        }
        self.judgements = judgements.map { row in
            FixedPointDirectJudgement(row, subarea: subarea(row.rule), weight: ruleWeight[Int(row.rule)])
        }
    }
}
