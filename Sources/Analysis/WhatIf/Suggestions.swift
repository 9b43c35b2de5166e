import Engine

/// An open fact or judgement and what assessing it could give.
public struct OpenSuggestion: Sendable {
    /// What is open.
    public enum Item: Sendable, Equatable {
        /// A fact read by some rule and not assessed.
        case fact(Int)
        /// A judgement rule without a judgement.
        case judgement(rule: Int)
    }

    /// What is open.
    public var item: Item
    /// The most assessing it could add to the total: its rules' bounds, within their
    /// subareas' and areas' room (other open facts assessed at best).
    public var bound: Rational
    /// The assessment that gains most with everything else as it is, if any gains.
    public var best: [FindingChange]
    /// The rule `best` is written for (a judgement names its rule).
    public var rule: Int
    /// What `best` gives, re-scored.
    public var gain: ScoreDelta?
}

/// A change of assessed findings that raises the score.
public struct ChangeSuggestion: Sendable {
    /// The finding changes: the smallest that raises the score for the rules named.
    public var changes: [FindingChange]
    /// The rules for which it is the smallest raising change, in instrument order.
    public var rules: [Int]
    /// What it does alone, re-scored against the evidence.
    public var gain: ScoreDelta
}

/// What to assess and what to change to raise a score, each gain verified by re-scoring.
public struct Suggestions: Sendable {
    /// The instrument.
    public var instrument: Instrument
    /// The evidence.
    public var evidence: Evidence
    /// The evidence's input.
    public var input: EvaluationInput
    /// The evidence's score.
    public var score: Score
    /// Open facts and judgements, by bound, then verified gain, then instrument order.
    public var open: [OpenSuggestion]
    /// Changes of assessed facts with a positive gain, by gain, then fewer changes, then rule order.
    public var changes: [ChangeSuggestion]
    /// Subareas set by an override, where findings change nothing.
    public var overridden: [Int]
}

extension Suggestions {
    /// Finds the suggestions for evidence: every candidate change is re-scored with an
    /// ``IncrementalEvaluator``, never summed from what the rule kinds claim.
    public init(instrument: Instrument, evidence: Evidence) throws(ArithmeticOverflow) {
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        var evaluator = try IncrementalEvaluator(instrument: instrument, base: input)
        let score = evaluator.baseScore
        var finder = SuggestionFinder(instrument: instrument, input: input, score: score)
        let open = try finder.open(&evaluator)
        let changes = try finder.changes(&evaluator)
        self.init(
            instrument: instrument, evidence: evidence, input: input, score: score, open: open, changes: changes,
            overridden: instrument.subareas.indices.filter { score.subareas[$0].override != nil })
    }
}

/// The search behind ``Suggestions``.
struct SuggestionFinder {
    let instrument: Instrument
    let input: EvaluationInput
    let score: Score

    func rescore(_ changes: [FindingChange], rule: Int, _ evaluator: inout IncrementalEvaluator) throws(ArithmeticOverflow) -> ScoreDelta {
        var changed = input
        for change in changes {
            if let value = change.value { changed.values[change.fact] = value } else { changed.judgements[rule] = change.judgement }
        }
        return try ScoreDelta(from: score, to: evaluator.score(changed), instrument: instrument)
    }

    mutating func open(_ evaluator: inout IncrementalEvaluator) throws(ArithmeticOverflow) -> [OpenSuggestion] {
        var found: [OpenSuggestion] = []
        for fact in score.unassessed {
            let rules = instrument.rules.indices.filter { instrument.rules[$0].kind.factsRead.contains(fact) }
            var best: (changes: [FindingChange], gain: ScoreDelta)?
            for value in try candidates(fact, rules: rules) {
                let change = [FindingChange(fact: fact, value: value)]
                let gain = try rescore(change, rule: rules[0], &evaluator)
                if gain.total > (best?.gain.total ?? .zero) { best = (change, gain) }
            }
            found.append(OpenSuggestion(
                item: .fact(fact), bound: try bound(rules), best: best?.changes ?? [], rule: rules[0], gain: best?.gain))
        }
        for rule in score.unjudged {
            let reader = FactReader(values: input.values, judgement: nil)
            var best: (changes: [FindingChange], gain: ScoreDelta)?
            for improvement in try instrument.rules[rule].kind.improvements(reader) where improvement.changes.allSatisfy({ $0.value == nil }) {
                let gain = try rescore(improvement.changes, rule: rule, &evaluator)
                if gain.total > (best?.gain.total ?? .zero) { best = (improvement.changes, gain) }
            }
            found.append(OpenSuggestion(
                item: .judgement(rule: rule), bound: try bound([rule]), best: best?.changes ?? [], rule: rule, gain: best?.gain))
        }
        return found.enumerated().sorted { x, y in
            if x.element.bound != y.element.bound { return x.element.bound > y.element.bound }
            let gx = x.element.gain?.total ?? .zero
            let gy = y.element.gain?.total ?? .zero
            return gx != gy ? gx > gy : x.offset < y.offset
        }.map(\.element)
    }

