/// Lowers each compiled rule to a row of its primitive kind's table (see
/// FixedPointTables.swift); fails for a plugin call or a constant that is not a whole
/// number of micro-units.
struct RuleLowering {
    let compiled: CompiledInstrument
    var comparisons: [FixedPointComparison] = []
    var conditions: [FixedPointCondition] = []
    var truthTables: [FixedPointTruthTable] = []
    var ops: [FixedPointOp] = []
    var stepRules: [FixedPointSteps] = []
    var steps: [FixedPointStep] = []
    var lookups: [FixedPointLookup] = []
    var lookupValues: [FixedPointOutcome] = []
    var perUnits: [FixedPointPerUnit] = []
    var linears: [FixedPointLinear] = []
    var judgements: [FixedPointJudgement] = []

    init(compiled: CompiledInstrument) {
        self.compiled = compiled
    }

    var factCount: Int { compiled.instrument.facts.count }

    /// Appends rule `r`'s row; false when it cannot be lowered.
    mutating func lower(rule r: Int) -> Bool {
        let rule = Int32(r)
        switch compiled.rules[r] {
        case .condition(let start, let end, let award):
            guard let award = MicroUnits.of(award) else { return false }
            if end - start == 1, let test = leaf(compiled.ops[start]) {
                comparisons.append(
                    FixedPointComparison(
                        rule: rule, slot: test.slot, low: test.low, span: test.span, negate: test.negate, award: award))
                return true
            }
            var program: [FixedPointOp] = []
            for op in compiled.ops[start..<end] {
                guard let lowered = self.op(op) else { return false }
                program.append(lowered)
            }
            if let table = FixedPointTruthTable(rule: rule, award: award, ops: program) {
                truthTables.append(table)
                return true
            }
            let first = Int32(ops.count)
            ops += program
            conditions.append(FixedPointCondition(rule: rule, start: first, end: Int32(ops.count), award: award))
        case .steps(let input, let start, let end):
            let first = Int32(steps.count)
            for step in compiled.steps[start..<end] {
                guard var threshold = MicroUnits.of(step.threshold), let value = MicroUnits.of(step.value) else {
                    return false
                }
                if step.strict {
                    // x > t is x ≥ t + 1 micro-unit for whole micro-units.
                    guard threshold < Int64.max else { return false }
                    threshold += 1
                }
                steps.append(FixedPointStep(threshold: threshold, value: value))
            }
            stepRules.append(FixedPointSteps(rule: rule, input: Self.input(input), start: first, end: Int32(steps.count)))
        case .perUnit(let input, let award, let cap):
            guard let award = MicroUnits.of(award), let cap = MicroUnits.of(cap) else { return false }
            perUnits.append(FixedPointPerUnit(rule: rule, input: Self.input(input), award: award, cap: cap))
        case .linear(let input, let from, let span, let award):
            guard let from = MicroUnits.of(from), let span = MicroUnits.of(span), let award = MicroUnits.of(award),
                span != 0, span.magnitude <= MicroUnits.safeMagnitude.magnitude
            else { return false }
            linears.append(
                FixedPointLinear(
                    rule: rule, input: Self.input(input), from: from, span: span < 0 ? -span : span, flip: span < 0,
                    award: award))
        case .judgement(let maximum, let weighted):
            // A zero maximum divides by zero: the Rational path reports it.
            guard let maximum = MicroUnits.of(maximum), !weighted || maximum != 0 else { return false }
            judgements.append(FixedPointJudgement(rule: rule, maximum: maximum, weighted: weighted))
        case .plugin:
            return false
        }
        return true
    }

