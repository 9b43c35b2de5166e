import Engine

extension ScaleKind {
    /// The values at the ends of the fact's range (the scale is monotone in between).
    public func reach(_ catalog: FactCatalog) -> RuleReach {
        let range = catalog.valueRange(of: input.fact)
        let rising = to > from
        let readings = [FactReading(fact: input.fact, direction: rising ? .increasing : .decreasing)]
        func value(at x: Rational) -> Rational? {
            guard let share = try? x.subtracting(from).divided(by: to.subtracting(from)) else { return nil }
            return try? award.multiplied(by: share.clamped(to: Rational.zero...Rational.one))
        }
        guard let atLower = value(at: range.lower), let atUpper = range.upper.map(value) ?? (rising ? award : .zero)
        else { return RuleReach(least: .zero, most: award, readings: readings) }
        let most = max(atLower, atUpper)
        var dead: [String] = []
        if most < award {
            dead.append(
                "the full value needs '\(catalog.facts[input.fact].path)' at \(to.decimalString()) or "
                    + "\(rising ? "more" : "less"), and \(range.phrase)")
        }
        return RuleReach(least: min(atLower, atUpper), most: most, deadParts: dead, readings: readings)
    }
}
