import Synchronization

/// Builds explanations from a scored evidence file, re-scoring to rank the headroom.
///
/// A candidate change re-scores only the subarea it is about, incrementally: the
/// changed facts are updated in the bound findings, the subarea's rules re-evaluated
/// into a scratch space and that subarea alone re-aggregated, then both are restored. So
/// explaining every subarea costs O(rules × changes per rule), not O(rules²).
public struct Explainer: Sendable {
    let scored: ScoredEvidence
    let input: EvaluationInput
    let work: ExplainerWork
    /// Per rule, the position of its judgement in the evidence (the first, should it have two).
    let judgementPositions: [Int: Int]

    /// An explainer for a scored evidence file.
    public init(scored: ScoredEvidence) {
        self.scored = scored
        self.input = EvaluationInput(evidence: scored.evidence, instrument: scored.instrument)
        self.work = ExplainerWork(scored.compiled, input)
        var positions: [Int: Int] = [:]
        for (position, judgement) in scored.evidence.judgements.enumerated() where positions[judgement.target] == nil {
            positions[judgement.target] = position
        }
        judgementPositions = positions
    }

    /// Explains a target.
    public func explain(_ target: ExplanationTarget) throws(ArithmeticOverflow) -> Explanation {
        try work.state.withLock { (state: inout ExplainerWork.State) throws(ArithmeticOverflow) -> Explanation in
            try explain(target, &state)
        }
    }

    func explain(_ target: ExplanationTarget, _ state: inout ExplainerWork.State) throws(ArithmeticOverflow) -> Explanation {
        let instrument = scored.instrument
        var explanation = Explanation(
            target: target, area: nil, subareas: [], ruleID: nil, scored: scored)
        switch target {
        case .area(let index):
            let area = instrument.areas[index]
            let score = scored.score.areas[index]
            explanation.area = (area.id, area.title, score.points, area.max, score.bounds)
            for s in area.subareas { explanation.subareas.append(try subarea(s, &state)) }
        case .subarea(let index):
            explanation.subareas = [try subarea(index, &state)]
        case .rule(let index):
            var sub = try subarea(instrument.rules[index].subarea, &state)
            sub.rules = sub.rules.filter { $0.rule == index }
            sub.elsewhere = sub.headroom.filter { $0.rule != index }
            sub.subareaMissing = sub.reconciliation.missing
            sub.headroom = sub.headroom.filter { $0.rule == index }
            sub.reconciliation = try reconcile(rule: index, sub.headroom.first, &state)
            explanation.subareas = [sub]
            explanation.ruleID = instrument.rules[index].id
        }
        return explanation
    }

    func subarea(_ index: Int, _ state: inout ExplainerWork.State) throws(ArithmeticOverflow) -> SubareaExplanation {
        let instrument = scored.instrument
        let subarea = instrument.subareas[index]
        let score = scored.score.subareas[index]
        var rules: [RuleExplanation] = []
        var unassessed: [String] = []
        var unjudged: [String] = []
        var headroom: [Headroom] = []
        for r in subarea.rules {
            let rule = instrument.rules[r]
            let ruleScore = scored.score.rules[r]
            let facts = FactList.distinct(rule.kind.factsRead).map { fact in
                ReadFact(
                    fact: fact, path: instrument.facts[fact].path,
                    value: input.values[fact], ladder: instrument.ladder(ofFact: fact),
                    finding: scored.evidence.finding(of: fact))
            }
            for fact in facts where fact.value == nil && !unassessed.contains(fact.path) { unassessed.append(fact.path) }
            if rule.kind.readsJudgement && input.judgements[r] == nil { unjudged.append(rule.id) }
            rules.append(
                RuleExplanation(
                    rule: r, id: rule.id, title: rule.title, why: rule.why, status: ruleScore.status,
                    points: ruleScore.points, capCut: ruleScore.capCut, ownCapCut: ruleScore.outcome.ownCapCut,
                    bounds: ruleScore.bounds, facts: facts,
                    judgement: judgementPositions[r].map { scored.evidence.judgements[$0] }))
            if score.override == nil, let option = try self.headroom(rule: r, subarea: index, &state) {
                headroom.append(option)
            }
        }
        headroom.sort { $0.gain != $1.gain ? $0.gain > $1.gain : $0.rule < $1.rule }
        return SubareaExplanation(
            subarea: index, id: subarea.id, title: subarea.title, mode: subarea.mode, points: score.points,
            computed: score.computed, max: subarea.max, bounds: score.bounds, capCut: score.capCut,
            override: score.override, rules: rules, unassessed: unassessed, unjudged: unjudged, headroom: headroom,
            reconciliation: try reconcile(index, headroom, &state))
    }