    /// Lays out every step table as a leading `(Int64.max, 0)` entry (the value when no
    /// step is reached) followed by its steps, and orders the tables by their number of
    /// steps, so that the steps loop runs the same trip count for long runs of rows (its
    /// exit branch predicted). Returns whether every table's thresholds ascend and lie
    /// within ±``stepLimit``: then the steps reached are the first `k`, counted by sign bits
    /// without a branch (see FixedPointProgram.steps), and the value is entry `k`'s.
    mutating func layOutSteps() -> Bool {
        var ascending = true
        var laidOut: [FixedPointStep] = []
        for k in stepRules.indices {
            let row = stepRules[k]
            let start = Int32(laidOut.count)
            var last = FixedPointStep(threshold: -Self.stepLimit, value: 0)
            laidOut.append(FixedPointStep(threshold: .max, value: 0))
            for step in steps[Int(row.start)..<Int(row.end)] {
                if step.threshold < last.threshold || step.threshold > Self.stepLimit { ascending = false }
                laidOut.append(step)
                last = step
            }
            stepRules[k].start = start
            stepRules[k].end = Int32(laidOut.count)
        }
        steps = laidOut
        // Stable: rows of one width keep rule order.
        stepRules = stepRules.enumerated().sorted { a, b in
            let (x, y) = (a.element.end - a.element.start, b.element.end - b.element.start)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        return ascending
    }

    /// The largest magnitude of a threshold the branch-free steps loop compares (2⁶¹):
    /// with the input clamped to ±2⁶², the difference of the two cannot overflow.
    static let stepLimit: Int64 = 1 << 61

    /// Tables of at most this many steps are padded to it with steps never reached, so
    /// that their loop runs a constant number of times (unrolled, without a loop).
    static let narrowWidth = 4

    /// The threshold of a padding step: above every input the steps loop compares (inputs
    /// are clamped to `-2·stepLimit...2·stepLimit − 1`), and the difference of the two
    /// cannot overflow.
    static let unreached: Int64 = 2 * stepLimit

    /// The largest magnitude of a constant a lowered rule can count: an award, a step's
    /// value, an unassessed rule's upper bound (`upper`). (Per-unit counts and judgements
    /// depend on the findings; their loops report their values' spread.)
    func constantMagnitude(_ upper: [Int64]) -> UInt64 {
        var most: UInt64 = 0
        for u in upper { most = max(most, u.magnitude) }
        for row in comparisons { most = max(most, row.award.magnitude) }
        for row in conditions { most = max(most, row.award.magnitude) }
        for row in truthTables { most = max(most, row.award.magnitude) }
        for step in steps { most = max(most, step.value.magnitude) }
        for row in linears { most = max(most, row.award.magnitude) }
        return most
    }

    /// Whether no constant a lowered rule can count is negative: awards and step values
    /// (a step table's lookup entries are its step values; an unassessed rule counts 0).
    /// Per-unit counts and judgements depend on the findings; their loops report their signs.
    func constantsNonNegative() -> Bool {
        comparisons.allSatisfy { $0.award >= 0 } && conditions.allSatisfy { $0.award >= 0 }
            && truthTables.allSatisfy { $0.award >= 0 } && steps.allSatisfy { $0.value >= 0 }
            && linears.allSatisfy { $0.award >= 0 }
    }

    static func input(_ input: CompiledInput) -> FixedPointInput {
        switch input {
        case .value(let f): FixedPointInput(kind: .value, fact: Int32(f))
        case .integerPart(let f): FixedPointInput(kind: .integerPart, fact: Int32(f))
        case .countOf(let f, let start, let count):
            FixedPointInput(kind: .countOf, fact: Int32(f), start: Int32(start), count: Int32(count))
        }
    }

    /// A single test as an interval over one scalar, if `op` is one.
    func leaf(_ op: ConditionOp) -> (slot: Int32, low: Int64, span: UInt64, negate: UInt64)? {
        switch op {
        case .positive(let f):
            return (Int32(f), 1, UInt64(Int64.max - 1), 0)
        case .member(_, let slot):
            return (Int32(factCount + slot), 1, 0, 0)
        case .compareConstant(let op, let f, let c):
            guard let c = MicroUnits.of(c) else { return nil }
            let (low, high): (Int64, Int64)
            switch op {
            case .equal, .notEqual: (low, high) = (c, c)
            case .less: (low, high) = (.min, c - 1)
            case .lessEqual: (low, high) = (.min, c)
            case .greater:
                guard c < .max else { return nil }
                (low, high) = (c + 1, .max)
            case .greaterEqual: (low, high) = (c, .max)
            }
            return (Int32(f), low, UInt64(bitPattern: high &- low), op == .notEqual ? 1 : 0)
        default:
            return nil
        }
    }

    /// One instruction of a compound condition.
    func op(_ op: ConditionOp) -> FixedPointOp? {
        switch op {
        case .positive, .member, .compareConstant:
            guard let test = leaf(op) else { return nil }
            return FixedPointOp(
                code: .test, flag: UInt8(test.negate), a: test.slot, low: test.low, span: test.span)
        case .compareFacts(let op, let a, let b):
            guard let index = ComparisonOperator.allCases.firstIndex(of: op) else { return nil }
            return FixedPointOp(code: .compareFacts, flag: UInt8(index), a: Int32(a), b: Int32(b))
        case .members(let f, let start, let count, let all):
            return FixedPointOp(code: .members, flag: all ? 1 : 0, a: Int32(f), b: Int32(start), count: Int32(count))
        case .constant(let truth):
            return FixedPointOp(code: .constant, flag: truth ? 1 : 0)
        case .not: return FixedPointOp(code: .not, flag: 0)
        case .and: return FixedPointOp(code: .and, flag: 0)
        case .or: return FixedPointOp(code: .or, flag: 0)
        }
    }
}