    /// Values worth trying for an open fact: every level, both flags, a closed set's whole
    /// list, and the values the rules reading it name as improvements (climbed to their best).
    func candidates(_ fact: Int, rules: [Int]) throws(ArithmeticOverflow) -> [FactValue] {
        var values: [FactValue] = []
        func add(_ value: FactValue) { if !values.contains(value) { values.append(value) } }
        switch instrument.facts[fact].type {
        case .flag: add(.flag(true)); add(.flag(false))
        case .level(let ladder): for level in instrument.ladders[ladder].levels.indices.reversed() { add(.level(level)) }
        case .set(let closed?): add(.set(closed))
        case .set, .number: break
        }
        for rule in rules {
            var current = input.values
            for _ in 0..<64 {
                let reader = FactReader(values: current, judgement: input.judgements[rule])
                let steps = try instrument.rules[rule].kind.improvements(reader).filter { improvement in
                    improvement.changes.allSatisfy { $0.fact == fact && $0.value != nil }
                }
                guard let last = steps.last, let value = last.changes.last?.value else { break }
                for step in steps { if let value = step.changes.last?.value { add(value) } }
                guard current[fact] != value else { break }
                current[fact] = value
            }
        }
        return values
    }

    /// The most the rules could add: their bounds' spread, within each subarea's and area's room.
    func bound(_ rules: [Int]) throws(ArithmeticOverflow) -> Rational {
        var bySubarea: [(subarea: Int, room: Rational)] = []
        for subarea in Set(rules.map { instrument.rules[$0].subarea }).sorted() where score.subareas[subarea].override == nil {
            var spread = Rational.zero
            for rule in rules where instrument.rules[rule].subarea == subarea {
                spread = try spread.adding(score.rules[rule].bounds.max.subtracting(score.rules[rule].bounds.min))
            }
            let room = try instrument.subareas[subarea].max.subtracting(score.subareas[subarea].points)
            bySubarea.append((subarea, Swift.min(spread, Swift.max(room, .zero))))
        }
        var total = Rational.zero
        for area in Set(bySubarea.map { instrument.subareas[$0.subarea].area }).sorted() {
            var sum = Rational.zero
            for entry in bySubarea where instrument.subareas[entry.subarea].area == area { sum = try sum.adding(entry.room) }
            let room = try instrument.areas[area].max.subtracting(score.areas[area].points)
            total = try total.adding(Swift.min(sum, Swift.max(room, .zero)))
        }
        return total
    }

    mutating func changes(_ evaluator: inout IncrementalEvaluator) throws(ArithmeticOverflow) -> [ChangeSuggestion] {
        var found: [ChangeSuggestion] = []
        for (rule, definition) in instrument.rules.enumerated() where score.subareas[definition.subarea].override == nil {
            let reader = FactReader(values: input.values, judgement: input.judgements[rule])
            for improvement in try definition.kind.improvements(reader) {
                let assessed = improvement.changes.allSatisfy { $0.value != nil && input.values[$0.fact] != nil }
                guard assessed, !improvement.changes.isEmpty else { continue }
                if let index = found.firstIndex(where: { $0.changes == improvement.changes }) {
                    found[index].rules.append(rule)
                    break
                }
                let gain = try rescore(improvement.changes, rule: rule, &evaluator)
                guard gain.total > .zero else { continue }
                found.append(ChangeSuggestion(changes: improvement.changes, rules: [rule], gain: gain))
                break
            }
        }
        return found.enumerated().sorted { x, y in
            if x.element.gain.total != y.element.gain.total { return x.element.gain.total > y.element.gain.total }
            if x.element.changes.count != y.element.changes.count { return x.element.changes.count < y.element.changes.count }
            return x.offset < y.offset
        }.map(\.element)
    }
}
