import Engine

/// Builds what ``PlanSearch`` searches: per touched unit (a subarea, or a rule of a
/// subarea whose maximum cannot cut) its points for every combination of its actions, on
/// one integer scale, each action's largest gain in any combination, the search order and
/// the integer costs.
struct SearchTables {
    var searched: [Int] = []
    var neverRaise: [Int] = []
    var tables: [SearchTable] = []
    var touches: [[(table: Int, bit: Int)]] = []
    var upper: [Scaled] = []
    var costs: [Scaled] = []
    var areaMax: [Scaled] = []
    var areaConstant: [Scaled] = []
    var fixedTotal: Scaled = 0
    var scale: Scaled = 1
    var costScale: Scaled = 1
    /// Set when more than 64 searched actions touch one unit: that unit has no table, so
    /// branch and bound and the search by independent parts cannot run.
    var crowded: PlanSearchError?
    /// Set when the points need a common scale beyond 128 bits: there are no tables, and
    /// only the structured search runs.
    var unscaled: PlanSearchError?

    /// A unit with its area and the actions that touch it (plan indices, ascending).
    struct Unit {
        var unit: SearchUnit
        var area: Int
        var actions: [Int]
        var ceiling: Rational
    }

    init(
        instrument: Instrument, plan: Plan, denseLimit: Int, evaluator: inout IncrementalEvaluator
    ) throws(PlanSearchError) {
        let base = evaluator.base
        let baseScore = evaluator.baseScore
        let units = try Self.units(instrument, plan, baseScore)
        // Exact points of units with few actions for every combination, in plan order.
        var exact = [[Rational]?](repeating: nil, count: units.count)
        for (u, unit) in units.enumerated() where unit.actions.count <= denseLimit {
            exact[u] = try Self.enumerate(unit, plan, base, &evaluator)
        }
        // An action is searched when some combination lets it raise some unit's points.
        var raises = [Bool](repeating: false, count: plan.actions.count)
        for (u, unit) in units.enumerated() {
            for (bit, action) in unit.actions.enumerated() where !raises[action] {
                if let table = exact[u] { raises[action] = Self.raises(table, bit: bit) } else { raises[action] = unit.ceiling > .zero }
            }
        }
        neverRaise = plan.actions.indices.filter { !raises[$0] }
        var values: [Rational] = instrument.areas.map(\.max) + units.map(\.ceiling)
        values += baseScore.subareas.map(\.points) + baseScore.rules.map(\.points) + baseScore.areas.map(\.points)
        for table in exact { values += table ?? [] }
        var ceilingTotal = Scaled(1)
        for area in instrument.areas { ceilingTotal += Scaled(area.max.floor()) + 1 }
        let limit = (Scaled(1) << 120) / ceilingTotal / Scaled(plan.actions.count + 2)
        guard let scale = ScaledValue.commonDenominator(values, limit: limit) else {
            // No 128-bit scale: no tables; the structured search adds the points in BigInteger.
            unscaled = .scale("the points")
            searched = plan.actions.indices.filter { raises[$0] }
            return
        }
        self.scale = scale
        func scaled(_ value: Rational) throws(PlanSearchError) -> Scaled { try ScaledValue.scaled(value, scale) }
        // Each action's largest gain in any combination, summed over the units it touches.
        var gains = [Scaled](repeating: 0, count: plan.actions.count)
        for (u, unit) in units.enumerated() {
            if let table = exact[u] {
                let points = try table.map { value throws(PlanSearchError) in try scaled(value) }
                for (bit, action) in unit.actions.enumerated() { gains[action] += Self.largestGain(points, bit: bit) }
            } else {
                for action in unit.actions { gains[action] += try scaled(unit.ceiling) }
            }
        }
        let kept = plan.actions.indices.filter { raises[$0] }
        let costOf = try Self.costs(plan, &costScale)
        // Search order: the largest gain per cost first (free actions first), then plan order.
        searched = kept.sorted { a, b in
            let left = UInt128(gains[a]).multipliedFullWidth(by: UInt128(costOf[b]))
            let right = UInt128(gains[b]).multipliedFullWidth(by: UInt128(costOf[a]))
            if left.high != right.high { return left.high > right.high }
            if left.low != right.low { return left.low > right.low }
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
            let bits = unit.actions.filter { position[$0] != nil }.sorted { position[$0]! < position[$1]! }
            guard !bits.isEmpty else { continue }
            guard bits.count <= 64 else {
                // No mask holds them: only the structured search can run (see `PlanSearch.run`).
                crowded = .crowded(unit: Self.name(unit.unit, instrument), actions: bits.count)
                continue
            }
            if areaIndex[unit.area] == nil {
                areaIndex[unit.area] = areaMax.count
                areaMax.append(try scaled(instrument.areas[unit.area].max))
                areaConstant.append(0)
            }
            let ceiling = try scaled(unit.ceiling)
            let table: SearchTable
            if let full = exact[u] {
                let old = bits.map { unit.actions.firstIndex(of: $0)! }
                var points: [Scaled] = []
                for mask in 0..<(1 << bits.count) {
                    var from = 0
                    for (bit, oldBit) in old.enumerated() where mask & (1 << bit) != 0 { from |= 1 << oldBit }
                    points.append(try scaled(full[from]))
                }
                table = SearchTable(unit: unit.unit, area: areaIndex[unit.area]!, bits: bits.count, values: points, ceiling: ceiling)
            } else {
                let scorer = LazyUnitScorer(
                    evaluator: evaluator, unit: unit.unit, changes: bits.map { plan.actions[$0].changes }, scale: scale)
                table = SearchTable(unit: unit.unit, area: areaIndex[unit.area]!, bits: bits.count, scorer: scorer, ceiling: ceiling)
            }
            tabled.insert(unit.unit)
            for (bit, action) in bits.enumerated() { touches[position[action]!].append((tables.count, bit)) }
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
                for rule in subarea.rules where !tabled.contains(.rule(rule)) { areaConstant[area] += try scaled(baseScore.rules[rule].points) }
            } else {
                areaConstant[area] += try scaled(baseScore.subareas[s].points)
            }
        }
        for (area, score) in baseScore.areas.enumerated() where areaIndex[area] == nil {
            fixedTotal += try scaled(score.points)
        }
    }

    /// The units the plan's actions touch, in instrument order: a subarea whose maximum
    /// cannot cut (weighted, or its rules' best values fit under it) and that has no override
    /// is split into its rules.
    static func units(_ instrument: Instrument, _ plan: Plan, _ score: Score) throws(PlanSearchError) -> [Unit] {
        var factActions = [[Int]](repeating: [], count: instrument.facts.count)
        for (index, action) in plan.actions.enumerated() {
            for change in action.changes where factActions[change.fact].last != index { factActions[change.fact].append(index) }
        }
        func actions(_ rules: [Int]) -> [Int] {
            Set(rules.flatMap { instrument.rules[$0].kind.factsRead.flatMap { factActions[$0] } }).sorted()
        }
        var units: [Unit] = []
        for (s, subarea) in instrument.subareas.enumerated() {
            let touching = actions(subarea.rules)
            guard !touching.isEmpty else { continue }
            var weights = Rational.zero
            var bests = Rational.zero
            do {
                for rule in subarea.rules {
                    weights = try weights.adding(instrument.rules[rule].weight)
                    bests = try bests.adding(instrument.rules[rule].kind.best)
                }
            } catch {
                throw .overflow(error)
            }
            let splits = score.subareas[s].override == nil && (subarea.mode == .weighted || bests <= subarea.max)
            guard splits else {
                units.append(Unit(unit: .subarea(s), area: subarea.area, actions: touching, ceiling: subarea.max))
                continue
            }
            for rule in subarea.rules {
                let touching = actions([rule])
                guard !touching.isEmpty else { continue }
                let best = instrument.rules[rule].kind.best
                var ceiling = best
                if subarea.mode == .weighted, weights > .zero {
                    do {
                        ceiling = try subarea.max.multiplied(by: instrument.rules[rule].weight).divided(by: weights).multiplied(by: best)
                    } catch {
                        throw .overflow(error)
                    }
                }
                units.append(Unit(unit: .rule(rule), area: subarea.area, actions: touching, ceiling: ceiling))
            }
        }
        return units
    }

    /// The costs on one integer scale (an action without a cost costs 0).
    static func costs(_ plan: Plan, _ costScale: inout Scaled) throws(PlanSearchError) -> [Scaled] {
        let values = plan.actions.map { $0.cost ?? .zero }
        guard let scale = ScaledValue.commonDenominator(values, limit: Scaled(1) << 80) else { throw .scale("the costs") }
        costScale = scale
        var costs: [Scaled] = []
        var sum: Scaled = 0
        for value in values {
            let product = try ScaledValue.scaled(value, scale)
            let (next, overflow) = sum.addingReportingOverflow(product)
            guard !overflow, next < Scaled.max / 4 else { throw .scale("the costs (their sum is too large)") }
            sum = next
            costs.append(product)
        }
        return costs
    }

    /// The points of a unit for every combination of its actions (bit j: `actions[j]`).
    static func enumerate(
        _ unit: Unit, _ plan: Plan, _ base: EvaluationInput, _ evaluator: inout IncrementalEvaluator
    ) throws(PlanSearchError) -> [Rational] {
        var points: [Rational] = []
        points.reserveCapacity(1 << unit.actions.count)
        for mask in 0..<(1 << unit.actions.count) {
            var input = base
            for (bit, action) in unit.actions.enumerated() where mask & (1 << bit) != 0 { input.apply(plan.actions[action].changes) }
            points.append(try evaluator.points(of: unit.unit, input))
        }
        return points
    }

    /// Whether adding the action of `bit` raises the points in some combination of the others.
    static func raises(_ points: [Rational], bit: Int) -> Bool {
        points.indices.contains { mask in mask & (1 << bit) == 0 && points[mask | (1 << bit)] > points[mask] }
    }

    /// The most adding the action of `bit` raises the points, over all combinations of the others.
    static func largestGain(_ points: [Scaled], bit: Int) -> Scaled {
        var best: Scaled = 0
        for mask in points.indices where mask & (1 << bit) == 0 { best = Swift.max(best, points[mask | (1 << bit)] - points[mask]) }
        return best
    }

    static func name(_ unit: SearchUnit, _ instrument: Instrument) -> String {
        switch unit {
        case .subarea(let s): "subarea \(instrument.subareas[s].id)"
        case .rule(let r): "rule \(instrument.rules[r].id)"
        }
    }
}
