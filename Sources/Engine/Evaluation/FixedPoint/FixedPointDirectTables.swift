/// The tables an evaluation that sums directly reads (FixedPointProgram+DirectSums.swift)
/// for the kinds whose value is a constant chosen by the findings: single comparisons,
/// truth tables, compound conditions, step tables and lookups. They are copies of the
/// program's own rows in the same order with two changes, so that a loop adds a row's
/// outcome into its subarea's sum without looking its rule up:
///  - `rule` holds the index of the rule's **subarea** (its sum's word), not the rule;
///  - every constant a row adds (`award`, a step's `value`, a lookup entry) is already
///    multiplied by the rule's weight w′ (1 in an unweighted subarea), wrapping as the
///    addition does: the same bits as multiplying at each evaluation.
/// Lookups, per-unit counts, linear scales and judgements have rows of their own
/// (FixedPointDirectRows.swift), each with its rule's subarea and weight.
///
/// Only a rule's value counts here, not its bound, so an unassessed test counts as one that
/// fails whenever that gives the same value: then a row reads no assessed bit. Comparisons
/// are reordered with such rows (`plainComparisons`: not negated, and whose interval cannot
/// hold the unassessed mark) first; truth tables with such rows first (short ones, then of
/// three tests), whose `yes` is then indexed by the tests' interval bits alone (bits 0–2),
/// then the others as the program has them (short ones, then of three tests).
struct FixedPointDirectTables: Sendable {
    var comparisons: [FixedPointComparison]
    /// How many comparisons (the first) need no assessed bit.
    var plainComparisons: Int
    var truthTables: [FixedPointTruthTable]
    /// Where the truth tables of each group end: short ones by interval bits alone, of
    /// three tests by interval bits alone, short ones with assessed bits; those of three
    /// tests with assessed bits follow.
    var truthTableEnds: (insideShort: Int, insideThree: Int, short: Int)
    var conditions: [FixedPointCondition]
    /// In the program's order, except that the narrow tables reading their fact's scalar
    /// (`valueNarrowStepRules` of them) come first.
    var stepRules: [FixedPointSteps]
    var valueNarrowStepRules: Int
    /// The step tables with every value times its rule's weight (thresholds unchanged).
    var steps: [FixedPointStep]
    /// Lookups of the same input counting in the same subarea merged into one row (see
    /// FixedPointDirectTables+Lookups.swift), those reading their fact's scalar
    /// (`valueLookups` of them) first.
    var lookups: [FixedPointDirectLookup]
    /// The merged rows' entries: sums of their lookups' values times weights.
    var lookupEntries: [Int64]
    var valueLookups: Int
    /// Those reading their fact's scalar with a whole award first, their award in units
    /// (`wholeAwardPerUnits` of them), the others reading their fact's scalar (up to
    /// `valuePerUnits`), counts of at most `countWidth` slots in `countLists` (up to
    /// `countPerUnits`), then the rest (FixedPointDirectTables+PerUnits.swift).
    var perUnits: [FixedPointDirectPerUnit]
    var wholeAwardPerUnits: Int
    var valuePerUnits: Int
    var countPerUnits: Int
    var countLists: [Int32]
    /// Those whose divisor is 1 (no division) first.
    var judgements: [FixedPointDirectJudgement]
    var plainJudgements: Int
    /// In the order of the program's linear scales (by the kind of input: those reading
    /// their fact's scalar, `valueLinears` of them, first).
    var linears: [FixedPointDirectLinear]
    var valueLinears: Int