    /// The rule's way to its best: the change that takes it there and the steps on the
    /// way, each re-scored alone against the current state; nil when the rule is at its best
    /// or no change of findings raises it.
    func headroom(rule index: Int, subarea: Int, _ state: inout ExplainerWork.State) throws(ArithmeticOverflow)
        -> Headroom?
    {
        let rule = scored.instrument.rules[index]
        let reader = FactReader(values: input.values, judgement: input.judgements[index])
        let current = scored.score.subareas[subarea].points
        var steps: [Headroom.Step] = []
        for improvement in try rule.kind.improvements(reader) {
            let after = try state.withChanges([(improvement.changes, index)], subarea: subarea) { b in b.subareaPoints[subarea] }
            steps.append(Headroom.Step(changes: improvement.changes, ruleValue: improvement.value, gain: try after.subtracting(current)))
        }
        guard let best = steps.popLast() else { return nil }
        return Headroom(rule: index, ruleID: rule.id, changes: best.changes, gain: best.gain, steps: steps)
    }

    /// Two changes of one fact made together: a set gets both changes' items, a level or
    /// number the higher value; otherwise the later change.
    static func merged(_ earlier: FactValue?, _ value: FactValue) -> FactValue {
        switch (earlier, value) {
        case (.set(let a)?, .set(let b)): .set(FactValue.normalizedItems(a + b))
        case (.level(let a)?, .level(let b)): .level(max(a, b))
        case (.number(let a)?, .number(let b)): .number(max(a, b))
        default: value
        }
    }

    /// Where the missing points are: the listed changes made together (re-scored as one
    /// scenario), the override, what the rules cannot give even at their best, rules no
    /// change raises, and changes that work against each other; these add up to the gap.
    func reconcile(_ index: Int, _ headroom: [Headroom], _ state: inout ExplainerWork.State) throws(ArithmeticOverflow)
        -> Reconciliation
    {
        let subarea = scored.instrument.subareas[index]
        let score = scored.score.subareas[index]
        let missing = Swift.max(.zero, try subarea.max.subtracting(score.points))
        guard missing > .zero else { return Reconciliation(missing: .zero, together: .zero, rest: []) }
        if score.override != nil { return Reconciliation(missing: missing, together: .zero, rest: [.override(missing)]) }
        let scenario = headroom.sorted(by: { $0.rule < $1.rule }).map { ($0.changes, $0.rule) }
        let (after, afterValues) = try state.withChanges(scenario, subarea: index) { b in
            (b.subareaPoints[index], subarea.rules.map { b.value[$0] })
        }
        let together = try after.subtracting(score.points)
        // Every rule at its best, whatever the findings: the most the subarea can give.
        let ceiling = try state.withOutcomes(
            subarea.rules.map { r in
                let best = scored.instrument.rules[r].kind.best
                return (r, RuleOutcome(value: best, upper: best, assessed: true, ownCapCut: .zero))
            }, subarea: index
        ) { b in b.subareaPoints[index] }
        var rest: [Reconciliation.Rest] = []
        let ceilingGap = try subarea.max.subtracting(ceiling)
        if ceilingGap > .zero { rest.append(.ceiling(ceilingGap)) }
        let remainder = try missing.subtracting(together).subtracting(ceilingGap)
        if remainder != .zero {
            let listed = Set(headroom.map(\.rule))
            let below = zip(subarea.rules, afterValues).filter { $1 < scored.instrument.rules[$0].kind.best }.map(\.0)
            let stuck = below.filter { !listed.contains($0) }.map { scored.instrument.rules[$0].id }
            let short = below.filter { listed.contains($0) }.map { scored.instrument.rules[$0].id }
            rest.append(
                !stuck.isEmpty ? .unreachable(remainder, rules: stuck)
                    : !short.isEmpty ? .notToBest(remainder, rules: short) : .interaction(remainder))
        }
        return Reconciliation(missing: missing, together: together, rest: rest)
    }

    /// The reconciliation of one rule: the points it could still add to its subarea (its
    /// best contribution minus its current one), what its change to the best earns, and
    /// what the subarea's maximum or an override keeps from it.
    func reconcile(rule index: Int, _ headroom: Headroom?, _ state: inout ExplainerWork.State) throws(ArithmeticOverflow)
        -> Reconciliation
    {
        let rule = scored.instrument.rules[index]
        let subarea = rule.subarea
        let best = RuleOutcome(value: rule.kind.best, upper: rule.kind.best, assessed: true, ownCapCut: .zero)
        let bestPoints = try state.withOutcomes([(index, best)], subarea: subarea) { b in b.rulePoints[index] }
        let missing = try bestPoints.subtracting(scored.score.rules[index].points)
        guard missing > .zero else { return Reconciliation(missing: .zero, together: .zero, rest: []) }
        if scored.score.subareas[subarea].override != nil {
            return Reconciliation(missing: missing, together: .zero, rest: [.override(missing)])
        }
        guard let headroom else {
            return Reconciliation(missing: missing, together: .zero, rest: [.unreachable(missing, rules: [rule.id])])
        }
        let cut = try missing.subtracting(headroom.gain)
        return Reconciliation(missing: missing, together: headroom.gain, rest: cut > .zero ? [.cap(cut)] : [])
    }
}
