import Engine

extension PlanChange {
    /// A `set`: the value replaces the finding.
    public init(set fact: Int, to value: FactValue) {
        self.init(fact: fact, isAdd: false, value: value)
    }

    /// An `add`: the items are unioned into a set fact's finding.
    public init(add items: [String], to fact: Int) {
        self.init(fact: fact, isAdd: true, value: .set(FactValue.normalizedItems(items)))
    }

    /// The finding's value after the change: `set` replaces it; `add` unions its items
    /// into the set (an unassessed set becomes the added items).
    public func applied(to current: FactValue?) -> FactValue {
        guard isAdd, case .set(let added) = value, case .set(let have)? = current else { return value }
        return .set(FactValue.normalizedItems(have + added))
    }

    /// The change as a plan writes it: `set fact = value` or `add fact {items}`.
    public func formatted(in instrument: Instrument) -> String {
        let path = instrument.facts[fact].path
        let text = value.formatted(ladder: instrument.ladder(ofFact: fact))
        return isAdd ? "add \(path) \(text)" : "set \(path) = \(text)"
    }
}

extension EvaluationInput {
    /// The input with plan changes applied in order (see ``PlanChange/applied(to:)``).
    public func applying(_ changes: [PlanChange]) -> EvaluationInput {
        var copy = self
        copy.apply(changes)
        return copy
    }

    /// Applies plan changes in order.
    public mutating func apply(_ changes: [PlanChange]) {
        for change in changes { values[change.fact] = change.applied(to: values[change.fact]) }
    }
}

extension Plan {
    /// The changes of the actions with these indices, in plan order.
    public func changes(of actions: [Int]) -> [PlanChange] {
        actions.sorted().flatMap { self.actions[$0].changes }
    }

    /// The index of the action with this id.
    public func actionIndex(_ id: String) -> Int? {
        actions.firstIndex { $0.id == id }
    }

    /// The total cost of the actions with these indices; an action without a cost counts as 0.
    public func cost(of actions: [Int]) throws(ArithmeticOverflow) -> Rational {
        var sum = Rational.zero
        for index in actions { sum = try sum.adding(self.actions[index].cost ?? .zero) }
        return sum
    }
}
