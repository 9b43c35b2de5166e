/// Builds what ``PlanSearch`` searches: per touched subarea its points for every
/// combination of its actions, on one integer scale, each action's largest gain in any
/// combination, the search order and the integer costs.
struct SearchTables {
    var searched: [Int] = []
    var neverRaise: [Int] = []
    var tables: [SubareaTable] = []
    var touches: [[(table: Int, bit: Int)]] = []
    var upper: [Int64] = []
    var costs: [Int64] = []
    var areaMax: [Int64] = []
    var areaConstant: [Int64] = []
    var fixedTotal: Int64 = 0
    var scale: Int64 = 1
    var costScale: Int64 = 1

    init(instrument: Instrument, plan: Plan, denseLimit: Int, evaluator: inout IncrementalEvaluator) throws(PlanSearchError) {
        let base = evaluator.base
        let baseScore = evaluator.baseScore
        // Which subareas each action touches, and which actions touch each subarea (plan order).
        var actionsOf = [[Int]](repeating: [], count: instrument.subareas.count)
        for (index, action) in plan.actions.enumerated() {
            var subareas = Set<Int>()
            for change in action.changes { subareas.formUnion(evaluator.subareasReading[change.fact]) }
            for subarea in subareas.sorted() { actionsOf[subarea].append(index) }
        }
        // Exact points of small subareas for every combination, in plan order.
        var exact: [Int: [Rational]] = [:]
        for (subarea, actions) in actionsOf.enumerated() where !actions.isEmpty && actions.count <= denseLimit {
            exact[subarea] = try Self.enumerate(subarea, actions, plan, base, &evaluator)
        }
        var values: [Rational] = instrument.areas.map(\.max) + instrument.subareas.map(\.max)
        values += baseScore.subareas.map(\.points) + baseScore.areas.map(\.points)
        for subarea in exact.keys.sorted() { values += exact[subarea]! }
        var ceilingTotal = Int64(1)
        for area in instrument.areas { ceilingTotal += area.max.floor() + 1 }
        let limit = (Int64(1) << 60) / ceilingTotal / Int64(plan.actions.count + 2)
        guard let scale = ScaledValue.commonDenominator(values, limit: limit) else { throw .scale("the points") }
        self.scale = scale
        func scaled(_ value: Rational) throws(PlanSearchError) -> Int64 { try ScaledValue.scaled(value, scale) }
        // Each action's largest gain in any combination, summed over the subareas it touches.
        var gains = [Int64](repeating: 0, count: plan.actions.count)
        for (subarea, actions) in actionsOf.enumerated() where !actions.isEmpty {
            if let table = exact[subarea] {
                let points = try table.map { value throws(PlanSearchError) in try scaled(value) }
                for (bit, action) in actions.enumerated() { gains[action] += Self.largestGain(points, bit: bit) }
            } else {
                for action in actions { gains[action] += try scaled(instrument.subareas[subarea].max) }
            }
        }
        neverRaise = plan.actions.indices.filter { gains[$0] <= 0 }
        let kept = plan.actions.indices.filter { gains[$0] > 0 }
        // Costs on one integer scale.
        let costValues = plan.actions.map { $0.cost ?? .zero }
        guard let costScale = ScaledValue.commonDenominator(costValues, limit: Int64(1) << 40) else { throw .scale("the costs") }
        self.costScale = costScale
        var costOf: [Int64] = []
        var sum: Int64 = 0
        for value in costValues {
            guard let product = try? value.multiplied(by: Rational(costScale)), product.isInteger else { throw .scale("the costs") }
            let (next, overflow) = sum.addingReportingOverflow(product.numerator)
            guard !overflow, next < Int64.max / 4 else { throw .scale("the costs (their sum is too large)") }
            sum = next
            costOf.append(product.numerator)
        }
        // Search order: the largest gain per cost first (free actions first), then plan order.
        searched = kept.sorted { a, b in
            let left = UInt64(gains[a]).multipliedFullWidth(by: UInt64(costOf[b]))
            let right = UInt64(gains[b]).multipliedFullWidth(by: UInt64(costOf[a]))
            if left.high != right.high { return left.high > right.high }
            if left.low != right.low { return left.low > right.low }
            return a < b
        }
        upper = searched.map { gains[$0] }
        costs = searched.map { costOf[$0] }
        let position = Dictionary(uniqueKeysWithValues: searched.enumerated().map { ($0.element, $0.offset) })
        touches = [[(table: Int, bit: Int)]](repeating: [], count: searched.count)
        // Tables over the searched actions, bits in search order; areas that hold them.
        var areaIndex = [Int?](repeating: nil, count: instrument.areas.count)
        var tableOf = [Int?](repeating: nil, count: instrument.subareas.count)
        for (subarea, actions) in actionsOf.enumerated() {
            let bits = actions.filter { position[$0] != nil }.sorted { position[$0]! < position[$1]! }
            guard !bits.isEmpty else { continue }
            guard bits.count <= 64 else { throw .crowded(subarea: instrument.subareas[subarea].id, actions: bits.count) }
            let area = instrument.subareas[subarea].area
            if areaIndex[area] == nil {
                areaIndex[area] = areaMax.count
                areaMax.append(try scaled(instrument.areas[area].max))
                areaConstant.append(0)
            }
            let ceiling = try scaled(instrument.subareas[subarea].max)
            let table: SubareaTable
            if let full = exact[subarea] {
                let old = bits.map { actions.firstIndex(of: $0)! }
                var points: [Int64] = []
                for mask in 0..<(1 << bits.count) {
                    var from = 0
                    for (bit, oldBit) in old.enumerated() where mask & (1 << bit) != 0 { from |= 1 << oldBit }
                    points.append(try scaled(full[from]))
                }
                table = SubareaTable(subarea: subarea, area: areaIndex[area]!, bits: bits.count, values: points, ceiling: ceiling)
            } else {
                let scorer = LazySubareaScorer(
                    evaluator: evaluator, subarea: subarea, changes: bits.map { plan.actions[$0].changes }, scale: scale)
                table = SubareaTable(subarea: subarea, area: areaIndex[area]!, bits: bits.count, scorer: scorer, ceiling: ceiling)
            }
            tableOf[subarea] = tables.count
            for (bit, action) in bits.enumerated() { touches[position[action]!].append((tables.count, bit)) }
            tables.append(table)
        }
        for (subarea, score) in baseScore.subareas.enumerated() where tableOf[subarea] == nil {
            if let area = areaIndex[instrument.subareas[subarea].area] { areaConstant[area] += try scaled(score.points) }
        }
        for (area, score) in baseScore.areas.enumerated() where areaIndex[area] == nil {
            fixedTotal += try scaled(score.points)
        }
    }

    /// The points of a subarea for every combination of its actions (bit j: `actions[j]`).
    static func enumerate(
        _ subarea: Int, _ actions: [Int], _ plan: Plan, _ base: EvaluationInput, _ evaluator: inout IncrementalEvaluator
    ) throws(PlanSearchError) -> [Rational] {
        var points: [Rational] = []
        points.reserveCapacity(1 << actions.count)
        for mask in 0..<(1 << actions.count) {
            var input = base
            for (bit, action) in actions.enumerated() where mask & (1 << bit) != 0 { input.apply(plan.actions[action].changes) }
            do { points.append(try evaluator.points(ofSubarea: subarea, input)) } catch { throw .overflow(error) }
        }
        return points
    }

    /// The most adding the action of `bit` raises the points, over all combinations of the others.
    static func largestGain(_ points: [Int64], bit: Int) -> Int64 {
        var best: Int64 = 0
        for mask in points.indices where mask & (1 << bit) == 0 { best = Swift.max(best, points[mask | (1 << bit)] - points[mask]) }
        return best
    }
}
