import Engine

/// One subarea cut out of an instrument: its area, itself and its rules, re-indexed, so
/// the ``Aggregator`` scores it without touching the rest.
struct SubareaSlice: Sendable {
    let instrument: Instrument
    /// The rules' indices in the whole instrument.
    let rules: [Int]
    let subarea: Int

    init(instrument whole: Instrument, subarea index: Int) {
        var slice = whole
        var subarea = whole.subareas[index]
        var area = whole.areas[subarea.area]
        rules = subarea.rules
        self.subarea = index
        slice.rules = subarea.rules.map { rule in
            var copy = whole.rules[rule]
            copy.subarea = 0
            return copy
        }
        subarea.rules = Array(slice.rules.indices)
        subarea.area = 0
        area.subareas = [0]
        slice.subareas = [subarea]
        slice.areas = [area]
        instrument = slice
    }

    /// The slice's score (one area, one subarea) on the input of the whole instrument.
    func score(_ input: EvaluationInput) throws(ArithmeticOverflow) -> Score {
        var local = EvaluationInput(instrument: instrument)
        local.values = input.values
        local.judgements = rules.map { input.judgements[$0] }
        local.overrides = [input.overrides[subarea]]
        var outcomes: [RuleOutcome] = []
        outcomes.reserveCapacity(rules.count)
        for position in rules.indices {
            let reader = FactReader(values: input.values, judgement: local.judgements[position])
            outcomes.append(try instrument.rules[position].kind.evaluate(reader))
        }
        return try Aggregator(instrument: instrument).aggregate(outcomes, input: local)
    }
}
