import Engine

/// A finding change given on the command line (`--set FACT=VALUE`, `--add FACT={…}`).
public struct CommandLineChange: Sendable, Equatable {
    /// `--set` or `--add`.
    public var option: String
    /// The change.
    public var change: PlanChange

    /// A change given with an option.
    public init(option: String, change: PlanChange) {
        self.option = option
        self.change = change
    }
}

/// What one action (or one command-line change) does, alone and within the scenario.
public struct ChangeEffect: Sendable {
    /// The action's id, or the option with its change (`--set f = v`).
    public var id: String
    /// The action's title.
    public var title: String?
    /// The action's cost.
    public var cost: Rational?
    /// Its finding changes.
    public var changes: [PlanChange]
    /// What it does applied alone to the evidence.
    public var alone: ScoreDelta
    /// Why, applied alone, it earns less than its rules rose or nothing.
    public var aloneNotes: [EffectNote]
    /// Whether it is a command-line change rather than a plan action.
    public var isCommandLine: Bool
    /// What the scenario loses without it: the total with everything minus the total without it.
    public var inScenario: Rational
    /// Why, within the scenario, it earns less than its rules rose or nothing.
    public var inScenarioNotes: [EffectNote]
}

/// Before and after a scenario: the evidence with some of a plan's actions and
/// command-line changes applied, and what each of them contributes.
public struct WhatIfReport: Sendable {
    /// The instrument.
    public var instrument: Instrument
    /// The evidence the scenario starts from.
    public var evidence: Evidence
    /// The plan, when one is given.
    public var plan: Plan?
    /// The indices of the plan's actions applied, in plan order.
    public var actions: [Int]
    /// The command-line changes, `--add` before `--set`, each in the order given.
    public var extra: [CommandLineChange]
    /// The evidence's input and score.
    public var before: EvaluationInput
    /// The evidence's score.
    public var beforeScore: Score
    /// The scenario's input.
    public var after: EvaluationInput
    /// The scenario's score.
    public var afterScore: Score
    /// Every difference between the two scores.
    public var delta: ScoreDelta
    /// One entry per action, then per command-line change.
    public var effects: [ChangeEffect]
    /// Facts whose value differs between the evidence and the scenario.
    public var changedFacts: [Int]
}

extension WhatIfReport {
    /// Compares the evidence with the scenario of `actions` of `plan` (indices) and the
    /// command-line changes (applied after the plan, `--add` before `--set`).
    public init(
        instrument: Instrument, evidence: Evidence, plan: Plan?, actions: [Int], extra: [CommandLineChange]
    ) throws(ArithmeticOverflow) {
        let base = EvaluationInput(evidence: evidence, instrument: instrument)
        var evaluator = try IncrementalEvaluator(instrument: instrument, base: base)
        let chosen = actions.sorted()
        let ordered = extra.filter { $0.change.isAdd } + extra.filter { !$0.change.isAdd }
        var parts: [(id: String, title: String?, cost: Rational?, changes: [PlanChange])] = []
        if let plan {
            for index in chosen {
                let action = plan.actions[index]
                parts.append((action.id, action.title, action.cost, action.changes))
            }
        }
        let planParts = parts.count
        for change in ordered { parts.append((change.change.formatted(in: instrument), nil, nil, [change.change])) }
        let after = base.applying(parts.flatMap(\.changes))
        let afterScore = try evaluator.score(after)
        var effects: [ChangeEffect] = []
        for (position, part) in parts.enumerated() {
            let alone = base.applying(part.changes)
            let aloneScore = try evaluator.score(alone)
            let without = base.applying(parts.enumerated().filter { $0.offset != position }.flatMap(\.element.changes))
            let withoutScore = try evaluator.score(without)
            effects.append(
                ChangeEffect(
                    id: part.id, title: part.title, cost: part.cost, changes: part.changes,
                    alone: try ScoreDelta(from: evaluator.baseScore, to: aloneScore, instrument: instrument),
                    aloneNotes: try EffectAnalysis.notes(
                        instrument, changes: part.changes, before: base, evaluator.baseScore, after: alone, aloneScore),
                    isCommandLine: position >= planParts,
                    inScenario: try afterScore.total.subtracting(withoutScore.total),
                    inScenarioNotes: try EffectAnalysis.notes(
                        instrument, changes: part.changes, before: without, withoutScore, after: after, afterScore)))
        }
        self.init(
            instrument: instrument, evidence: evidence, plan: plan, actions: chosen, extra: ordered, before: base,
            beforeScore: evaluator.baseScore, after: after, afterScore: afterScore,
            delta: try ScoreDelta(from: evaluator.baseScore, to: afterScore, instrument: instrument), effects: effects,
            changedFacts: instrument.facts.indices.filter { after.values[$0] != base.values[$0] })
    }

    /// The subareas shown: those that read a changed fact or whose points changed, ascending.
    public var touchedSubareas: [Int] {
        instrument.subareas.indices.filter { s in
            delta.subareas.contains { $0.index == s }
                || instrument.subareas[s].rules.contains { touches($0) }
        }
    }

    /// Whether a rule reads a changed fact or its points changed.
    public func touches(_ rule: Int) -> Bool {
        delta.rules.contains { $0.index == rule }
            || instrument.rules[rule].kind.factsRead.contains { changedFacts.contains($0) }
    }
}
