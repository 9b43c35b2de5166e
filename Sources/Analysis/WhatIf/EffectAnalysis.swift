import Engine

/// Explains what a change did between two scores: which rules, subareas and areas did
/// not pass its effect on, and why (a cap reached, a condition missing, an override).
public enum EffectAnalysis {
    /// The notes for changes that turn `before` into `after`, each input with its score.
    /// Rules are visited in instrument order, then their subareas, then their areas.
    public static func notes(
        _ instrument: Instrument, changes: [PlanChange],
        before: EvaluationInput, _ beforeScore: Score, after: EvaluationInput, _ afterScore: Score
    ) throws(ArithmeticOverflow) -> [EffectNote] {
        var notes: [EffectNote] = []
        var facts: [Int] = []
        for change in changes where !facts.contains(change.fact) { facts.append(change.fact) }
        let readers = instrument.rules.indices.filter { !Set(instrument.rules[$0].kind.factsRead).isDisjoint(with: facts) }
        var changed: [Int] = []
        for fact in facts {
            if before.values[fact] == after.values[fact] {
                notes.append(.unchanged(fact: fact))
            } else if !readers.contains(where: { instrument.rules[$0].kind.factsRead.contains(fact) }) {
                notes.append(.unread(fact: fact))
            } else {
                changed.append(fact)
            }
        }
        var subareas: [Int] = []
        for rule in readers where !Set(instrument.rules[rule].kind.factsRead).isDisjoint(with: changed) {
            notes += try ruleNotes(instrument, rule, changed: changed, after: after, beforeScore, afterScore)
            let subarea = instrument.rules[rule].subarea
            if !subareas.contains(subarea) { subareas.append(subarea) }
        }
        var areas: [Int] = []
        for subarea in subareas {
            var gained = Rational.zero
            for rule in instrument.subareas[subarea].rules {
                gained = try gained.adding(afterScore.rules[rule].points.subtracting(beforeScore.rules[rule].points))
            }
            let after = afterScore.subareas[subarea]
            if after.override != nil {
                if gained != .zero { notes.append(.override(subarea: subarea)) }
            } else {
                let computed = try after.computed.subtracting(beforeScore.subareas[subarea].computed)
                if gained > .zero, computed < gained {
                    notes.append(.subareaCap(subarea: subarea, cut: try gained.subtracting(computed)))
                }
            }
            let area = instrument.subareas[subarea].area
            if !areas.contains(area) { areas.append(area) }
        }
        for area in areas.sorted() {
            var gained = Rational.zero
            for subarea in instrument.areas[area].subareas {
                gained = try gained.adding(afterScore.subareas[subarea].points.subtracting(beforeScore.subareas[subarea].points))
            }
            let delta = try afterScore.areas[area].points.subtracting(beforeScore.areas[area].points)
            if gained > .zero, delta < gained { notes.append(.areaCap(area: area, cut: try gained.subtracting(delta))) }
        }
        return notes
    }

    private static func ruleNotes(
        _ instrument: Instrument, _ rule: Int, changed: [Int], after: EvaluationInput, _ beforeScore: Score,
        _ afterScore: Score
    ) throws(ArithmeticOverflow) -> [EffectNote] {
        let kind = instrument.rules[rule].kind
        let old = beforeScore.rules[rule]
        let new = afterScore.rules[rule]
        var notes: [EffectNote] = []
        if new.outcome.ownCapCut > old.outcome.ownCapCut {
            notes.append(.ruleCap(rule: rule, cut: try new.outcome.ownCapCut.subtracting(old.outcome.ownCapCut)))
        }
        if new.points < old.points {
            notes.append(.lowers(rule: rule, by: try old.points.subtracting(new.points)))
        } else if new.points == old.points, notes.isEmpty {
            if !new.outcome.assessed {
                var open: [Int] = []
                for fact in kind.factsRead where after.values[fact] == nil && !open.contains(fact) { open.append(fact) }
                notes.append(.unassessed(rule: rule, facts: open))
            } else if new.outcome.value >= kind.best {
                notes.append(.atBest(rule: rule))
            } else {
                let reader = FactReader(values: after.values, judgement: after.judgements[rule])
                if let next = try kind.improvements(reader).first {
                    let others = next.changes.contains { $0.value == nil || !changed.contains($0.fact) }
                    notes.append(others ? .conditionMissing(rule: rule, needs: next.changes) : .notEnough(rule: rule, needs: next.changes))
                }
            }
        }
        return notes
    }
}
