/// The scoring rules of DESIGN.md ("Scoring"), in one place: rule outcomes → subareas
/// (caps with the cut attributed to the last hits, weights, overrides, bounds) → areas
/// (capped sums) → the total. Every evaluator (compiled, plain, incremental, one subarea
/// alone) writes rule outcomes into ``ScoreBuffers`` and aggregates through this.
public struct Aggregation: Sendable {
    /// The instrument aggregated.
    public let instrument: Instrument
    /// Per rule: `max·w/Σw` in weighted subareas (its points per unit of satisfaction);
    /// nil where computing it overflows, so that scoring reports the overflow.
    let weightFactor: [Rational?]
    /// Per rule: its kind's best value, which decides a hit.
    let best: [Rational]
    /// The facts some rule reads, ascending.
    let factsRead: [Int]
    /// The rules that read a judgement, ascending.
    let judgementRules: [Int]

    /// Computes the per-instrument constants once.
    public init(instrument: Instrument) {
        self.instrument = instrument
        var factors = [Rational?](repeating: .zero, count: instrument.rules.count)
        for subarea in instrument.subareas where subarea.mode == .weighted {
            var total: Rational? = .zero
            for r in subarea.rules { total = total.flatMap { try? $0.adding(instrument.rules[r].weight) } }
            for r in subarea.rules {
                factors[r] = total.flatMap { total in
                    total == .zero ? .zero : try? subarea.max.multiplied(by: instrument.rules[r].weight).divided(by: total)
                }
            }
        }
        weightFactor = factors
        best = instrument.rules.map(\.kind.best)
        var read = [Bool](repeating: false, count: instrument.facts.count)
        for rule in instrument.rules { for fact in rule.kind.factsRead { read[fact] = true } }
        factsRead = read.indices.filter { read[$0] }
        judgementRules = instrument.rules.indices.filter { instrument.rules[$0].kind.readsJudgement }
    }

    /// Subareas, areas and the total from the rule outcomes in `b`; `overrides` holds each
    /// subarea's overriding points, if any.
    public func aggregate(_ b: inout ScoreBuffers, overrides: [Rational?]) throws(ArithmeticOverflow) {
        for index in instrument.subareas.indices {
            try subarea(index, &b, override: overrides[index])
        }
        try areasAndTotal(&b)
    }

    /// The score of rule outcomes indexed like the instrument's rules.
    public func score(_ outcomes: [RuleOutcome], input: EvaluationInput) throws(ArithmeticOverflow) -> Score {
        var b = ScoreBuffers(instrument: instrument)
        for (r, outcome) in outcomes.enumerated() { b.record(r, outcome) }
        try aggregate(&b, overrides: input.overridePoints)
        return score(b, input: input)
    }

    /// One subarea from its rules' outcomes in `b`.
    public func subarea(_ index: Int, _ b: inout ScoreBuffers, override: Rational?) throws(ArithmeticOverflow) {
        let subarea = instrument.subareas[index]
        let max = subarea.max
        var computed = Rational.zero
        var low = Rational.zero
        var high = Rational.zero
        var capCut = Rational.zero
        switch subarea.mode {
        case .points:
            for r in subarea.rules {
                let value = b.value[r]
                // The rule whose value crosses the cap keeps the part below it.
                let next = try computed.adding(value)
                if next <= max {
                    computed = next
                    b.ruleCapCut[r] = .zero
                } else {
                    let cut = try next.subtracting(max)
                    b.ruleCapCut[r] = cut
                    capCut = try capCut.adding(cut)
                    computed = max
                }
                low = try low.adding(value)
                high = try high.adding(b.upper[r])
                b.rulePoints[r] = value
                b.ruleMin[r] = value
                b.ruleMax[r] = b.upper[r]
            }
            low = Swift.min(low, max)
            high = Swift.min(high, max)
        case .weighted:
            for r in subarea.rules {
                let factor = try factor(r)
                let points = try factor.multiplied(by: b.value[r])
                let most = try factor.multiplied(by: b.upper[r])
                computed = try computed.adding(points)
                low = try low.adding(points)
                high = try high.adding(most)
                b.rulePoints[r] = points
                b.ruleCapCut[r] = .zero
                b.ruleMin[r] = points
                b.ruleMax[r] = most
            }
        }
        b.subareaComputed[index] = computed
        b.subareaCapCut[index] = capCut
        if let override {
            b.subareaPoints[index] = override
            b.subareaMin[index] = override
            b.subareaMax[index] = override
        } else {
            b.subareaPoints[index] = computed
            b.subareaMin[index] = low
            b.subareaMax[index] = high
        }
    }

    /// The areas (capped sums of their subareas) and the total from the subareas in `b`.
    public func areasAndTotal(_ b: inout ScoreBuffers) throws(ArithmeticOverflow) {
        var total = Rational.zero
        var totalMin = Rational.zero
        var totalMax = Rational.zero
        for (a, area) in instrument.areas.enumerated() {
            var sum = Rational.zero
            var low = Rational.zero
            var high = Rational.zero
            for s in area.subareas {
                sum = try sum.adding(b.subareaPoints[s])
                low = try low.adding(b.subareaMin[s])
                high = try high.adding(b.subareaMax[s])
            }
            b.areaPoints[a] = Swift.min(sum, area.max)
            b.areaMin[a] = Swift.min(low, area.max)
            b.areaMax[a] = Swift.min(high, area.max)
            total = try total.adding(b.areaPoints[a])
            totalMin = try totalMin.adding(b.areaMin[a])
            totalMax = try totalMax.adding(b.areaMax[a])
        }
        b.total = total
        b.totalMin = totalMin
        b.totalMax = totalMax
    }

    /// The whole score with every rule, subarea and area, read from aggregated buffers.
    public func score(_ b: ScoreBuffers, input: EvaluationInput) -> Score {
        var rules: [RuleScore] = []
        rules.reserveCapacity(b.value.count)
        for r in b.value.indices {
            let outcome = b.outcome(r)
            rules.append(
                RuleScore(
                    outcome: outcome, status: outcome.status(best: best[r]), points: b.rulePoints[r],
                    capCut: b.ruleCapCut[r], bounds: Bounds(min: b.ruleMin[r], max: b.ruleMax[r])))
        }
        let subareas = instrument.subareas.indices.map { s in
            SubareaScore(
                computed: b.subareaComputed[s], points: b.subareaPoints[s], capCut: b.subareaCapCut[s],
                bounds: Bounds(min: b.subareaMin[s], max: b.subareaMax[s]), override: input.overrides[s])
        }
        let areas = instrument.areas.indices.map { a in
            AreaScore(points: b.areaPoints[a], bounds: Bounds(min: b.areaMin[a], max: b.areaMax[a]))
        }
        return Score(
            rules: rules, subareas: subareas, areas: areas, total: b.total,
            totalBounds: Bounds(min: b.totalMin, max: b.totalMax),
            unassessed: factsRead.filter { input.values[$0] == nil },
            unjudged: judgementRules.filter { input.judgements[$0] == nil })
    }

    /// A rule's weight factor, or the overflow that computing it met.
    @inline(__always)
    func factor(_ rule: Int) throws(ArithmeticOverflow) -> Rational {
        if let factor = weightFactor[rule] { return factor }
        let subarea = instrument.subareas[instrument.rules[rule].subarea]
        var total = Rational.zero
        for r in subarea.rules { total = try total.adding(instrument.rules[r].weight) }
        return try subarea.max.multiplied(by: instrument.rules[rule].weight).divided(by: total)
    }
}
