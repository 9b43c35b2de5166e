import Engine

/// What one search table scores: a subarea's reported points, or, in a subarea whose
/// maximum cannot cut (weighted, or its rules' best values fit under it, and no override),
/// one rule's points, since there the subarea is the plain sum of its rules.
enum SearchUnit: Sendable, Hashable {
    case subarea(Int)
    case rule(Int)
}

/// One unit's points, on an integer scale, for every combination of the searched actions
/// that touch it (bit j: its j-th action in search order), with the best completion of
/// every decided prefix for the search's bound.
final class SearchTable {
    /// What it scores.
    let unit: SearchUnit
    /// The area's index in the search's list of touched areas.
    let area: Int
    /// How many actions touch it.
    let bits: Int
    /// Points by mask when the table is dense.
    let dense: [Scaled]?
    /// `completion[j][m]`: the most the points reach over all masks whose low j bits are m.
    let completion: [[Scaled]]
    /// Fills a lazy table's entries on demand.
    let scorer: LazyUnitScorer?
    /// The most the unit can give, on the scale: a lazy table's bound.
    let ceiling: Scaled
    private var memo: [UInt64: Scaled] = [:]

    /// A dense table; `values` has `1 << bits` entries.
    init(unit: SearchUnit, area: Int, bits: Int, values: [Scaled], ceiling: Scaled) {
        self.unit = unit
        self.area = area
        self.bits = bits
        self.dense = values
        self.scorer = nil
        self.ceiling = ceiling
        var completion = [[Scaled]](repeating: [], count: bits + 1)
        completion[bits] = values
        for j in stride(from: bits - 1, through: 0, by: -1) {
            let above = completion[j + 1]
            completion[j] = (0..<(1 << j)).map { Swift.max(above[$0], above[$0 | (1 << j)]) }
        }
        self.completion = completion
    }

    /// A lazy table, for units touched by too many actions to enumerate.
    init(unit: SearchUnit, area: Int, bits: Int, scorer: LazyUnitScorer, ceiling: Scaled) {
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
    func value(_ mask: UInt64) throws(PlanSearchError) -> Scaled {
        if let dense { return dense[Int(mask)] }
        if let known = memo[mask] { return known }
        let value = try scorer!.points(mask)
        memo[mask] = value
        return value
    }

    /// The most the points can reach once the undecided actions are decided.
    @inline(__always)
    func bound(decided: Int, mask: UInt64) -> Scaled {
        dense == nil ? ceiling : completion[decided][Int(mask)]
    }
}

/// Scores one unit for a mask of actions, on demand, for a lazy table.
final class LazyUnitScorer {
    var evaluator: IncrementalEvaluator
    let unit: SearchUnit
    /// The changes of the action of each bit.
    let changes: [[PlanChange]]
    let scale: Scaled

    init(evaluator: IncrementalEvaluator, unit: SearchUnit, changes: [[PlanChange]], scale: Scaled) {
        self.evaluator = evaluator
        self.unit = unit
        self.changes = changes
        self.scale = scale
    }

    func points(_ mask: UInt64) throws(PlanSearchError) -> Scaled {
        var input = evaluator.base
        for (bit, list) in changes.enumerated() where mask & (1 << UInt64(bit)) != 0 { input.apply(list) }
        return try ScaledValue.scaled(evaluator.points(of: unit, input), scale)
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
