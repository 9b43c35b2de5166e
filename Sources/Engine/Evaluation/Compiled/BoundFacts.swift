/// One evaluation's findings in the flat form the compiled evaluator reads.
public struct BoundFacts: Sendable {
    /// The findings as given (for kinds called through the protocol, and for traces).
    public let input: EvaluationInput
    var assessed: [Bool]
    /// A flag's 0/1, a level's index, a number, or a set's count.
    var scalar: [Rational]
    /// Per membership slot: whether the set holds the item.
    var member: [Bool]
    var judged: [Bool]
    var judgement: [Rational]
    var overridden: [Bool]
    var override: [Rational]

    init(compiled: CompiledInstrument, input: EvaluationInput) {
        self.input = input
        let count = input.values.count
        assessed = [Bool](repeating: false, count: count)
        scalar = [Rational](repeating: .zero, count: count)
        for (fact, value) in input.values.enumerated() {
            guard let value else { continue }
            assessed[fact] = true
            switch value {
            case .flag(let yes): scalar[fact] = yes ? .one : .zero
            case .level(let index): scalar[fact] = Rational(Int64(index))
            case .number(let number): scalar[fact] = number
            case .set(let items): scalar[fact] = Rational(Int64(items.count))
            }
        }
        member = compiled.slots.keys.map { key in
            if case .set(let items)? = input.values[key.fact] { return items.contains(key.item) }
            return false
        }
        judged = input.judgements.map { $0 != nil }
        judgement = input.judgements.map { $0 ?? .zero }
        overridden = input.overrides.map { $0 != nil }
        override = input.overrides.map { $0?.value ?? .zero }
    }
}

/// Reusable buffers for compiled evaluations: after `evaluate`, they hold every rule's
/// value and bounds and every subarea's, area's and the total's points and bounds.
public struct CompiledScratch: Sendable {
    var stack: [UInt8]
    /// Per rule: the value counted (least when unassessed), the most, whether assessed,
    /// and what its own cap removed.
    public internal(set) var value: [Rational]
    public internal(set) var upper: [Rational]
    public internal(set) var assessed: [Bool]
    public internal(set) var ownCut: [Rational]
    /// Per subarea: the reported points and bounds.
    public internal(set) var subareaPoints: [Rational]
    public internal(set) var subareaMin: [Rational]
    public internal(set) var subareaMax: [Rational]
    /// Per area.
    public internal(set) var areaPoints: [Rational]
    public internal(set) var areaMin: [Rational]
    public internal(set) var areaMax: [Rational]
    /// The total and its bounds.
    public internal(set) var total: Rational = .zero
    public internal(set) var totalMin: Rational = .zero
    public internal(set) var totalMax: Rational = .zero

    init(compiled: CompiledInstrument) {
        let rules = compiled.rules.count
        let subareas = compiled.instrument.subareas.count
        let areas = compiled.instrument.areas.count
        stack = [UInt8](repeating: 0, count: compiled.stackDepth + 1)
        value = [Rational](repeating: .zero, count: rules)
        upper = value
        assessed = [Bool](repeating: false, count: rules)
        ownCut = value
        subareaPoints = [Rational](repeating: .zero, count: subareas)
        subareaMin = subareaPoints
        subareaMax = subareaPoints
        areaPoints = [Rational](repeating: .zero, count: areas)
        areaMin = areaPoints
        areaMax = areaPoints
    }
}
