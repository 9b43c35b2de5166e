import Analysis
import Engine

extension Prose {
    /// Why a change earns less than its rules rose, or nothing, as a sentence in this
    /// language; changes are written against the findings in `values`.
    func sentence(_ note: EffectNote, _ instrument: Instrument, values: [FactValue?]) -> String {
        let words = WhatIfWords.of(self)
        func rule(_ index: Int) -> String { instrument.rules[index].id }
        func fact(_ index: Int) -> String { instrument.facts[index].path }
        func needs(_ changes: [FindingChange], _ ruleIndex: Int) -> String {
            list(changes.map { change($0, rule: ruleIndex, in: instrument, values: values) })
        }
        switch note {
        case .unchanged(let f):
            return words.alreadyValue(fact(f), value(ofFact: f, in: values, instrument: instrument))
        case .unread(let f):
            return words.unread(fact(f))
        case .atBest(let r):
            return words.atBest(rule(r))
        case .ruleCap(let r, let cut):
            let best = instrument.rules[r].kind.best
            if instrument.subareas[instrument.rules[r].subarea].mode == .weighted {
                return words.ruleCapSatisfaction(rule(r), number(best), number(cut))
            }
            return words.ruleCapPoints(rule(r), points(best), points(cut))
        case .conditionMissing(let r, let changes):
            return words.conditionMissing(rule(r), needs(changes, r))
        case .notEnough(let r, let changes):
            return words.notEnough(rule(r), needs(changes, r))
        case .unassessed(let r, let facts):
            return words.staysUnassessed(rule(r), list(facts.map(fact)), facts.count > 1)
        case .lowers(let r, let by):
            return words.loses(rule(r), points(by))
        case .subareaCap(let s, let cut):
            let subarea = instrument.subareas[s]
            return words.subareaCap(subarea.id, points(subarea.max), points(cut))
        case .override(let s):
            return words.overrideSets(instrument.subareas[s].id)
        case .areaCap(let a, let cut):
            let area = instrument.areas[a]
            return words.areaCap(area.id, points(area.max), points(cut))
        }
    }
}
