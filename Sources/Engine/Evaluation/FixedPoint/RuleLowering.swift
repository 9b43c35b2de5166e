/// Lowers each compiled rule to a row of its primitive kind's table (see
/// FixedPointTables.swift); fails for a plugin call or a constant that is not a whole
/// number of micro-units.
struct RuleLowering {
    let compiled: CompiledInstrument
    var comparisons: [FixedPointComparison] = []
    var conditions: [FixedPointCondition] = []
    var ops: [FixedPointOp] = []
    var stepRules: [FixedPointSteps] = []
    var steps: [FixedPointStep] = []
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
            let first = Int32(ops.count)
            for op in compiled.ops[start..<end] {
                guard let lowered = self.op(op) else { return false }
                ops.append(lowered)
            }
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
