import Engine

extension LadderKind {
    /// From the value of the ladder's bottom level to the best listed value.
    public func reach(_ catalog: FactCatalog) -> RuleReach {
        RuleReach(least: table.value(at: .zero), most: best, readings: [FactReading(fact: fact, direction: .increasing)])
    }
}
