/// Builds explanations from a scored evidence file, re-scoring to rank the headroom.
public struct Explainer: Sendable {
    let scored: ScoredEvidence
    let input: EvaluationInput

    /// An explainer for a scored evidence file.
    public init(scored: ScoredEvidence) {
        self.scored = scored
        self.input = EvaluationInput(evidence: scored.evidence, instrument: scored.instrument)
    }

    /// Explains a target.
    public func explain(_ target: ExplanationTarget) throws(ArithmeticOverflow) -> Explanation {
        let instrument = scored.instrument
        var explanation = Explanation(
            target: target, area: nil, subareas: [], ruleID: nil, scored: scored)
        switch target {
        case .area(let index):
            let area = instrument.areas[index]
            let score = scored.score.areas[index]
            explanation.area = (area.id, area.title, score.points, area.max, score.bounds)
            for s in area.subareas { explanation.subareas.append(try subarea(s)) }
        case .subarea(let index):
            explanation.subareas = [try subarea(index)]
        case .rule(let index):
            var sub = try subarea(instrument.rules[index].subarea)
            sub.rules = sub.rules.filter { $0.rule == index }
            sub.headroom = sub.headroom.filter { $0.rule == index }
            explanation.subareas = [sub]
            explanation.ruleID = instrument.rules[index].id
        }
        return explanation
    }

    func subarea(_ index: Int) throws(ArithmeticOverflow) -> SubareaExplanation {
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
                    judgement: scored.evidence.judgements.first { $0.target == r }))
            if score.override == nil, let option = try bestChange(rule: r, subarea: index) { headroom.append(option) }
        }
        headroom.sort { $0.gain != $1.gain ? $0.gain > $1.gain : $0.rule < $1.rule }
        return SubareaExplanation(
            subarea: index, id: subarea.id, title: subarea.title, mode: subarea.mode, points: score.points,
            computed: score.computed, max: subarea.max, bounds: score.bounds, capCut: score.capCut,
            override: score.override, rules: rules, unassessed: unassessed, unjudged: unjudged, headroom: headroom)
    }

    /// The smallest change of the rule's findings that raises the subarea, with its gain
    /// alone against the current state.
    func bestChange(rule index: Int, subarea: Int) throws(ArithmeticOverflow) -> Headroom? {
        let instrument = scored.instrument
        let rule = instrument.rules[index]
        let reader = FactReader(values: input.values, judgement: input.judgements[index])
        let current = scored.score.subareas[subarea].points
        for improvement in try rule.kind.improvements(reader) {
            var changed = input
            for change in improvement.changes {
                if let value = change.value { changed.values[change.fact] = value } else { changed.judgements[index] = change.judgement }
            }
            let after = try scored.compiled.score(changed).subareas[subarea].points
            let gain = try after.subtracting(current)
            guard gain > .zero else { continue }
            return Headroom(rule: index, ruleID: rule.id, changes: improvement.changes, gain: gain)
        }
        return nil
    }
}
