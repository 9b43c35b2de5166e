import Engine
import Statistics

/// The cooperative game behind a subarea's rule difference: the players are the facts
/// and judgements the subarea reads on which two evaluations differ; a coalition's worth
/// is the subarea's computed score with the coalition's inputs switched from the base
/// evaluation to the other, minus the base score. Unassessed inputs score at their least
/// value, as everywhere.
struct SubareaGame {
    let instrument: Instrument
    let aggregation: Aggregation
    let subarea: Int
    let base: EvaluationInput
    let other: EvaluationInput
    /// The differing facts in fact order, then the differing judgements in rule order.
    let players: [DifferenceSource]

    init(instrument: Instrument, subarea: Int, from base: EvaluationInput, to other: EvaluationInput) {
        self.instrument = instrument
        self.aggregation = Aggregation(instrument: instrument)
        self.subarea = subarea
        var cleared = base
        // The game is on computed scores: overrides are accounted separately.
        cleared.overrides = cleared.overrides.map { _ in nil }
        self.base = cleared
        self.other = other
        var facts = Set<Int>()
        var players: [DifferenceSource] = []
        for r in instrument.subareas[subarea].rules {
            for fact in instrument.rules[r].kind.factsRead where base.values[fact] != other.values[fact] {
                facts.insert(fact)
            }
        }
        for fact in facts.sorted() { players.append(.finding(fact: fact)) }
        for r in instrument.subareas[subarea].rules
        where instrument.rules[r].kind.readsJudgement && base.judgements[r] != other.judgements[r] {
            players.append(.judgement(rule: r))
        }
        self.players = players
    }

    /// The subarea's computed score with the players in `coalition` switched.
    func computed(_ coalition: [Bool]) throws(ArithmeticOverflow) -> Rational {
        var input = base
        for (player, switched) in zip(players, coalition) where switched {
            switch player {
            case .finding(let fact): input.values[fact] = other.values[fact]
            case .judgement(let rule): input.judgements[rule] = other.judgements[rule]
            case .override, .unattributed: break
            }
        }
        var buffers = ScoreBuffers(instrument: instrument)
        for r in instrument.subareas[subarea].rules {
            buffers.record(
                r, try instrument.rules[r].kind.evaluate(FactReader(values: input.values, judgement: input.judgements[r])))
        }
        try aggregation.subarea(subarea, &buffers, override: nil)
        return buffers.subareaComputed[subarea]
    }

    /// The players' Shapley values, or nil when there are too many players to compute
    /// them exactly.
    func shapleyValues() throws(ArithmeticOverflow) -> [Double]? {
        guard players.count <= ShapleyValues.maximumExactPlayers else { return nil }
        let none = [Bool](repeating: false, count: players.count)
        let baseline = try computed(none)
        do {
            return try ShapleyValues.exact(playerCount: players.count) { coalition in
                CalibrationNumber.double(try computed(coalition).subtracting(baseline))
            }
        } catch let overflow as ArithmeticOverflow {
            throw overflow
        } catch {
            return nil
        }
    }
}
