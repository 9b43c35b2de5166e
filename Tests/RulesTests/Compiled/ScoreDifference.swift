import Engine

/// Every value two scores hold, compared one by one: each rule's outcome (value, upper,
/// assessed, own cap cut), status, points, cap cut and bounds; each subarea's computed and
/// reported points, cap cut, bounds and override; each area's points and bounds; the total
/// and its bounds; the unassessed facts and unjudged rules.
enum ScoreDifference {
    /// What differs between `expected` and `actual`, as readable lines, at most `limit`
    /// of them (one more line says how many were left out). Empty when they agree.
    static func between(_ expected: Score, _ actual: Score, limit: Int = 6) -> [String] {
        var found: [String] = []
        func check<T: Equatable>(_ what: @autoclosure () -> String, _ x: T, _ y: T) {
            if x != y { found.append("\(what()): expected \(x), got \(y)") }
        }
        check("rule count", expected.rules.count, actual.rules.count)
        check("subarea count", expected.subareas.count, actual.subareas.count)
        check("area count", expected.areas.count, actual.areas.count)
        guard found.isEmpty else { return found }
        for (r, (x, y)) in zip(expected.rules, actual.rules).enumerated() {
            check("rule \(r) value", x.outcome.value, y.outcome.value)
            check("rule \(r) upper", x.outcome.upper, y.outcome.upper)
            check("rule \(r) assessed", x.outcome.assessed, y.outcome.assessed)
            check("rule \(r) own cap cut", x.outcome.ownCapCut, y.outcome.ownCapCut)
            check("rule \(r) status", x.status, y.status)
            check("rule \(r) points", x.points, y.points)
            check("rule \(r) cap cut", x.capCut, y.capCut)
            check("rule \(r) bounds", x.bounds, y.bounds)
        }
        for (s, (x, y)) in zip(expected.subareas, actual.subareas).enumerated() {
            check("subarea \(s) computed", x.computed, y.computed)
            check("subarea \(s) points", x.points, y.points)
            check("subarea \(s) cap cut", x.capCut, y.capCut)
            check("subarea \(s) bounds", x.bounds, y.bounds)
            check("subarea \(s) override", x.override?.value, y.override?.value)
        }
        for (a, (x, y)) in zip(expected.areas, actual.areas).enumerated() {
            check("area \(a) points", x.points, y.points)
            check("area \(a) bounds", x.bounds, y.bounds)
        }
        check("total", expected.total, actual.total)
        check("total bounds", expected.totalBounds, actual.totalBounds)
        check("unassessed facts", expected.unassessed, actual.unassessed)
        check("unjudged rules", expected.unjudged, actual.unjudged)
        guard found.count > limit else { return found }
        return Array(found.prefix(limit)) + ["and \(found.count - limit) more"]
    }
}
