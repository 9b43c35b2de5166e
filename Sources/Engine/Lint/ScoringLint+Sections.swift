extension ScoringLint {
    /// `lint.unreachable-max`: the subarea's rules at their most stay below its maximum.
    func unreachableMaximum(_ index: Int) -> [Diagnostic] {
        let subarea = instrument.subareas[index]
        switch subarea.mode {
        case .points:
            guard let most = Self.sum(subarea.rules.map { reaches[$0].most }), most < subarea.max else { return [] }
            let notes = subarea.rules.filter { reaches[$0].most < instrument.rules[$0].kind.best }.map { rule in
                Diagnostic.Note(
                    "rule '\(instrument.rules[rule].id)' gives at most \(Self.text(reaches[rule].most)), "
                        + "not its best value \(Self.text(instrument.rules[rule].kind.best))",
                    at: instrument.rules[rule].span)
            }
            return [
                Diagnostic(
                    .lintUnreachableMax,
                    "subarea '\(subarea.id)' can never reach its maximum \(Self.text(subarea.max)): "
                        + "its rules give at most \(Self.text(most))",
                    at: subarea.span, notes: notes,
                    help: "raise the rules' values, or lower the maximum to \(Self.text(most))")
            ]
        case .weighted:
            let rules = subarea.rules
            guard let weights = Self.sum(rules.map { instrument.rules[$0].weight }),
                let products = try? rules.map({ rule throws(ArithmeticOverflow) in
                    try instrument.rules[rule].weight.multiplied(by: reaches[rule].most)
                }),
                let reached = Self.sum(products),
                reached < weights
            else { return [] }
            let best = weights > .zero ? (try? subarea.max.multiplied(by: reached).divided(by: weights)) : .zero
            let notes = rules.filter { reaches[$0].most < .one }.map { rule in
                Diagnostic.Note(
                    "rule '\(instrument.rules[rule].id)' reaches at most \(Self.text(reaches[rule].most)) of its weight",
                    at: instrument.rules[rule].span)
            }
            return [
                Diagnostic(
                    .lintUnreachableMax,
                    "subarea '\(subarea.id)' can never reach its maximum \(Self.text(subarea.max)): "
                        + "at best it scores \(best.map(Self.text) ?? "less")",
                    at: subarea.span, notes: notes,
                    help: "in a weighted subarea every rule must reach satisfaction 1 for the maximum")
            ]
        }
    }

    /// `lint.area-max-sum`: the area's maximum is not the sum of its subareas' maxima.
    func areaMaximum(_ index: Int) -> [Diagnostic] {
        let area = instrument.areas[index]
        guard let sum = Self.sum(area.subareas.map { instrument.subareas[$0].max }), sum != area.max else { return [] }
        let consequence = sum < area.max
            ? "the area can never reach its maximum"
            : "the area's maximum cuts \(Self.text((try? sum.subtracting(area.max)) ?? .zero)) from full subareas"
        return [
            Diagnostic(
                .lintAreaMaxSum,
                "area '\(area.id)' has maximum \(Self.text(area.max)), but its subareas' maxima add up to "
                    + "\(Self.text(sum)): \(consequence)",
                at: area.span, help: "make the area's maximum the sum of its subareas' maxima")
        ]
    }
}