    /// The direct copies of the given rows, with per rule its subarea and weight
    /// (`lookupContributions`: each lookup entry's value times its rule's weight).
    /// `scalarFact` names per bound scalar the fact whose finding assesses it (a membership
    /// slot is assessed exactly when its fact is); a scalar beyond it is its own. `lists`
    /// are the program's slot lists, and `zeroScalar` a scalar that reads 0 whenever the
    /// direct sums run (see FixedPointDirectTables+PerUnits.swift).
    init(
        comparisons: [FixedPointComparison], truthTables: [FixedPointTruthTable], conditions: [FixedPointCondition],
        stepRules: [FixedPointSteps], steps: [FixedPointStep], lookups: [FixedPointLookup], lookupContributions: [Int64],
        perUnits: [FixedPointPerUnit], linears: [FixedPointLinear], judgements: [FixedPointJudgement], ruleSubarea: [Int32], ruleWeight: [Int64],
        scalarFact: [Int32] = [], lists: [Int32] = [], zeroScalar: Int32? = nil
    ) {
        func subarea(_ rule: Int32) -> Int32 { ruleSubarea[Int(rule)] }
        func weighted(_ v: Int64, _ rule: Int32) -> Int64 { v &* ruleWeight[Int(rule)] }
        let direct = comparisons.map { row in
            var row = row
            row.award = weighted(row.award, row.rule)
            row.rule = subarea(row.rule)
            return row
        }
        let plain = direct.filter { $0.negate == 0 && !Self.holdsUnassessed($0.low, $0.span) }
        self.comparisons = plain + direct.filter { !($0.negate == 0 && !Self.holdsUnassessed($0.low, $0.span)) }
        plainComparisons = plain.count
        var groups: [[FixedPointTruthTable]] = [[], [], [], []]
        for table in truthTables {
            var row = table
            row.award = weighted(row.award, row.rule)
            row.rule = subarea(row.rule)
            let three = row.tests > 2
            if let yes = Self.insideOnlyYes(row, scalarFact: scalarFact) {
                row.yes = yes
                groups[three ? 1 : 0].append(row)
            } else {
                groups[three ? 3 : 2].append(row)
            }
        }
        self.truthTables = groups.flatMap { $0 }
        truthTableEnds = (
            groups[0].count, groups[0].count + groups[1].count, groups[0].count + groups[1].count + groups[2].count
        )
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
        let directSteps = stepRules.map { row in
            var row = row
            row.rule = subarea(row.rule)
            return row
        }
        // Among the narrow tables (the first, as FixedPointProgram.narrowStepRules counts
        // them), those reading their fact's scalar first.
        let narrow = directSteps.prefix { $0.end - $0.start - 1 == RuleLowering.narrowWidth }
        let valueSteps = narrow.filter { $0.input.kind == .value }
        self.stepRules = valueSteps + narrow.filter { $0.input.kind != .value } + directSteps[narrow.count...]
        valueNarrowStepRules = valueSteps.count
        (self.lookups, lookupEntries, valueLookups) = Self.mergedLookups(
            lookups, contributions: lookupContributions, ruleSubarea: ruleSubarea)
        let counts = perUnits.map { row in
            FixedPointDirectPerUnit(
                subarea: subarea(row.rule), input: row.input, award: row.award, cap: row.cap,
                weight: ruleWeight[Int(row.rule)])
        }
        let arranged = Self.arrangedPerUnits(counts, lists: lists, zeroScalar: zeroScalar)
        self.perUnits = arranged.rows
        wholeAwardPerUnits = arranged.wholeAward
        valuePerUnits = arranged.values
        countPerUnits = arranged.counts
        countLists = arranged.countLists
        self.linears = linears.map { row in
            FixedPointDirectLinear(
                subarea: subarea(row.rule), input: row.input, from: row.from, span: row.span, flip: row.flip,
                award: row.award, weight: ruleWeight[Int(row.rule)])
        }
        valueLinears = linears.prefix { $0.input.kind == .value }.count
        let judged = judgements.map { row in
            FixedPointDirectJudgement(row, subarea: subarea(row.rule), weight: ruleWeight[Int(row.rule)])
        }
        self.judgements = judged.filter { $0.divisor == 1 } + judged.filter { $0.divisor != 1 }
        plainJudgements = judged.filter { $0.divisor == 1 }.count
    }

    /// Whether an interval test `low ≤ x ≤ low + span` holds for the unassessed mark.
    static func holdsUnassessed(_ low: Int64, _ span: UInt64) -> Bool {
        UInt64(bitPattern: MicroUnits.unassessed &- low) <= span
    }

    /// The table's `yes` indexed by its evaluated tests' interval bits alone (bit i: test
    /// i's interval holds), or nil when the value depends on whether a test is assessed
    /// beyond that: no evaluated test's interval may hold the unassessed mark (then an
    /// interval bit implies the assessed bit), and for every interval bits, `yes` must be
    /// the same whatever the assessed bits of the tests whose interval bit is 0. Tests of
    /// scalars of the same fact (`scalarFact`, as FixedPointDirectTables.init) are assessed
    /// together, so only assessed bits equal for them count: `f or (s contains a and not s
    /// contains b)` is decided by interval bits, since `a` held means `s` is assessed.
    /// A short table (at most two tests) has its third test's bits 0, as its loop leaves them.
    static func insideOnlyYes(_ row: FixedPointTruthTable, scalarFact: [Int32] = []) -> UInt64? {
        let evaluated = row.tests > 2 ? 3 : 2
        let leaves = [row.a, row.b, row.c].prefix(evaluated)
        guard !leaves.contains(where: { holdsUnassessed($0.low, $0.span) }) else { return nil }
        let facts = leaves.map { Int($0.slot) < scalarFact.count ? Int64(scalarFact[Int($0.slot)]) : -1 - Int64($0.slot) }
        // Whether assessed bits `known` are possible: equal for tests of the same fact.
        func possible(_ known: Int) -> Bool {
            for i in 0..<evaluated {
                for j in 0..<i where facts[i] == facts[j] && (known >> i) & 1 != (known >> j) & 1 { return false }
            }
            return true
        }
        var yes: UInt64 = 0
        for inside in 0..<(1 << evaluated) {
            var value: UInt64?
            for known in 0..<(1 << evaluated) where known & inside == inside && possible(known) {
                let bit = (row.yes >> UInt64(inside | (known << 3))) & 1
                if let value, value != bit { return nil }
                value = bit
            }
            yes |= (value ?? 0) << UInt64(inside)
        }
        return yes
    }
}
