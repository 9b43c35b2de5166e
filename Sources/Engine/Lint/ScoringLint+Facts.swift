extension ScoringLint {
    /// `lint.fact-read-twice`: a fact read more than once in one subarea, not all in one
    /// direction. Readings that all rise (or all fall) with the fact reach their least
    /// and their most together, so the bounds stay exact; others make them approximate
    /// (DESIGN.md, "Bounds").
    func factsReadTwice(_ index: Int) -> [Diagnostic] {
        let subarea = instrument.subareas[index]
        var order: [Int] = []
        var readings: [Int: [(rule: Int, direction: Monotonicity)]] = [:]
        for rule in subarea.rules {
            for reading in reaches[rule].readings {
                if readings[reading.fact] == nil { order.append(reading.fact) }
                readings[reading.fact, default: []].append((rule, reading.direction))
            }
        }
        return order.compactMap { fact -> Diagnostic? in
            let found = readings[fact] ?? []
            let directions = Set(found.map(\.direction))
            guard found.count > 1, directions.count > 1 || directions.contains(.mixed) else { return nil }
            let path = instrument.facts[fact].path
            let rules = found.map(\.rule).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
            let second = found[1].rule
            return Diagnostic(
                .lintFactReadTwice,
                "fact '\(path)' is read \(found.count) times in subarea '\(subarea.id)', not all in one direction: "
                    + "the subarea's bounds are approximate while it is unassessed",
                at: instrument.rules[second].span,
                notes: rules.filter { $0 != second }.map { rule in
                    Diagnostic.Note("also read by rule '\(instrument.rules[rule].id)'", at: instrument.rules[rule].span)
                },
                help: "read '\(path)' in one direction only, or accept approximate bounds while it is unassessed")
        }
    }

    /// `lint.unused-fact`: a declared fact that no rule reads.
    func unusedFacts() -> [Diagnostic] {
        let read = Set(instrument.rules.flatMap { $0.kind.factsRead })
        return instrument.facts.indices.filter { !read.contains($0) }.map { fact in
            Diagnostic(
                .lintUnusedFact, "fact '\(instrument.facts[fact].path)' is not read by any rule",
                at: instrument.facts[fact].span, help: "read it in a rule, or remove its declaration")
        }
    }
}
