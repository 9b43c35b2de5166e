/// One evaluation's findings in the flat form the compiled evaluator reads.
public struct BoundFacts: Sendable {
    /// The findings as given (for kinds called through the protocol, and for traces).
    public internal(set) var input: EvaluationInput
    var assessed: [Bool]
    /// A flag's 0/1, a level's index, a number, or a set's count.
    var scalar: [Rational]
    /// Per membership slot: whether the set holds the item.
    var member: [Bool]
    var judged: [Bool]
    var judgement: [Rational]
    /// Per subarea: its overriding points, if any.
    var override: [Rational?]

    init(compiled: CompiledInstrument, input: EvaluationInput) {
        self.input = input
        let count = input.values.count
        assessed = [Bool](repeating: false, count: count)
        scalar = [Rational](repeating: .zero, count: count)
        for (fact, value) in input.values.enumerated() {
            guard let value else { continue }
            assessed[fact] = true
            scalar[fact] = Self.scalar(of: value)
        }
        member = compiled.slots.keys.map { key in
            if case .set(let items)? = input.values[key.fact] { return items.contains(key.item) }
            return false
        }
        // Filled, then set where a rule is judged (most documents judge none): one pass
        // that only reads, instead of two that build.
        let rules = input.judgements.count
        var judged = [Bool](repeating: false, count: rules)
        var judgement = [Rational](repeating: .zero, count: rules)
        input.judgements.withUnsafeBufferPointer { judgements in
            for rule in judgements.indices {
                if let value = judgements[rule] {
                    judged[rule] = true
                    judgement[rule] = value
                }
            }
        }
        self.judged = judged
        self.judgement = judgement
        override = input.overridePoints
    }

    /// The number a value is read as: a flag's 0/1, a level's index, a number, a set's count.
    static func scalar(of value: FactValue) -> Rational {
        switch value {
        case .flag(let yes): yes ? .one : .zero
        case .level(let index): Rational(Int64(index))
        case .number(let number): number
        case .set(let items): Rational(Int64(items.count))
        }
    }
}

/// Reusable buffers for compiled evaluations: after `evaluate`, ``buffers`` hold every
/// rule's value and bounds and every subarea's, area's and the total's points and bounds.
public struct CompiledScratch: Sendable {
    var stack: [UInt8]
    /// The evaluation's buffers.
    public internal(set) var buffers: ScoreBuffers
    /// The fixed-point evaluator's bound facts and flat trace, made on first use.
    var fixed: FixedPointWork?

    init(compiled: CompiledInstrument, buffers: ScoreBuffers? = nil) {
        stack = [UInt8](repeating: 0, count: compiled.stackDepth + 1)
        self.buffers = buffers ?? ScoreBuffers(instrument: compiled.instrument)
    }
}
