import Engine
import Workloads

/// Random findings for the differential tests, drawn over each fact's type: flags, levels
/// of the fact's ladder, numbers in tenths, sets from the closed list or from a pool of
/// items (those the generators use and those already found); facts made unassessed;
/// judgements in sixths of their maximum; overrides in sevenths of their subarea's maximum.
struct RandomFindings {
    let instrument: Instrument
    var random: SplitMix64
    /// The items open sets are drawn from.
    let items: [String]
    let judgedRules: [Int]

    init(_ instrument: Instrument, seed: UInt64, seen: EvaluationInput? = nil) {
        self.instrument = instrument
        random = SplitMix64(seed: seed)
        var pool = Set(InstrumentGenerator.vocabulary + RandomInstrumentGenerator.items)
        for case .set(let found)? in seen?.values ?? [] { pool.formUnion(found) }
        items = pool.sorted()
        judgedRules = instrument.rules.indices.filter { instrument.rules[$0].kind.readsJudgement }
    }

    /// A value for a fact, or nil (unassessed) one time in six.
    mutating func value(of fact: Int) -> FactValue? {
        guard random.int(0..<6) != 0 else { return nil }
        switch instrument.facts[fact].type {
        case .flag: return .flag(random.chance(0.5))
        case .level(let ladder): return .level(random.int(0..<instrument.ladders[ladder].levels.count))
        case .number: return .number(Rational(numerator: Int64(random.int(0...1000)), denominator: 10) ?? .zero)
        case .set(let closed):
            let pool = closed ?? items
            return .set(FactValue.normalizedItems(pool.filter { _ in random.chance(0.4) }))
        }
    }

    /// A judgement for a rule that reads one, or nil one time in five.
    mutating func judgement(of rule: Int) -> Rational? {
        guard random.int(0..<5) != 0 else { return nil }
        let maximum = instrument.rules[rule].kind.judgementMaximum ?? .one
        let share = Rational(numerator: Int64(random.int(0...6)), denominator: 6) ?? .zero
        return try? maximum.multiplied(by: share)
    }

    /// An override of a subarea, or nil one time in two.
    mutating func override(of subarea: Int) -> Verdict? {
        guard random.chance(0.5) else { return nil }
        let share = Rational(numerator: Int64(random.int(0...7)), denominator: 7) ?? .zero
        let value = (try? instrument.subareas[subarea].max.multiplied(by: share)) ?? .zero
        return Verdict(
            target: subarea, value: value, reason: "random", by: nil,
            span: SourceSpan(path: "random", start: SourceLocation(line: 1, column: 1), length: 1))
    }

    /// Findings drawn afresh for every fact and judgement, with an override one subarea in twenty.
    mutating func input() -> EvaluationInput {
        var input = EvaluationInput(instrument: instrument)
        for fact in instrument.facts.indices { input.values[fact] = value(of: fact) }
        for rule in judgedRules { input.judgements[rule] = judgement(of: rule) }
        for subarea in instrument.subareas.indices where random.int(0..<20) == 0 {
            input.overrides[subarea] = override(of: subarea)
        }
        return input
    }

    /// `input` with `count` facts given new values (or made unassessed), and now and then
    /// a judgement or an override changed.
    mutating func changed(_ input: EvaluationInput, facts count: Int) -> EvaluationInput {
        var changed = input
        guard !instrument.facts.isEmpty else { return changed }
        for _ in 0..<count {
            let fact = random.int(0..<instrument.facts.count)
            changed.values[fact] = value(of: fact)
        }
        if !judgedRules.isEmpty, random.chance(0.5) {
            let rule = random.pick(judgedRules)
            changed.judgements[rule] = judgement(of: rule)
        }
        if !instrument.subareas.isEmpty, random.chance(0.3) {
            let subarea = random.int(0..<instrument.subareas.count)
            changed.overrides[subarea] = override(of: subarea)
        }
        return changed
    }

    /// `base`, then `count` inputs each changed a little from the one before.
    mutating func chain(from base: EvaluationInput, count: Int, facts: Int) -> [EvaluationInput] {
        var inputs = [base]
        for _ in 0..<count { inputs.append(changed(inputs[inputs.count - 1], facts: facts)) }
        return inputs
    }
}
