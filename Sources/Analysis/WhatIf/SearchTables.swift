import Engine

/// Builds what branch and bound (``BranchAndBound``) searches: per touched unit (a subarea,
/// or a rule of a subarea whose maximum cannot cut) its points for every combination of its
/// actions, on one integer scale (`Int128`, or ``BigInteger`` where the common scale of the
/// points needs more than 128 bits), each action's largest gain in any combination, the
/// search order and the integer costs. A unit touched by more than 64 searched actions is
/// scored on demand by masks of several words.
struct SearchTables<V: SearchInteger> {
    var searched: [Int] = []
    var neverRaise: [Int] = []
    var tables: [SearchTable<V>] = []
    var touches: [[(table: Int, bit: Int)]] = []
    var upper: [V] = []
    var costs: [Scaled] = []
    var areaMax: [V] = []
    var areaConstant: [V] = []
    var fixedTotal: V = .zero
    let scale: V
    var costScale: Scaled = 1
    /// The unit touched by the most searched actions, when more than 64 do (for the method).
    var crowded: (unit: String, actions: Int)?

    init(
        _ prepared: SearchPreparation, scale: V, instrument: Instrument, plan: Plan, evaluator: IncrementalEvaluator
    ) throws(PlanSearchError) {
        self.scale = scale
        let baseScore = evaluator.baseScore
        let units = prepared.units
        let exact = prepared.exact
        let raises = prepared.raises
        neverRaise = plan.actions.indices.filter { !raises[$0] }
        func scaled(_ value: Rational) throws(PlanSearchError) -> V {
            guard let result = V.scaledExactly(value, by: scale) else { throw .scale("the points \(value.decimalString())") }
            return result
        }
        // Each action's largest gain in any combination, summed over the units it touches.
        var gains = [V](repeating: .zero, count: plan.actions.count)
        for (u, unit) in units.enumerated() {
            if let table = exact[u] {
                let points = try table.map { value throws(PlanSearchError) in try scaled(value) }
                for (bit, action) in unit.actions.enumerated() {
                    gains[action] = gains[action] + SearchPreparation.largestGain(points, bit: bit)
                }
            } else {
                // No action gains more than the unit's whole range.
                let range = try scaled(unit.ceiling) - scaled(unit.floor)
                for action in unit.actions { gains[action] = gains[action] + range }
            }
        }
        let kept = plan.actions.indices.filter { raises[$0] }
        let costOf = try SearchPreparation.costs(plan, &costScale)
        // Search order: the largest gain per cost first (free actions first), then plan order.
        searched = kept.sorted { a, b in
            if V.ratioExceeds(gains[a], costOf[a], gains[b], costOf[b]) { return true }
            if V.ratioExceeds(gains[b], costOf[b], gains[a], costOf[a]) { return false }
            return a < b
        }
        upper = searched.map { gains[$0] }
        costs = searched.map { costOf[$0] }
        var position = [Int?](repeating: nil, count: plan.actions.count)
        for (offset, action) in searched.enumerated() { position[action] = offset }
        touches = [[(table: Int, bit: Int)]](repeating: [], count: searched.count)
        // Tables over the searched actions, bits in search order; the areas that hold them.
        var areaIndex = [Int?](repeating: nil, count: instrument.areas.count)
        var tabled = Set<SearchUnit>()
        for (u, unit) in units.enumerated() {
            let bits = unit.actions.compactMap { action in position[action].map { (action, $0) } }.sorted { $0.1 < $1.1 }
                .map(\.0)
            guard !bits.isEmpty else { continue }
            if bits.count > 64, bits.count > crowded?.actions ?? 0 {
                crowded = (SearchPreparation.name(unit.unit, instrument), bits.count)
            }
            let area: Int
            if let known = areaIndex[unit.area] {
                area = known
            } else {
                area = areaMax.count
                areaIndex[unit.area] = area
                areaMax.append(try scaled(instrument.areas[unit.area].max))
                areaConstant.append(.zero)
            }
            let ceiling = try scaled(unit.ceiling)
            let table: SearchTable<V>
            if let full = exact[u] {
                let old = bits.map { action in unit.actions.firstIndex(of: action) ?? 0 }
                var points: [V] = []
                for mask in 0..<(1 << bits.count) {
                    var from = 0
                    for (bit, oldBit) in old.enumerated() where mask & (1 << bit) != 0 { from |= 1 << oldBit }
                    points.append(try scaled(full[from]))
                }
                table = SearchTable(unit: unit.unit, area: area, bits: bits.count, values: points, ceiling: ceiling)
            } else {
                let scorer = LazyUnitScorer(
                    evaluator: evaluator, unit: unit.unit, changes: bits.map { plan.actions[$0].changes }, scale: scale)
                table = SearchTable(unit: unit.unit, area: area, bits: bits.count, scorer: scorer, ceiling: ceiling)
            }
            tabled.insert(unit.unit)
            for (bit, action) in bits.enumerated() {
                if let at = position[action] { touches[at].append((tables.count, bit)) }
            }
            tables.append(table)
        }
        // What no table scores stays as in the evidence.
        let split = Set(units.compactMap { unit -> Int? in
            if case .rule(let rule) = unit.unit { return instrument.rules[rule].subarea }
            return nil
        })
        for (s, subarea) in instrument.subareas.enumerated() {
            guard let area = areaIndex[subarea.area], !tabled.contains(.subarea(s)) else { continue }
            if split.contains(s) {
                for rule in subarea.rules where !tabled.contains(.rule(rule)) {
                    areaConstant[area] = areaConstant[area] + (try scaled(baseScore.rules[rule].points))
                }
            } else {
                areaConstant[area] = areaConstant[area] + (try scaled(baseScore.subareas[s].points))
            }
        }
        for (area, score) in baseScore.areas.enumerated() where areaIndex[area] == nil {
            fixedTotal = fixedTotal + (try scaled(score.points))
        }
    }
}
