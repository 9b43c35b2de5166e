import Engine

extension EachKind {
    /// From 0; the cap, unless only a closed list of items counts and is worth less.
    public func reach(_ catalog: FactCatalog) -> RuleReach {
        let readings = [FactReading(fact: fact, direction: .increasing)]
        guard let universe, let worth = try? award.multiplied(by: Rational(Int64(universe.count))), worth < cap
        else { return RuleReach(least: .zero, most: cap, readings: readings) }
        let n = universe.count
        return RuleReach(
            least: .zero, most: worth,
            deadParts: [
                "'cap \(cap.decimalString())' is never reached, as at most \(n) item\(n == 1 ? "" : "s") of "
                    + "'\(catalog.facts[fact].path)' count, worth \(worth.decimalString())"
            ],
            readings: readings)
    }
}
