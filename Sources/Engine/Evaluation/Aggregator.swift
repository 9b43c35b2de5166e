/// Turns rule outcomes into subarea, area and total scores (DESIGN.md, "Scoring").
public struct Aggregator: Sendable {
    let instrument: Instrument

    /// An aggregator for an instrument.
    public init(instrument: Instrument) {
        self.instrument = instrument
    }

    /// Aggregates outcomes indexed like the instrument's rules.
    public func aggregate(_ outcomes: [RuleOutcome], input: EvaluationInput) throws(ArithmeticOverflow) -> Score {
        var rules = [RuleScore]()
        rules.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            rules.append(
                RuleScore(
                    outcome: outcome, status: .miss, points: .zero, capCut: .zero,
                    bounds: Bounds(min: .zero, max: .zero)))
        }
        var subareas: [SubareaScore] = []
        for (index, subarea) in instrument.subareas.enumerated() {
            subareas.append(try score(subarea, outcomes: outcomes, rules: &rules, override: input.overrides[index]))
        }
        var areas: [AreaScore] = []
        var total = Rational.zero
        var totalMin = Rational.zero
        var totalMax = Rational.zero
        for area in instrument.areas {
            var sum = Rational.zero
            var low = Rational.zero
            var high = Rational.zero
            for s in area.subareas {
                sum = try sum.adding(subareas[s].points)
                low = try low.adding(subareas[s].bounds.min)
                high = try high.adding(subareas[s].bounds.max)
            }
            let score = AreaScore(
                points: Swift.min(sum, area.max), bounds: Bounds(min: Swift.min(low, area.max), max: Swift.min(high, area.max)))
            areas.append(score)
            total = try total.adding(score.points)
            totalMin = try totalMin.adding(score.bounds.min)
            totalMax = try totalMax.adding(score.bounds.max)
        }
        var unassessed: [Int] = []
        var read = [Bool](repeating: false, count: instrument.facts.count)
        for rule in instrument.rules { for fact in rule.kind.factsRead { read[fact] = true } }
        for fact in instrument.facts.indices where read[fact] && input.values[fact] == nil { unassessed.append(fact) }
        let unjudged = instrument.rules.indices.filter {
            instrument.rules[$0].kind.readsJudgement && input.judgements[$0] == nil
        }
        return Score(
            rules: rules, subareas: subareas, areas: areas, total: total,
            totalBounds: Bounds(min: totalMin, max: totalMax), unassessed: unassessed, unjudged: unjudged)
    }

    private func score(
        _ subarea: Subarea, outcomes: [RuleOutcome], rules: inout [RuleScore], override: Verdict?
    ) throws(ArithmeticOverflow) -> SubareaScore {
        let max = subarea.max
        var computed = Rational.zero
        var low = Rational.zero
        var high = Rational.zero
        var capCut = Rational.zero
        switch subarea.mode {
        case .points:
            for index in subarea.rules {
                let outcome = outcomes[index]
                let room = Swift.max(.zero, try max.subtracting(computed))
                let kept = Swift.min(outcome.value, room)
                let cut = try outcome.value.subtracting(kept)
                computed = try computed.adding(kept)
                capCut = try capCut.adding(cut)
                low = try low.adding(outcome.value)
                high = try high.adding(outcome.upper)
                rules[index].points = outcome.value
                rules[index].capCut = cut
                rules[index].bounds = Bounds(min: outcome.value, max: outcome.upper)
            }
            low = Swift.min(low, max)
            high = Swift.min(high, max)
        case .weighted:
            var weights = Rational.zero
            for index in subarea.rules { weights = try weights.adding(instrument.rules[index].weight) }
            let scale = weights == .zero ? .zero : try max.divided(by: weights)
            for index in subarea.rules {
                let share = try scale.multiplied(by: instrument.rules[index].weight)
                let outcome = outcomes[index]
                let points = try share.multiplied(by: outcome.value)
                let upper = try share.multiplied(by: outcome.upper)
                computed = try computed.adding(points)
                low = try low.adding(points)
                high = try high.adding(upper)
                rules[index].points = points
                rules[index].bounds = Bounds(min: points, max: upper)
            }
        }
        for index in subarea.rules {
            rules[index].status = outcomes[index].status(best: instrument.rules[index].kind.best)
        }
        if let override {
            return SubareaScore(
                computed: computed, points: override.value, capCut: capCut,
                bounds: Bounds(min: override.value, max: override.value), override: override)
        }
        return SubareaScore(
            computed: computed, points: computed, capCut: capCut, bounds: Bounds(min: low, max: high), override: nil)
    }
}
