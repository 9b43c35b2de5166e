extension CompiledInstrument {
    /// Re-evaluates one subarea's rules on `facts` into `scratch` and re-aggregates that
    /// subarea alone (with its override in `facts`). Areas and the total are left as
    /// they were: call ``reaggregateAreas(_:)`` after the last subarea.
    public func reevaluate(subarea index: Int, _ facts: BoundFacts, into scratch: inout CompiledScratch)
        throws(ArithmeticOverflow)
    {
        for r in instrument.subareas[index].rules { try evaluateRule(r, facts, &scratch) }
        try aggregation.subarea(index, &scratch.buffers, override: facts.override[index])
    }

    /// Re-aggregates every area and the total from the subareas in `scratch`.
    public func reaggregateAreas(_ scratch: inout CompiledScratch) throws(ArithmeticOverflow) {
        try aggregation.areasAndTotal(&scratch.buffers)
    }

    /// Re-aggregates one subarea from the rule outcomes already in `scratch`, with `override`.
    public func reaggregate(subarea index: Int, override: Rational?, _ scratch: inout CompiledScratch)
        throws(ArithmeticOverflow)
    {
        try aggregation.subarea(index, &scratch.buffers, override: override)
    }

    /// Records an outcome for one rule in `scratch` (for scoring rules at a value of choice).
    public func record(_ rule: Int, _ outcome: RuleOutcome, _ scratch: inout CompiledScratch) {
        scratch.buffers.record(rule, outcome)
    }

    /// Changes one fact of bound findings, keeping its slots consistent. Costs the
    /// number of membership slots of that fact.
    public func update(_ facts: inout BoundFacts, fact: Int, to value: FactValue?) {
        facts.input.values[fact] = value
        facts.assessed[fact] = value != nil
        facts.scalar[fact] = value.map(BoundFacts.scalar(of:)) ?? .zero
        for slot in slotsOfFact[fact] {
            if case .set(let items)? = value { facts.member[slot] = items.contains(slots.keys[slot].item) } else {
                facts.member[slot] = false
            }
        }
    }

    /// Changes one rule's judgement of bound findings.
    public func update(_ facts: inout BoundFacts, judgementOf rule: Int, to value: Rational?) {
        facts.input.judgements[rule] = value
        facts.judged[rule] = value != nil
        facts.judgement[rule] = value ?? .zero
    }

    /// Makes the bound findings of one subarea (the facts its rules read, their
    /// judgements and its override) those of `input`, touching only what differs. After
    /// this, ``reevaluate(subarea:_:into:)`` scores that subarea on `input`.
    public func rebind(_ facts: inout BoundFacts, subarea index: Int, to input: EvaluationInput) {
        for fact in factsReadBySubarea[index] where facts.input.values[fact] != input.values[fact] {
            update(&facts, fact: fact, to: input.values[fact])
        }
        for rule in instrument.subareas[index].rules where facts.input.judgements[rule] != input.judgements[rule] {
            update(&facts, judgementOf: rule, to: input.judgements[rule])
        }
        facts.input.overrides[index] = input.overrides[index]
        facts.override[index] = input.overrides[index]?.value
    }

    /// A scratch space holding `buffers` (such as those of an earlier evaluation).
    public func makeScratch(buffers: ScoreBuffers) -> CompiledScratch {
        CompiledScratch(compiled: self, buffers: buffers)
    }
}
