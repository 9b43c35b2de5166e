import Engine

/// A plan to start from (`kompass-score new plan`): the header naming the plan and the
/// evidence's municipality, then per area and subarea the points and what is missing,
/// today's values of the facts the subarea reads, and for each rule below its best the
/// change that takes it there (the explanation's headroom, re-scored alone) as a
/// commented action that parses once its `#` are removed and any `?` filled in.
public struct PlanTemplate: Sendable {
    /// The plan's name.
    public var name: String

    /// A template's header.
    public init(name: String) {
        self.name = name
    }

    /// The template for a scored evidence file (named by `evidencePath` as given), its
    /// comments in `language` (default: the instrument's).
    public func render(_ scored: ScoredEvidence, evidencePath: String, language: ReportLanguage? = nil)
        throws(ArithmeticOverflow) -> String
    {
        let instrument = scored.instrument
        let prose = Prose(language, for: instrument)
        let words = AuthoringWords.of(prose.language)
        let municipality = scored.evidence.municipality
        var out = LineWrap.paragraph(
            words.planIntro(
                prose.quoted(LineWrap.oneLine(name)), LineWrap.oneLine(municipality), LineWrap.oneLine(evidencePath)),
            first: "# ", rest: "# ")
        out += "# \(Provenance.tool) · instrument \(instrument.name) \(instrument.version) sha256 \(instrument.sha256)\n"
        out += "# \(LineWrap.oneLine(evidencePath)) sha256 \(scored.evidence.sha256)\n#\n"
        for line in words.planHowTo { out += LineWrap.paragraph(line, first: "# ", rest: line.hasPrefix("- ") ? "#   " : "# ") }
        out += "\nplan \(Spelling.quoted(name)) for \(Spelling.quoted(municipality))\n"
        let explainer = Explainer(scored: scored)
        let values = EvaluationInput(evidence: scored.evidence, instrument: instrument).values
        var claimed: [Int: (action: String, onlyAdd: Bool)] = [:]
        for (a, area) in instrument.areas.enumerated() {
            out += "\n" + LineWrap.paragraph(
                "==== \(area.id)  \(prose.title(of: area)): "
                    + words.ofPoints(prose.number(scored.score.areas[a].points), prose.number(area.max)),
                first: "# ", rest: "#      ")
            for s in area.subareas {
                out += try subarea(s, scored, explainer, values, prose, words, &claimed)
            }
        }
        return out
    }

    func subarea(
        _ s: Int, _ scored: ScoredEvidence, _ explainer: Explainer, _ values: [FactValue?], _ prose: Prose,
        _ words: AuthoringWords, _ claimed: inout [Int: (action: String, onlyAdd: Bool)]
    ) throws(ArithmeticOverflow) -> String {
        let instrument = scored.instrument
        let subarea = instrument.subareas[s]
        let score = scored.score.subareas[s]
        let missing = try subarea.max.subtracting(score.points)
        let heading = "---- \(subarea.id)  \(prose.title(of: subarea)): "
        guard missing > .zero else {
            return "\n" + LineWrap.paragraph(
                heading + words.planFull(prose.number(score.points), prose.number(subarea.max)), first: "# ", rest: "#      ")
        }
        var out = "\n" + LineWrap.paragraph(
            heading + words.planSubarea(prose.number(score.points), prose.number(subarea.max), prose.points(missing)),
            first: "# ", rest: "#      ")
        if score.override != nil { return out + "#   \(words.planOverride)\n" }
        let facts = FactList.distinct(subarea.rules.flatMap { instrument.rules[$0].kind.factsRead })
        if !facts.isEmpty {
            let today = facts.map { "\(instrument.facts[$0].path) = \(prose.value(ofFact: $0, in: values, instrument: instrument))" }
            out += LineWrap.paragraph("\(words.today): " + today.joined(separator: ", "), first: "#   ", rest: "#     ")
        }
        let explanation = try explainer.explain(.subarea(s)).subareas[0]
        if explanation.headroom.isEmpty { out += "#   \(words.noChange)\n" }
        for option in explanation.headroom {
            let rule = instrument.rules[option.rule]
            out += "\n" + LineWrap.paragraph(
                "\(rule.id) \(rule.title): " + words.gain(prose.signedPoints(option.gain)), first: "#   ", rest: "#     ")
            guard option.changes.allSatisfy({ $0.value != nil }) else {
                let changes = option.changes.map { prose.change($0, rule: option.rule, in: instrument, values: values) }
                out += "#   \(changes.joined(separator: ", ")): \(words.judgementChange)\n"
                continue
            }
            let id = "r" + rule.id.replacingOccurrences(of: ".", with: "_")
            var lines: [String] = []
            var notes: [String] = []
            for change in option.changes {
                let line = Self.changeLine(change, values: values, instrument: instrument)
                let isAdd = line.hasPrefix("add ")
                if let first = claimed[change.fact], !(first.onlyAdd && isAdd) {
                    notes.append(words.alreadyChanged(instrument.facts[change.fact].path, first.action))
                    continue
                }
                claimed[change.fact] = (id, isAdd && (claimed[change.fact]?.onlyAdd ?? true))
                lines.append(line)
            }
            for note in notes { out += LineWrap.paragraph(note, first: "#   ", rest: "#     ") }
            guard !lines.isEmpty else { continue }
            out += "# action \(id) \(Spelling.quoted(rule.title))  # \(words.costHint)\n"
            for line in lines { out += "#   \(line)\n" }
        }
        return out
    }

    /// A finding change as a plan writes it: `add f {a}` when it only adds items to a set
    /// that has some, `set f = v` otherwise; an item the rule leaves to the planner (`…`)
    /// is written `?`, to be filled in.
    static func changeLine(_ change: FindingChange, values: [FactValue?], instrument: Instrument) -> String {
        let path = instrument.facts[change.fact].path
        guard let value = change.value else { return "" }
        guard case .set(let items) = value else {
            return "set \(path) = \(value.formatted(ladder: instrument.ladder(ofFact: change.fact)))"
        }
        var have: [String] = []
        if case .set(let current)? = values[change.fact] { have = current }
        let adds = !have.isEmpty && have.allSatisfy(items.contains)
        let written = (adds ? items.filter { !have.contains($0) } : items).flatMap { item -> [String] in
            if item == "…" { return ["?"] }
            if item.hasPrefix("… "), let count = Int(item.dropFirst(2)) { return Array(repeating: "?", count: count) }
            return [Spelling.word(item)]
        }
        let set = "{" + written.joined(separator: ", ") + "}"
        return adds ? "add \(path) \(set)" : "set \(path) = \(set)"
    }
}
