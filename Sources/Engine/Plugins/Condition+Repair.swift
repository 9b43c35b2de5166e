extension Condition {
    /// The fewest fact changes that make the condition true from these findings, or nil
    /// when no change of findings can (or it is already true).
    public func changesToMakeTrue(_ facts: FactReader, catalog: FactCatalog) -> [FindingChange]? {
        if evaluate(facts) == .yes { return nil }
        return repair(toward: true, facts, catalog).map(Self.merged)
    }

    private func repair(toward wanted: Bool, _ facts: FactReader, _ catalog: FactCatalog) -> [FindingChange]? {
        if evaluate(facts) == Truth(wanted) { return [] }
        switch self {
        case .not(let inner):
            return inner.repair(toward: !wanted, facts, catalog)
        case .and(let l, let r), .or(let l, let r):
            let isAnd: Bool
            if case .and = self { isAnd = true } else { isAnd = false }
            // "and" made true and "or" made false need both sides; otherwise the cheaper side.
            if isAnd == wanted {
                guard let left = l.repair(toward: wanted, facts, catalog),
                    let right = r.repair(toward: wanted, facts.applying(left), catalog)
                else { return nil }
                return left + right
            }
            let options = [l.repair(toward: wanted, facts, catalog), r.repair(toward: wanted, facts, catalog)]
                .compactMap { $0 }
            return options.min { $0.count < $1.count }
        case .positive(let fact):
            return [FindingChange(fact: fact, value: wanted ? Self.smallestPositive(fact, facts, catalog) : catalog.bottom(of: fact))]
        case .contains(let fact, let item):
            return [FindingChange(fact: fact, value: .set(Self.items(fact, facts, adding: wanted ? [item] : [], removing: wanted ? [] : [item])))]
        case .containsAny(let fact, let wanted2):
            let add = wanted ? [wanted2[0]] : []
            return [FindingChange(fact: fact, value: .set(Self.items(fact, facts, adding: add, removing: wanted ? [] : wanted2)))]
        case .containsAll(let fact, let all):
            if wanted { return [FindingChange(fact: fact, value: .set(Self.items(fact, facts, adding: all, removing: [])))] }
            return [FindingChange(fact: fact, value: .set(Self.items(fact, facts, adding: [], removing: [all[0]])))]
        case .compare(let op, let lhs, .constant(let target)):
            let goal = wanted ? op : op.negation
            return Self.satisfy(goal, lhs, target, facts, catalog).map { [$0] }
        case .compare:
            return nil
        }
    }

    private static func merged(_ changes: [FindingChange]) -> [FindingChange] {
        var byFact: [Int: FindingChange] = [:]
        var order: [Int] = []
        for change in changes {
            if byFact[change.fact] == nil { order.append(change.fact) }
            byFact[change.fact] = change
        }
        return order.map { byFact[$0]! }
    }

    private static func items(_ fact: Int, _ facts: FactReader, adding: [String], removing: [String]) -> [String] {
        var items: [String] = []
        if case .set(let current)? = facts.value(fact) { items = current }
        return FactValue.normalizedItems(items.filter { !removing.contains($0) } + adding)
    }

    private static func smallestPositive(_ fact: Int, _ facts: FactReader, _ catalog: FactCatalog) -> FactValue {
        switch catalog.type(of: fact) {
        case .flag: return .flag(true)
        case .level: return .level(1)
        case .number: return .number(.one)
        case .set(let closed):
            return .set(items(fact, facts, adding: [closed?.first ?? "…"], removing: []))
        }
    }

    /// The value closest to the current one that satisfies `op target`.
    private static func satisfy(
        _ op: ComparisonOperator, _ operand: Operand, _ target: Rational, _ facts: FactReader, _ catalog: FactCatalog
    ) -> FindingChange? {
        let candidates: [Rational]
        let one = Rational.one
        switch op {
        case .equal, .lessEqual, .greaterEqual: candidates = [target]
        case .greater: candidates = [(try? target.adding(one)) ?? target]
        case .less: candidates = [(try? target.subtracting(one)) ?? target]
        case .notEqual: candidates = [(try? target.adding(one)) ?? target, (try? target.subtracting(one)) ?? target]
        }
        guard let value = candidates.first(where: { $0 >= .zero }) else { return nil }
        switch operand {
        case .fact(let fact):
            switch catalog.type(of: fact) {
            case .level:
                guard let ladder = catalog.ladder(of: fact), value.isInteger, value.numerator < Int64(ladder.levels.count)
                else { return nil }
                return FindingChange(fact: fact, value: .level(Int(value.numerator)))
            case .number: return FindingChange(fact: fact, value: .number(value))
            default: return nil
            }
        case .count(let fact):
            guard value.isInteger else { return nil }
            var items: [String] = []
            if case .set(let current)? = facts.value(fact) { items = current }
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
