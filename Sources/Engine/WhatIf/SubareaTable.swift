/// One subarea's points, on an integer scale, for every combination of the searched
/// actions that touch it (bit j: its j-th action in search order), with the best
/// completion of every decided prefix for the search's bound.
final class SubareaTable {
    /// The subarea's index in the instrument.
    let subarea: Int
    /// The area's index in the search's list of touched areas.
    let area: Int
    /// How many actions touch it.
    let bits: Int
    /// Points by mask when the table is dense.
    let dense: [Int64]?
    /// `completion[j][m]`: the most the points reach over all masks whose low j bits are m.
    let completion: [[Int64]]
    /// Fills a lazy table's entries on demand.
    let scorer: LazySubareaScorer?
    /// The subarea's maximum on the scale: a lazy table's bound.
    let ceiling: Int64
    private var memo: [UInt64: Int64] = [:]

    /// A dense table; `values` has `1 << bits` entries.
    init(subarea: Int, area: Int, bits: Int, values: [Int64], ceiling: Int64) {
        self.subarea = subarea
        self.area = area
        self.bits = bits
        self.dense = values
        self.scorer = nil
        self.ceiling = ceiling
        var completion = [[Int64]](repeating: [], count: bits + 1)
        completion[bits] = values
        for j in stride(from: bits - 1, through: 0, by: -1) {
            let above = completion[j + 1]
            completion[j] = (0..<(1 << j)).map { Swift.max(above[$0], above[$0 | (1 << j)]) }
        }
        self.completion = completion
    }

    /// A lazy table, for subareas touched by too many actions to enumerate.
    init(subarea: Int, area: Int, bits: Int, scorer: LazySubareaScorer, ceiling: Int64) {
        self.subarea = subarea
        self.area = area
        self.bits = bits
        self.dense = nil
        self.completion = []
        self.scorer = scorer
        self.ceiling = ceiling
    }

    /// The points with the actions of `mask` applied.
    @inline(__always)
    func value(_ mask: UInt64) throws(PlanSearchError) -> Int64 {
        if let dense { return dense[Int(mask)] }
        if let known = memo[mask] { return known }
        let value = try scorer!.points(mask)
        memo[mask] = value
        return value
    }

    /// The most the points can reach once the undecided actions are decided.
    @inline(__always)
    func bound(decided: Int, mask: UInt64) -> Int64 {
        dense == nil ? ceiling : completion[decided][Int(mask)]
    }
}

/// Scores one subarea for a mask of actions, on demand, for a lazy table.
final class LazySubareaScorer {
    var evaluator: IncrementalEvaluator
    let subarea: Int
    /// The changes of the action of each bit.
    let changes: [[PlanChange]]
    let scale: Int64

    init(evaluator: IncrementalEvaluator, subarea: Int, changes: [[PlanChange]], scale: Int64) {
        self.evaluator = evaluator
        self.subarea = subarea
        self.changes = changes
        self.scale = scale
    }

    func points(_ mask: UInt64) throws(PlanSearchError) -> Int64 {
        var input = evaluator.base
        for (bit, list) in changes.enumerated() where mask & (1 << UInt64(bit)) != 0 { input.apply(list) }
        let points: Rational
        do {
            points = try evaluator.points(ofSubarea: subarea, input)
        } catch {
            throw .overflow(error)
        }
        return try ScaledValue.scaled(points, scale)
    }
}

/// Exact rationals on a common integer scale.
enum ScaledValue {
    /// `value · scale`, which must be an integer.
    static func scaled(_ value: Rational, _ scale: Int64) throws(PlanSearchError) -> Int64 {
        guard let product = try? value.multiplied(by: Rational(scale)), product.isInteger else {
            throw .scale("the points \(value.decimalString())")
        }
        return product.numerator
    }

    /// The least common multiple of the denominators, or nil beyond `limit`.
    static func commonDenominator(_ values: [Rational], limit: Int64) -> Int64? {
        var scale: Int64 = 1
        for value in values where scale % value.denominator != 0 {
            let divisor = gcd(scale, value.denominator)
            let (product, overflow) = (scale / divisor).multipliedReportingOverflow(by: value.denominator)
            guard !overflow, product <= limit else { return nil }
            scale = product
        }
        return scale
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    /// ⌈a · b / c⌉ for non-negative a, b and positive c, saturating at `Int64.max`.
    static func ceilMulDiv(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64 {
        let (high, low) = UInt64(a).multipliedFullWidth(by: UInt64(b))
        guard high < UInt64(c) else { return .max }
        let (q, r) = UInt64(c).dividingFullWidth((high, low))
        let result = r == 0 ? q : q + 1
        return result > UInt64(Int64.max) ? .max : Int64(result)
    }

    /// ⌊a · b / c⌋ for non-negative a, b and positive c, saturating at `Int64.max`.
    static func floorMulDiv(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64 {
        let (high, low) = UInt64(a).multipliedFullWidth(by: UInt64(b))
        guard high < UInt64(c) else { return .max }
        let q = UInt64(c).dividingFullWidth((high, low)).quotient
        return q > UInt64(Int64.max) ? .max : Int64(q)
    }
}
