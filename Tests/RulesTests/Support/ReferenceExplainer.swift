import Engine

/// The straightforward explanation, for checking ``Explainer``: every candidate change is
/// applied to a copy of the findings and the whole instrument re-scored with the plain
/// evaluator; "every rule at its best" aggregates a copy of every rule's outcome. It
/// costs O(rules) per change, so it is for tests only.
struct ReferenceExplainer {
    /// One step of a rule's way to its best, as ``Headroom/Step`` has it.
    struct Step: Equatable {
        var changes: [FindingChange]
        var ruleValue: Rational
        var gain: Rational
    }

    /// One headroom option, as ``Headroom`` has it.
    struct Option: Equatable {
        var rule: Int
        var ruleID: String
        var changes: [FindingChange]
        var gain: Rational
        var steps: [Step]

        init(rule: Int, ruleID: String, changes: [FindingChange], gain: Rational, steps: [Step]) {
            self.rule = rule
            self.ruleID = ruleID
            self.changes = changes
            self.gain = gain
            self.steps = steps
        }

        /// The explainer's option, for comparison.
        init(_ headroom: Headroom) {
            self.init(
                rule: headroom.rule, ruleID: headroom.ruleID, changes: headroom.changes, gain: headroom.gain,
                steps: headroom.steps.map { Step(changes: $0.changes, ruleValue: $0.ruleValue, gain: $0.gain) })
        }
    }

    /// A reconciliation, as ``Reconciliation`` has it.
    struct Accounting {
        var missing: Rational
        var together: Rational
        var rest: [Reconciliation.Rest]
    }

    /// One subarea's headroom (best gain first) and reconciliation.
    struct SubareaAnswer {
        var headroom: [Option]
        var reconciliation: Accounting
    }

    let instrument: Instrument
    let input: EvaluationInput
    let evaluator: Evaluator
    /// The findings scored by the plain evaluator.
    let base: Score
    let outcomes: [RuleOutcome]

    init(_ instrument: Instrument, _ input: EvaluationInput) throws {
        self.instrument = instrument
        self.input = input
        evaluator = Evaluator(instrument: instrument)
        base = try evaluator.score(input)
        outcomes = try evaluator.outcomes(input)
    }

    /// The findings with a rule's changes made (merged as the explainer merges them).
    func changed(_ input: EvaluationInput, _ changes: [FindingChange], rule: Int) -> EvaluationInput {
        CompiledDifferentialTests.applying(changes, rule: rule, to: input)
    }

    /// The whole instrument scored with `rules` at their best, whatever the findings, and
    /// `subarea`'s override left out.
    func atBest(_ rules: [Int], subarea: Int) throws -> Score {
        var outcomes = self.outcomes
        for r in rules { outcomes[r] = .assessed(instrument.rules[r].kind.best) }
        var input = self.input
        input.overrides[subarea] = nil
        return try Aggregation(instrument: instrument).score(outcomes, input: input)
    }

    /// A rule's way to its best: every improvement its kind names, each re-scored alone.
    func option(rule r: Int, subarea s: Int) throws -> Option? {
        let current = base.subareas[s].points
        var steps: [Step] = []
        let reader = FactReader(values: input.values, judgement: input.judgements[r])
        for improvement in try instrument.rules[r].kind.improvements(reader) {
            let after = try evaluator.score(changed(input, improvement.changes, rule: r)).subareas[s].points
            steps.append(
                Step(changes: improvement.changes, ruleValue: improvement.value, gain: try after.subtracting(current)))
        }
        guard let best = steps.popLast() else { return nil }
        return Option(rule: r, ruleID: instrument.rules[r].id, changes: best.changes, gain: best.gain, steps: steps)
    }

    /// A subarea explained.
    func subarea(_ s: Int) throws -> SubareaAnswer {
        var headroom: [Option] = []
        if base.subareas[s].override == nil {
            for r in instrument.subareas[s].rules {
                if let option = try option(rule: r, subarea: s) { headroom.append(option) }
            }
        }
        headroom.sort { $0.gain != $1.gain ? $0.gain > $1.gain : $0.rule < $1.rule }
        return SubareaAnswer(headroom: headroom, reconciliation: try reconcile(s, headroom))
    }

    /// Where a subarea's missing points are (DESIGN.md, "Explanations").
    func reconcile(_ s: Int, _ headroom: [Option]) throws -> Accounting {
        let subarea = instrument.subareas[s]
        let points = base.subareas[s].points
        let missing = Swift.max(.zero, try subarea.max.subtracting(points))
        guard missing > .zero else { return Accounting(missing: .zero, together: .zero, rest: []) }
        if base.subareas[s].override != nil {
            return Accounting(missing: missing, together: .zero, rest: [.override(missing)])
        }
        var scenario = input
        for option in headroom.sorted(by: { $0.rule < $1.rule }) {
            scenario = changed(scenario, option.changes, rule: option.rule)
        }
        let after = try evaluator.score(scenario)
        let together = try after.subareas[s].points.subtracting(points)
        let ceiling = try atBest(subarea.rules, subarea: s).subareas[s].points
        var rest: [Reconciliation.Rest] = []
        let ceilingGap = try subarea.max.subtracting(ceiling)
        if ceilingGap > .zero { rest.append(.ceiling(ceilingGap)) }
        let remainder = try missing.subtracting(together).subtracting(ceilingGap)
        if remainder != .zero {
            let listed = Set(headroom.map(\.rule))
            let below = subarea.rules.filter { after.rules[$0].outcome.value < instrument.rules[$0].kind.best }
            let stuck = below.filter { !listed.contains($0) }.map { instrument.rules[$0].id }
            let short = below.filter { listed.contains($0) }.map { instrument.rules[$0].id }
            rest.append(
                !stuck.isEmpty
                    ? .unreachable(remainder, rules: stuck)
                    : !short.isEmpty ? .notToBest(remainder, rules: short) : .interaction(remainder))
        }
        return Accounting(missing: missing, together: together, rest: rest)
    }

    /// One rule's reconciliation, given its headroom option.
    func reconcile(rule r: Int, _ option: Option?) throws -> Accounting {
        let s = instrument.rules[r].subarea
        let best = try atBest([r], subarea: s).rules[r].points
        let missing = try best.subtracting(base.rules[r].points)
        guard missing > .zero else { return Accounting(missing: .zero, together: .zero, rest: []) }
        if base.subareas[s].override != nil {
            return Accounting(missing: missing, together: .zero, rest: [.override(missing)])
        }
        guard let option else {
            return Accounting(
                missing: missing, together: .zero, rest: [.unreachable(missing, rules: [instrument.rules[r].id])])
        }
        let cut = try missing.subtracting(option.gain)
        return Accounting(missing: missing, together: option.gain, rest: cut > .zero ? [.cap(cut)] : [])
    }
}
