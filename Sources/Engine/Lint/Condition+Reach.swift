/// What a condition can do under the fact types, for the scoring lint.
public struct ConditionReach: Sendable, Equatable {
    /// Whether some findings make it true.
    public var canHold: Bool
    /// Whether some findings make it false.
    public var canFail: Bool
    /// Its comparisons and `contains` tests that can never hold, each with the reason.
    public var deadParts: [String]
    /// How its truth moves with each fact it reads, one entry per reading.
    public var readings: [FactReading]
}

extension Condition {
    /// What the condition can do under the fact types. Each test is judged on its own
    /// (a fact read twice is not correlated), so `canHold` and `canFail` may say yes
    /// where a contradiction such as `f and not f` says no; they never say no wrongly.
    public func reach(_ catalog: FactCatalog) -> ConditionReach {
        switch self {
        case .not(let inner):
            let r = inner.reach(catalog)
            return ConditionReach(
                canHold: r.canFail, canFail: r.canHold, deadParts: r.deadParts,
                readings: r.readings.map { FactReading(fact: $0.fact, direction: $0.direction.flipped) })
        case .and(let l, let r), .or(let l, let r):
            let left = l.reach(catalog)
            let right = r.reach(catalog)
            let isAnd: Bool = { if case .and = self { return true }; return false }()
            return ConditionReach(
                canHold: isAnd ? left.canHold && right.canHold : left.canHold || right.canHold,
                canFail: isAnd ? left.canFail || right.canFail : left.canFail && right.canFail,
                deadParts: left.deadParts + right.deadParts, readings: left.readings + right.readings)
        case .positive(let fact):
            let range = catalog.valueRange(of: fact)
            let canHold = range.upper.map { $0 > .zero } ?? true
            return ConditionReach(
                canHold: canHold, canFail: true,
                deadParts: canHold ? [] : ["'\(catalog.facts[fact].path)' is never positive, as \(range.phrase)"],
                readings: [FactReading(fact: fact, direction: .increasing)])
        case .compare(let op, let lhs, let rhs):
            return Self.compareReach(op, lhs, rhs, catalog)
        case .contains(let fact, let item):
            return Self.containsReach(fact, [item], all: true, text: "contains \(Spelling.word(item))", catalog)
        case .containsAny(let fact, let items):
            return Self.containsReach(fact, items, all: false, text: "contains any " + Self.list(items), catalog)
        case .containsAll(let fact, let items):
            return Self.containsReach(fact, items, all: true, text: "contains all " + Self.list(items), catalog)
        }
    }

    private static func list(_ items: [String]) -> String {
        "{" + items.map(Spelling.word).joined(separator: ", ") + "}"
    }

    private static func containsReach(
        _ fact: Int, _ items: [String], all: Bool, text: String, _ catalog: FactCatalog
    ) -> ConditionReach {
        let path = catalog.facts[fact].path
        var outside: [String] = []
        if case .set(let closed?) = catalog.type(of: fact) { outside = items.filter { !closed.contains($0) } }
        let canHold = all ? outside.isEmpty : outside.count < items.count
        let reason = "\(outside.map { "'\($0)'" }.joined(separator: ", ")) \(outside.count == 1 ? "is not an item" : "are not items") of '\(path)'"
        return ConditionReach(
            canHold: canHold, canFail: true,
            deadParts: canHold ? [] : ["'\(path) \(text)' never holds, as \(reason)"],
            readings: [FactReading(fact: fact, direction: .increasing)])
    }

    private static func compareReach(
        _ op: ComparisonOperator, _ lhs: Operand, _ rhs: Operand, _ catalog: FactCatalog
    ) -> ConditionReach {
        let left = range(lhs, catalog)
        let right = range(rhs, catalog)
        let canHold = left.canSatisfy(op, right)
        let canFail = left.canSatisfy(op.negation, right)
        var readings: [FactReading] = []
        let direction: Monotonicity
        switch op {
        case .greater, .greaterEqual: direction = .increasing
        case .less, .lessEqual: direction = .decreasing
        case .equal, .notEqual: direction = .mixed
        }
        // A test that cannot change its truth moves with no fact: it adds no reading.
        if canHold, canFail {
            if let fact = lhs.fact { readings.append(FactReading(fact: fact, direction: direction)) }
            if let fact = rhs.fact { readings.append(FactReading(fact: fact, direction: direction.flipped)) }
        }
        var dead: [String] = []
        if !canHold {
            var reasons = [left.phrase, right.phrase].filter { !$0.isEmpty }.joined(separator: " and ")
            if op == .equal, left.overlaps(right) {
                reasons = "'\(text(left.integral ? lhs : rhs, left.integral ? rhs : lhs, catalog))' is a whole number"
            }
            dead.append("'\(text(lhs, rhs, catalog)) \(op.rawValue) \(text(rhs, lhs, catalog))' never holds, as \(reasons)")
        }
        return ConditionReach(canHold: canHold, canFail: canFail, deadParts: dead, readings: readings)
    }

    private static func range(_ operand: Operand, _ catalog: FactCatalog) -> ValueRange {
        switch operand {
        case .constant(let value): return .constant(value)
        case .fact(let fact), .count(let fact): return catalog.valueRange(of: fact)
        }
    }

    /// An operand as written; a constant compared with a level fact is the level's name.
    private static func text(_ operand: Operand, _ other: Operand, _ catalog: FactCatalog) -> String {
        switch operand {
        case .fact(let fact): return catalog.facts[fact].path
        case .count(let fact): return "count(\(catalog.facts[fact].path))"
        case .constant(let value):
            if case .fact(let fact) = other, let ladder = catalog.ladder(of: fact), value.isInteger,
                value >= .zero, value.integerPart() < Int64(ladder.levels.count)
            {
                return Spelling.word(ladder.levels[Int(value.integerPart())])
            }
            return value.decimalString()
        }
    }
}
