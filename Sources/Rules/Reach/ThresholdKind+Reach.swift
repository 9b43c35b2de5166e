import Engine

extension ThresholdKind {
    /// From the value at 0 to the value of the highest band the fact can reach; bands
    /// beyond a closed set's size never apply.
    public func reach(_ catalog: FactCatalog) -> RuleReach {
        let range = catalog.valueRange(of: input.fact)
        let readings = [FactReading(fact: input.fact, direction: .increasing)]
        guard let upper = range.upper else {
            return RuleReach(least: table.value(at: range.lower), most: best, readings: readings)
        }
        let dead = table.steps.filter { $0.strict ? upper <= $0.threshold : upper < $0.threshold }.map { step in
            "band '\(step.strict ? ">" : ">=") \(step.threshold.decimalString())' never applies, as \(range.phrase)"
        }
        return RuleReach(
            least: table.value(at: range.lower), most: table.value(at: upper), deadParts: dead, readings: readings)
    }
}
