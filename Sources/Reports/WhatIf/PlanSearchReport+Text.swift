import Analysis
import Engine

extension PlanSearchReport {
    /// The answer as text in `language` (default: the instrument's): goal, method and
    /// exactness, the chosen actions, then the comparison.
    public func renderText(language: ReportLanguage? = nil) -> String {
        let instrument = comparison.instrument
        let plan = comparison.plan!
        let prose = Prose(language, for: instrument)
        let words = WhatIfWords.of(prose)
        var out = "\(words.searchTitle): \(comparison.evidence.municipality) \(comparison.evidence.year) · "
        out += "\(instrument.name) \(instrument.version)\n"
        out += "plan \(prose.quoted(plan.name)) (\(plan.path)): \(prose.count(plan.actions.count, words.action))\n"
        switch result.goal {
        case .budget(let budget): out += "\(words.goal): \(words.goalBudget(prose.number(budget)))\n"
        case .target(let target): out += "\(words.goal): \(words.goalTarget(prose.number(target)))\n"
        }
        out += "\(words.method): \(method(prose))\n"
        if let details = details(prose) { out += "\(words.details): \(details)\n" }
        if !result.exact, let bound = result.bound, let gap = result.gap {
            switch result.goal {
            case .budget: out += words.notProvenBudget(prose.number(bound), prose.number(gap)) + "\n"
            case .target: out += words.notProvenTarget(prose.number(bound), prose.number(gap)) + "\n"
            }
        }
        out += words.ties + "\n"
        let footer = prose.footer(Provenance(instrument: instrument, evidence: comparison.evidence, plan: plan))
        guard let chosen = result.chosen else {
            out += "\n\(words.answer): \(words.unreachable)"
            if let reachable = result.bestReachable {
                out += "; " + words.mostReachable(prose.number(reachable), prose.shown(reachable))
            }
            return out + "\n" + notes(plan, prose) + footer
        }
        out +=
            "\n\(words.answer): \(prose.count(chosen.count, words.action)), \(words.cost) \(prose.number(result.cost))"
        if case .budget(let budget) = result.goal { out += " \(words.of) \(prose.number(budget))" }
        out += ", \(words.gain) \(prose.signedPoints(result.gain)): \(words.total.lowercased()) "
        out += "\(prose.number(result.baseTotal)) → \(prose.number(result.total)) "
        out += "(\(words.shownAs) \(prose.shown(result.baseTotal)) → \(prose.shown(result.total))), \(words.rescored)\n"
        out +=
            "\(words.chosen): "
            + (chosen.isEmpty ? words.noneChosen : chosen.map { plan.actions[$0].id }.joined(separator: ", ")) + "\n"
        out += notes(plan, prose) + "\n" + comparison.totalLine(prose) + "\n\n" + comparison.renderTable(prose) + "\n"
        out += comparison.renderEffects(prose)
        return out + footer
    }

    /// How the answer was found, in words. The search describes its method in English
    /// (``PlanSearchResult/method``) with its counts in a fixed order; they are read back
    /// and written in the language. A description of another form is shown as it is.
    func method(_ prose: Prose) -> String {
        let words = WhatIfWords.of(prose)
        let text = result.method
        let counts = Self.counts(in: text)
        let leftOut =
            result.neverRaise.isEmpty
            ? "" : words.methodLeftOut(result.neverRaise.count, prose.integer(result.neverRaise.count))
        if text.hasPrefix("exact by independent parts: "), counts.count >= 4 {
            return words.methodParts(
                prose.count(counts[0], words.group), prose.integer(counts[1]), prose.count(counts[2], words.selection),
                prose.count(counts[3], words.selection)) + leftOut
        }
        if text.hasPrefix("exact by dynamic programming along the structure: "), counts.count >= 3 {
            return words.methodStructure(
                prose.count(counts[0], words.action), counts[1], prose.integer(counts[1]),
                prose.count(counts[2], words.selection)) + leftOut
        }
        if text.hasPrefix("branch and bound over "), counts.count >= 2 {
            return words.methodBranchAndBound(
                prose.count(counts[0], words.action), prose.count(counts[1], words.node), result.exact) + leftOut
        }
        return text
    }

    /// The method's details in words, when it has any: the tree width of the structured search,
    /// a scale beyond 128 bits, why the structured search gave way to branch and bound.
    func details(_ prose: Prose) -> String? {
        let words = WhatIfWords.of(prose)
        var parts: [String] = []
        if let width = result.treeWidth { parts.append(words.treeWidth(prose.integer(width))) }
        if let bits = result.scaleBits { parts.append(words.scaleBits(prose.integer(bits))) }
        if let reason = result.gaveWay {
            let limit: Int
            switch reason {
            case .shape(let n), .width(let n), .states(let n), .estimate(let n), .sets(let n): limit = n
            }
            parts.append(words.gaveWay(reason, prose.integer(limit)))
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The whole numbers in a text, in order.
    static func counts(in text: String) -> [Int] {
        text.split { !$0.isASCII || !$0.isNumber }.compactMap { Int($0) }
    }

    private func notes(_ plan: Plan, _ prose: Prose) -> String {
        let words = WhatIfWords.of(prose)
        var out = ""
        if !result.neverRaise.isEmpty {
            out +=
                "\(words.neverRaise): " + result.neverRaise.map { plan.actions[$0].id }.joined(separator: ", ") + "\n"
        }
        if !result.uncosted.isEmpty {
            out += "\(words.uncosted): " + result.uncosted.map { plan.actions[$0].id }.joined(separator: ", ") + "\n"
        }
        return out
    }
}
