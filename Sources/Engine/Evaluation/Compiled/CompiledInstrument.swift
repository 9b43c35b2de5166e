/// An instrument compiled once for fast scoring: facts as dense indices, set items as
/// membership slots, built-in kinds lowered to primitives, subareas as flat ranges.
/// Scoring parses nothing, looks up no names, and writes into reusable buffers.
public struct CompiledInstrument: Sendable {
    /// The instrument compiled.
    public let instrument: Instrument
    let rules: [CompiledRule]
    let ops: [ConditionOp]
    let steps: [PrimitiveStep]
    let slots: MembershipSlots
    let best: [Rational]
    /// The scoring rules, shared with every other evaluator.
    public let aggregation: Aggregation
    let stackDepth: Int
    /// Per fact: its membership slots, for changing one fact of bound findings.
    let slotsOfFact: [[Int]]
    /// Per subarea: the facts its rules read, ascending.
    let factsReadBySubarea: [[Int]]
    /// How many rules are called through the plugin protocol.
    public let pluginRuleCount: Int
    /// The instrument lowered to fixed-point (values in micro-units), which ``score(_:)``
    /// tries first; nil when some rule or constant cannot be lowered, and then every
    /// evaluation takes the `Rational` path.
    public private(set) var fixedPoint: FixedPointProgram?

    /// Compiles an instrument.
    public init(_ instrument: Instrument) {
        CompilationCounter.current?.record()
        self.instrument = instrument
        var slots = MembershipSlots()
        var ops: [ConditionOp] = []
        var steps: [PrimitiveStep] = []
        var rules: [CompiledRule] = []
        var depth = 1
        var plugins = 0
        func input(_ primitive: PrimitiveInput) -> CompiledInput {
            switch primitive {
            case .value(let f): return .value(f)
            case .integerPart(let f): return .integerPart(f)
            case .countOf(let f, let items): return .countOf(fact: f, start: slots.list(f, items), count: items.count)
            }
        }
        for rule in instrument.rules {
            switch rule.kind.lower() {
            case .condition(let condition, let award)?:
                var compiler = ConditionCompiler()
                compiler.compile(condition, slots: &slots)
                rules.append(.condition(start: ops.count, end: ops.count + compiler.ops.count, award: award))
                ops += compiler.ops
                depth = max(depth, compiler.maxDepth)
            case .steps(let primitive, let table)?:
                rules.append(.steps(input(primitive), start: steps.count, end: steps.count + table.count))
                steps += table
            case .perUnit(let primitive, let award, let cap)?:
                rules.append(.perUnit(input(primitive), award: award, cap: cap))
            case .linear(let primitive, let from, let to, let award)?:
                if let span = try? to.subtracting(from), span != .zero {
                    rules.append(.linear(input(primitive), from: from, span: span, award: award))
                } else {
                    rules.append(.plugin)
                    plugins += 1
                }
            case .judgement(let maximum, let weighted)?:
                rules.append(.judgement(maximum: maximum, weighted: weighted))
            case nil:
                rules.append(.plugin)
                plugins += 1
            }
        }
        self.rules = rules
        self.ops = ops
        self.steps = steps
        self.slots = slots
        self.best = instrument.rules.map(\.kind.best)
        self.aggregation = Aggregation(instrument: instrument)
        self.stackDepth = depth
        self.pluginRuleCount = plugins
        var slotsOfFact = [[Int]](repeating: [], count: instrument.facts.count)
        for (slot, key) in slots.keys.enumerated() { slotsOfFact[key.fact].append(slot) }
        self.slotsOfFact = slotsOfFact
        self.factsReadBySubarea = instrument.subareas.map { subarea in
            FactList.distinct(subarea.rules.flatMap { instrument.rules[$0].kind.factsRead }).sorted()
        }
        self.fixedPoint = FixedPointProgram(self)
    }

    /// Binds findings to the flat arrays the compiled evaluator reads.
    public func bind(_ input: EvaluationInput) -> BoundFacts {
        BoundFacts(compiled: self, input: input)
    }

    /// A scratch space sized for this instrument, to reuse across evaluations.
    public func makeScratch() -> CompiledScratch {
        CompiledScratch(compiled: self)
    }
}
