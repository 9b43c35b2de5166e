import Engine

/// ``Condition/changesToMakeTrue(_:catalog:)`` as first written, for checking the fast
/// one: the findings are a plain array, and every change made on the way is made to a
/// copy of it.
struct CopyingRepair {
    let catalog: FactCatalog

    func changesToMakeTrue(_ condition: Condition, _ values: [FactValue?]) -> [FindingChange]? {
        if condition.evaluate(FactReader(values: values)) == .yes { return nil }
        guard let changes = repair(condition, toward: true, values) else { return nil }
        var order: [Int] = []
        var last: [Int: FindingChange] = [:]
        for change in changes {
            if last[change.fact] == nil { order.append(change.fact) }
            last[change.fact] = change
        }
        return order.compactMap { last[$0] }
    }

    func repair(_ condition: Condition, toward wanted: Bool, _ values: [FactValue?]) -> [FindingChange]? {
        let truth = condition.evaluate(FactReader(values: values))
        if truth == (wanted ? .yes : .no) { return [] }
        switch condition {
        case .not(let inner):
            return repair(inner, toward: !wanted, values)
        case .and(let l, let r), .or(let l, let r):
            var isAnd = false
            if case .and = condition { isAnd = true }
            if isAnd == wanted {
                guard let left = repair(l, toward: wanted, values) else { return nil }
                var copy = values
                for change in left { copy[change.fact] = change.value }
                guard let right = repair(r, toward: wanted, copy) else { return nil }
                return left + right
            }
            return [repair(l, toward: wanted, values), repair(r, toward: wanted, values)].compactMap { $0 }
                .min { $0.count < $1.count }
        case .positive(let fact):
            return [
                FindingChange(fact: fact, value: wanted ? smallestPositive(fact, values) : catalog.bottom(of: fact))
            ]
        case .contains(let fact, let item):
            return [
                FindingChange(
                    fact: fact,
                    value: .set(items(fact, values, adding: wanted ? [item] : [], removing: wanted ? [] : [item])))
            ]
        case .containsAny(let fact, let any):
            return [
                FindingChange(
                    fact: fact,
                    value: .set(items(fact, values, adding: wanted ? [any[0]] : [], removing: wanted ? [] : any)))
            ]
        case .containsAll(let fact, let all):
            if wanted {
                return [FindingChange(fact: fact, value: .set(items(fact, values, adding: all, removing: [])))]
            }
            return [FindingChange(fact: fact, value: .set(items(fact, values, adding: [], removing: [all[0]])))]
        case .compare(let op, let lhs, .constant(let target)):
            return satisfy(wanted ? op : op.negation, lhs, target, values).map { [$0] }
        case .compare:
            return nil
        }
    }

    func items(_ fact: Int, _ values: [FactValue?], adding: [String], removing: [String]) -> [String] {
        var items: [String] = []
        if case .set(let current)? = values[fact] { items = current }
        return FactValue.normalizedItems(items.filter { !removing.contains($0) } + adding)
    }

    func smallestPositive(_ fact: Int, _ values: [FactValue?]) -> FactValue {
        switch catalog.type(of: fact) {
        case .flag: .flag(true)
        case .level: .level(1)
        case .number: .number(.one)
        case .set(let closed): .set(items(fact, values, adding: [closed?.first ?? "…"], removing: []))
        }
    }

    func satisfy(_ op: ComparisonOperator, _ operand: Operand, _ target: Rational, _ values: [FactValue?])
        -> FindingChange?
    {
        let up = (try? target.adding(.one)) ?? target
        let down = (try? target.subtracting(.one)) ?? target
        let candidates: [Rational] =
            switch op {
            case .equal, .lessEqual, .greaterEqual: [target]
            case .greater: [up]
            case .less: [down]
            case .notEqual: [up, down]
            }
        guard let value = candidates.first(where: { $0 >= .zero }) else { return nil }
        switch operand {
        case .fact(let fact):
            switch catalog.type(of: fact) {
            case .level:
                guard let ladder = catalog.ladder(of: fact), value.isInteger,
                    value.numerator < Int64(ladder.levels.count)
                else { return nil }
                return FindingChange(fact: fact, value: .level(Int(value.numerator)))
            case .number: return FindingChange(fact: fact, value: .number(value))
            default: return nil
            }
        case .count(let fact):
            guard value.isInteger else { return nil }
            var items: [String] = []
            if case .set(let current)? = values[fact] { items = current }
            let wanted = Int(value.numerator)
            if items.count > wanted { items = Array(items.prefix(wanted)) }
            var n = 1
            while items.count < wanted {
                items.append("… \(n)")
                n += 1
            }
            return FindingChange(fact: fact, value: .set(FactValue.normalizedItems(items)))
        case .constant:
            return nil
        }
    }
}
