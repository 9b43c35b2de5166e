extension CompiledInstrument {
    /// Scores bound findings into `scratch` with exact `Rational` values: rule values,
    /// subarea, area and total points with bounds. Calls no plugin for lowered rules and
    /// allocates nothing. The reference for, and fallback of, the fixed-point evaluator.
    public func evaluate(_ facts: BoundFacts, into scratch: inout CompiledScratch) throws(ArithmeticOverflow) {
        for r in rules.indices {
            try evaluateRule(r, facts, &scratch)
        }
        try aggregation.aggregate(&scratch.buffers, overrides: facts.override)
    }

    /// Scores bound findings with the full trace: the ``Score`` read from the buffers of
    /// the same evaluation. Tries the fixed-point evaluator first and falls back to
    /// ``evaluate(_:into:)`` (exact `Rational`) when it is not representable; either way
    /// `scratch.buffers` holds the evaluation's buffers afterwards.
    public func score(_ facts: BoundFacts, scratch: inout CompiledScratch) throws(ArithmeticOverflow) -> Score {
        try scoreReportingPath(facts, scratch: &scratch).score
    }

    /// Scores findings with a scratch space of its own (fixed-point first, as
    /// ``score(_:scratch:)``).
    public func score(_ input: EvaluationInput) throws(ArithmeticOverflow) -> Score {
        try scoreReportingPath(input).score
    }

    @inline(__always)
    func set(_ r: Int, _ value: Rational, _ upper: Rational, _ assessed: Bool, _ s: inout CompiledScratch) {
        s.buffers.value[r] = value
        s.buffers.upper[r] = upper
        s.buffers.assessed[r] = assessed
        s.buffers.ownCut[r] = .zero
    }

    @inline(__always)
    func read(_ input: CompiledInput, _ facts: BoundFacts) -> Rational? {
        switch input {
        case .value(let f):
            return facts.assessed[f] ? facts.scalar[f] : nil
        case .integerPart(let f):
            return facts.assessed[f] ? Rational(facts.scalar[f].integerPart()) : nil
        case .countOf(let f, let start, let count):
            guard facts.assessed[f] else { return nil }
            var held: Int64 = 0
            for i in start..<(start + count) where facts.member[slots.lists[i]] { held += 1 }
            return Rational(held)
        }
    }

    func evaluateRule(_ r: Int, _ facts: BoundFacts, _ s: inout CompiledScratch) throws(ArithmeticOverflow) {
        switch rules[r] {
        case .condition(let start, let end, let award):
            switch run(start, end, facts, &s.stack) {
            case 1: set(r, award, award, true, &s)
            case 0: set(r, .zero, .zero, true, &s)
            default: set(r, .zero, award, false, &s)
            }
        case .steps(let input, let start, let end):
            guard let x = read(input, facts) else { return set(r, .zero, best[r], false, &s) }
            var v = Rational.zero
            for i in start..<end {
                let step = steps[i]
                if step.strict ? x > step.threshold : x >= step.threshold { v = step.value }
            }
            set(r, v, v, true, &s)
        case .perUnit(let input, let award, let cap):
            guard let count = read(input, facts) else { return set(r, .zero, best[r], false, &s) }
            let raw = try award.multiplied(by: count)
            let kept = min(raw, cap)
            set(r, kept, kept, true, &s)
            s.buffers.ownCut[r] = try raw.subtracting(kept)
        case .linear(let input, let from, let span, let award):
            guard let x = read(input, facts) else { return set(r, .zero, best[r], false, &s) }
            let share = try x.subtracting(from).divided(by: span).clamped(to: Rational.zero...Rational.one)
            let v = try award.multiplied(by: share)
            set(r, v, v, true, &s)
        case .judgement(let maximum, let weighted):
            guard facts.judged[r] else { return set(r, .zero, best[r], false, &s) }
            let v = weighted ? try facts.judgement[r].divided(by: maximum) : facts.judgement[r]
            set(r, v, v, true, &s)
        case .plugin:
            let reader = FactReader(values: facts.input.values, judgement: facts.input.judgements[r])
            let outcome = try instrument.rules[r].kind.evaluate(reader)
            set(r, outcome.value, outcome.upper, outcome.assessed, &s)
            s.buffers.ownCut[r] = outcome.ownCapCut
        }
    }

    /// Runs a condition program: 0 no, 1 yes, 2 unknown.
    func run(_ start: Int, _ end: Int, _ facts: BoundFacts, _ stack: inout [UInt8]) -> UInt8 {
        var top = -1
        for i in start..<end {
            switch ops[i] {
            case .positive(let f):
                top += 1
                stack[top] = facts.assessed[f] ? (facts.scalar[f] > .zero ? 1 : 0) : 2
            case .compareConstant(let op, let f, let c):
                top += 1
                stack[top] = facts.assessed[f] ? (op.holds(facts.scalar[f], c) ? 1 : 0) : 2
            case .compareFacts(let op, let a, let b):
                top += 1
                stack[top] = facts.assessed[a] && facts.assessed[b] ? (op.holds(facts.scalar[a], facts.scalar[b]) ? 1 : 0) : 2
            case .member(let f, let slot):
                top += 1
                stack[top] = facts.assessed[f] ? (facts.member[slot] ? 1 : 0) : 2
            case .members(let f, let first, let count, let all):
                top += 1
                if !facts.assessed[f] {
                    stack[top] = 2
                } else {
                    var held = 0
                    for k in first..<(first + count) where facts.member[slots.lists[k]] { held += 1 }
                    stack[top] = (all ? held == count : held > 0) ? 1 : 0
                }
            case .constant(let truth):
                top += 1
                stack[top] = truth ? 1 : 0
            case .not:
                let v = stack[top]
                stack[top] = v == 2 ? 2 : 1 - v
            case .and:
                let b = stack[top]
                top -= 1
                let a = stack[top]
                stack[top] = a == 0 || b == 0 ? 0 : (a == 1 && b == 1 ? 1 : 2)
            case .or:
                let b = stack[top]
                top -= 1
                let a = stack[top]
                stack[top] = a == 1 || b == 1 ? 1 : (a == 0 && b == 0 ? 0 : 2)
            }
        }
        return stack[0]
    }
}
