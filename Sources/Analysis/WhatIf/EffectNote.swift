import Engine

/// Why a change earns less than its rules' values rose, or nothing at all.
public enum EffectNote: Sendable, Equatable {
    /// The finding already has the value the change gives.
    case unchanged(fact: Int)
    /// No rule reads the fact.
    case unread(fact: Int)
    /// The rule is already at its best value.
    case atBest(rule: Int)
    /// The rule's own `cap` cut this much more than before (in the rule's values: points, or
    /// a satisfaction in a weighted subarea).
    case ruleCap(rule: Int, cut: Rational)
    /// The rule gives nothing more until other findings change too (a condition is missing);
    /// `needs` is the smallest change the rule itself names.
    case conditionMissing(rule: Int, needs: [FindingChange])
    /// The change is too small for the rule's next step; `needs` is the step it names.
    case notEnough(rule: Int, needs: [FindingChange])
    /// The rule stays unassessed because these facts it reads are not assessed.
    case unassessed(rule: Int, facts: [Int])
    /// The rule's points fell by this much.
    case lowers(rule: Int, by: Rational)
    /// The subarea's maximum cut this much of what its rules gained.
    case subareaCap(subarea: Int, cut: Rational)
    /// An override sets the subarea's score, so its rules' gains do not count.
    case override(subarea: Int)
    /// The area's maximum cut this much of what its subareas gained.
    case areaCap(area: Int, cut: Rational)
}

extension EffectNote {
    /// The note as a sentence, with ids and fact paths from the instrument; changes are
    /// written against the findings in `values`.
    public func text(_ instrument: Instrument, values: [FactValue?]) -> String {
        func rule(_ index: Int) -> String { instrument.rules[index].id }
        func fact(_ index: Int) -> String { instrument.facts[index].path }
        func changes(_ list: [FindingChange], _ ruleIndex: Int) -> String {
            list.map { ChangeText.describe($0, rule: ruleIndex, instrument: instrument, values: values) }
                .joined(separator: " and ")
        }
        switch self {
        case .unchanged(let f):
            let value = values[f].map { $0.formatted(ladder: instrument.ladder(ofFact: f)) } ?? "unassessed"
            return "\(fact(f)) is already \(value)"
        case .unread(let f):
            return "no rule reads \(fact(f))"
        case .atBest(let r):
            return "rule \(rule(r)) is already at its best"
        case .ruleCap(let r, let cut):
            let best = instrument.rules[r].kind.best.decimalString()
            if instrument.subareas[instrument.rules[r].subarea].mode == .weighted {
                return "the own cap of rule \(rule(r)) (satisfaction \(best)) cuts \(cut.decimalString()) of its satisfaction"
            }
            return "the own cap of rule \(rule(r)) (\(best)) cuts \(cut.decimalString())"
        case .conditionMissing(let r, let needs):
            return "a condition is missing: rule \(rule(r)) also needs \(changes(needs, r))"
        case .notEnough(let r, let needs):
            return "not enough for rule \(rule(r)): it needs \(changes(needs, r))"
        case .unassessed(let r, let facts):
            return "rule \(rule(r)) stays unassessed: \(facts.map(fact).joined(separator: ", ")) not assessed"
        case .lowers(let r, let by):
            return "rule \(rule(r)) loses \(by.decimalString())"
        case .subareaCap(let s, let cut):
            let subarea = instrument.subareas[s]
            return "subarea \(subarea.id) reaches its maximum \(subarea.max.decimalString()): the cap cuts \(cut.decimalString())"
        case .override(let s):
            return "an override sets subarea \(instrument.subareas[s].id); findings do not change it"
        case .areaCap(let a, let cut):
            let area = instrument.areas[a]
            return "area \(area.id) reaches its maximum \(area.max.decimalString()): the cap cuts \(cut.decimalString())"
        }
    }

    /// A short name of the note's kind, for JSON: `ruleCap`, `conditionMissing`, ….
    public var kind: String {
        switch self {
        case .unchanged: "unchanged"
        case .unread: "unread"
        case .atBest: "atBest"
        case .ruleCap: "ruleCap"
        case .conditionMissing: "conditionMissing"
        case .notEnough: "notEnough"
        case .unassessed: "unassessed"
        case .lowers: "lowers"
        case .subareaCap: "subareaCap"
        case .override: "override"
        case .areaCap: "areaCap"
        }
    }

    /// Whether the note says the effect was swallowed or blocked (not merely informative).
    public var swallows: Bool {
        switch self {
        case .ruleCap, .conditionMissing, .notEnough, .subareaCap, .override, .areaCap, .unassessed: true
        case .unchanged, .unread, .atBest, .lowers: false
        }
    }
}
