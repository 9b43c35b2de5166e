import Engine

/// What one search table scores: a subarea's reported points, or, in a subarea whose
/// maximum cannot cut (weighted, or its rules' best values fit under it, and no override),
/// one rule's points, since there the subarea is the plain sum of its rules.
enum SearchUnit: Sendable, Hashable {
    case subarea(Int)
    case rule(Int)
}

/// One unit's points, on an integer scale (`Int128`, or ``BigInteger`` where the common
/// scale needs more), for every combination of the searched actions that touch it (bit j:
/// its j-th action in search order), with the best completion of every decided prefix for
/// the search's bound. A unit touched by more than 64 actions is scored on demand, by a
/// mask of several words.
final class SearchTable<V: SearchInteger> {
    /// What it scores.
    let unit: SearchUnit
    /// The area's index in the search's list of touched areas.
    let area: Int
    /// How many actions touch it.
    let bits: Int
    /// Points by mask when the table is dense.
    let dense: [V]?
    /// `completion[j][m]`: the most the points reach over all masks whose low j bits are m.
    let completion: [[V]]
    /// Fills a lazy table's entries on demand.
    let scorer: LazyUnitScorer<V>?
    /// The most the unit can give, on the scale: a lazy table's bound.
    let ceiling: V
    private var memo: [UInt64: V] = [:]
    private var wideMemo: [[UInt64]: V] = [:]

    /// Whether its masks need more than one word (more than 64 actions touch it).
    var isWide: Bool { bits > 64 }

    /// A dense table; `values` has `1 << bits` entries.
    init(unit: SearchUnit, area: Int, bits: Int, values: [V], ceiling: V) {
        self.unit = unit
        self.area = area
        self.bits = bits
        self.dense = values
        self.scorer = nil
        self.ceiling = ceiling
        var completion = [[V]](repeating: [], count: bits + 1)
        completion[bits] = values
        for j in stride(from: bits - 1, through: 0, by: -1) {
            let above = completion[j + 1]
            completion[j] = (0..<(1 << j)).map { Swift.max(above[$0], above[$0 | (1 << j)]) }
        }
        self.completion = completion
    }

    /// A lazy table, for units touched by too many actions to enumerate.
    init(unit: SearchUnit, area: Int, bits: Int, scorer: LazyUnitScorer<V>, ceiling: V) {
        self.unit = unit
        self.area = area
        self.bits = bits
        self.dense = nil
        self.completion = []
        self.scorer = scorer
        self.ceiling = ceiling
    }

    /// The points with the actions of `mask` applied.
    @inline(__always)
    func value(_ mask: UInt64) throws(PlanSearchError) -> V {
        if let dense { return dense[Int(mask)] }
        if let known = memo[mask] { return known }
        let value = try scorer!.points([mask])
        memo[mask] = value
        return value
    }

    /// The points with the actions of a mask of several words applied (bit j: word j / 64).
    func value(wide mask: [UInt64]) throws(PlanSearchError) -> V {
        if let known = wideMemo[mask] { return known }
        let value = try scorer!.points(mask)
        wideMemo[mask] = value
        return value
    }

    /// The most the points can reach once the undecided actions are decided.
    @inline(__always)
    func bound(decided: Int, mask: UInt64) -> V {
        dense == nil ? ceiling : completion[decided][Int(mask)]
    }
}

/// Scores one unit for a mask of actions, on demand, for a lazy table.
final class LazyUnitScorer<V: SearchInteger> {
    var evaluator: IncrementalEvaluator
    let unit: SearchUnit
    /// The changes of the action of each bit.
    let changes: [[PlanChange]]
    let scale: V
    /// The first value scored whose denominator the scale does not hold.
    private(set) var missing: Rational?

    init(evaluator: IncrementalEvaluator, unit: SearchUnit, changes: [[PlanChange]], scale: V) {
        self.evaluator = evaluator
        self.unit = unit
        self.changes = changes
        self.scale = scale
    }

    /// The points for the actions of `mask` (bit j in word j / 64); an error when the scale
    /// does not hold their denominator.
    func points(_ mask: [UInt64]) throws(PlanSearchError) -> V {
        var input = evaluator.base
        for (bit, list) in changes.enumerated() where bit / 64 < mask.count && mask[bit / 64] & (1 << UInt64(bit % 64)) != 0 {
            input.apply(list)
        }
        let points = try evaluator.points(of: unit, input)
        guard let scaled = V.scaledExactly(points, by: scale) else {
            missing = missing ?? points
            throw .scale("the points \(points.decimalString())")
        }
        return scaled
    }
}

extension IncrementalEvaluator {
    /// A unit's points on `input`: a subarea's reported points, or a rule's points (before
    /// the subarea's cap), evaluating that subarea alone.
    mutating func points(of unit: SearchUnit, _ input: EvaluationInput) throws(PlanSearchError) -> Rational {
        do {
            switch unit {
            case .subarea(let subarea): return try points(ofSubarea: subarea, input)
            case .rule(let rule): return try points(ofRule: rule, input)
            }
        } catch {
            throw .overflow(error)
        }
    }
}
