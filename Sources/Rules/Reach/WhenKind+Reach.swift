import Engine

extension WhenKind {
    /// The award when the condition can hold, 0 when it can fail; its tests that never
    /// hold are dead parts.
    public func reach(_ catalog: FactCatalog) -> RuleReach {
        let condition = condition.reach(catalog)
        return RuleReach(
            least: condition.canFail ? .zero : award, most: condition.canHold ? award : .zero,
            deadParts: condition.deadParts, readings: condition.readings)
    }
}
