import Synchronization

/// The explainer's working space: the evidence's bound findings and a scratch space of
/// the compiled evaluator. A candidate change is made in place, its subarea alone
/// re-evaluated and read, and the change undone, so it costs that subarea's rules (plus
/// the changed facts' slots), never the whole instrument.
final class ExplainerWork: Sendable {
    struct State {
        let compiled: CompiledInstrument
        var facts: BoundFacts
        var scratch: CompiledScratch

        /// Reads `subarea`'s buffers after making `changes` (each a rule's finding changes,
        /// merged as ``Explainer/merged(_:_:)`` does, in order), then undoes them.
        mutating func withChanges<T>(
            _ changes: [(changes: [FindingChange], rule: Int)], subarea: Int, _ read: (ScoreBuffers) -> T
        ) throws(ArithmeticOverflow) -> T {
            var undoFacts: [(fact: Int, value: FactValue?)] = []
            var undoJudgements: [(rule: Int, value: Rational?)] = []
            for (list, rule) in changes {
                for change in list {
                    if let value = change.value {
                        let old = facts.input.values[change.fact]
                        undoFacts.append((change.fact, old))
                        compiled.update(&facts, fact: change.fact, to: Explainer.merged(old, value))
                    } else {
                        undoJudgements.append((rule, facts.input.judgements[rule]))
                        compiled.update(&facts, judgementOf: rule, to: change.judgement)
                    }
                }
            }
            defer {
                for undo in undoJudgements.reversed() { compiled.update(&facts, judgementOf: undo.rule, to: undo.value) }
                for undo in undoFacts.reversed() { compiled.update(&facts, fact: undo.fact, to: undo.value) }
            }
            try compiled.reevaluate(subarea: subarea, facts, into: &scratch)
            return read(scratch.buffers)
        }

        /// Reads `subarea`'s buffers, aggregated without its override, with the given rules'
        /// outcomes in place of their evaluated ones.
        mutating func withOutcomes<T>(
            _ outcomes: [(rule: Int, outcome: RuleOutcome)], subarea: Int, _ read: (ScoreBuffers) -> T
        ) throws(ArithmeticOverflow) -> T {
            try compiled.reevaluate(subarea: subarea, facts, into: &scratch)
            for (rule, outcome) in outcomes { compiled.record(rule, outcome, &scratch) }
            try compiled.reaggregate(subarea: subarea, override: nil, &scratch)
            return read(scratch.buffers)
        }
    }

    let state: Mutex<State>

    init(_ compiled: CompiledInstrument, _ input: EvaluationInput) {
        state = Mutex(State(compiled: compiled, facts: compiled.bind(input), scratch: compiled.makeScratch()))
    }
}
