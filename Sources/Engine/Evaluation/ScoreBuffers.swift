/// Flat buffers of one evaluation, indexed like the instrument: what the evaluators write
/// (each rule's outcome) and what ``Aggregation`` computes from it (each rule's points,
/// cap cut and bounds; each subarea's, area's and the total's points and bounds).
public struct ScoreBuffers: Sendable {
    /// Per rule: the value counted (least when unassessed), the most, whether assessed,
    /// and what its own cap removed.
    public internal(set) var value: [Rational]
    public internal(set) var upper: [Rational]
    public internal(set) var assessed: [Bool]
    public internal(set) var ownCut: [Rational]
    /// Per rule: its contribution before the subarea's cap, its share of the cap's cut,
    /// and the least and most it could contribute.
    public internal(set) var rulePoints: [Rational]
    public internal(set) var ruleCapCut: [Rational]
    public internal(set) var ruleMin: [Rational]
    public internal(set) var ruleMax: [Rational]
    /// Per subarea: the computed points (rules, cap), what the cap cut, and the reported
    /// points (the override when there is one) with their bounds.
    public internal(set) var subareaComputed: [Rational]
    public internal(set) var subareaCapCut: [Rational]
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

    /// Zeroed buffers sized for `instrument`.
    public init(instrument: Instrument) {
        let rules = [Rational](repeating: .zero, count: instrument.rules.count)
        let subareas = [Rational](repeating: .zero, count: instrument.subareas.count)
        let areas = [Rational](repeating: .zero, count: instrument.areas.count)
        value = rules
        upper = rules
        assessed = [Bool](repeating: false, count: rules.count)
        ownCut = rules
        rulePoints = rules
        ruleCapCut = rules
        ruleMin = rules
        ruleMax = rules
        subareaComputed = subareas
        subareaCapCut = subareas
        subareaPoints = subareas
        subareaMin = subareas
        subareaMax = subareas
        areaPoints = areas
        areaMin = areas
        areaMax = areas
    }

    /// Records a rule's outcome.
    @inline(__always)
    public mutating func record(_ rule: Int, _ outcome: RuleOutcome) {
        value[rule] = outcome.value
        upper[rule] = outcome.upper
        assessed[rule] = outcome.assessed
        ownCut[rule] = outcome.ownCapCut
    }

    /// A rule's outcome as recorded.
    public func outcome(_ rule: Int) -> RuleOutcome {
        RuleOutcome(value: value[rule], upper: upper[rule], assessed: assessed[rule], ownCapCut: ownCut[rule])
    }
}
