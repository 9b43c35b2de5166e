import Engine

extension Explanation {
    /// The explanation as text for an audience.
    public func render(for audience: Audience) -> String {
        var out = ""
        if let area {
            out += "\(area.id) \(area.title): \(area.points.decimalString()) of \(area.max.decimalString()) "
            out += "(\(area.points.roundedHalfAwayFromZero()), \(area.points.percent(of: area.max))%)"
            out += area.bounds.isExact ? "\n\n" : ", \(range(area.bounds))\n\n"
        }
        for subarea in subareas {
            switch audience {
            case .evaluator: out += evaluatorView(subarea)
            case .auditor: out += auditorView(subarea)
            case .planner: out += plannerView(subarea)
            }
            out += "\n"
        }
        return out + Provenance(scored).text.dropFirst()
    }

    func range(_ bounds: Bounds) -> String {
        "could be \(bounds.min.decimalString()) to \(bounds.max.decimalString()) once everything is assessed"
    }

    func heading(_ s: SubareaExplanation) -> String {
        var line = "\(s.id) \(s.title): \(s.points.decimalString()) of \(s.max.decimalString()) "
        line += "(shown as \(s.points.roundedHalfAwayFromZero()), \(s.points.percent(of: s.max))%), \(s.mode.rawValue)"
        if !s.bounds.isExact { line += "; \(range(s.bounds))" }
        return line + "\n"
    }

    func evaluatorView(_ s: SubareaExplanation) -> String {
        var out = heading(s)
        if let o = s.override {
            out += "  override by \(o.by): \(o.value.decimalString()) (computed \(s.computed.decimalString())) because \"\(o.reason)\"\n"
        }
        for r in s.rules {
            var line = "  \(r.id.padding(8)) \(r.status.rawValue.padding(10)) \(r.points.decimalString().padding(8)) \(r.title)"
            if r.capCut > .zero { line += "  [cap cut \(r.capCut.decimalString())]" }
            if r.ownCapCut > .zero { line += "  [own cap cut \(r.ownCapCut.decimalString())]" }
            out += line + "\n"
            for fact in r.facts {
                out += "      \(fact.path) = \(fact.written ?? "unassessed")"
                if let source = fact.finding?.sources.first { out += "  (\(Self.cite(source)))" }
                out += "\n"
            }
            if let j = r.judgement { out += "      judged \(j.value.decimalString()) by \(j.by): \"\(j.reason)\"\n" }
        }
        if s.capCut > .zero {
            let from = s.rules.filter { $0.capCut > .zero }.map(\.id).joined(separator: ", ")
            out += "  cap: \(s.capCut.decimalString()) cut at the maximum \(s.max.decimalString()), from \(from)\n"
        }
        if !s.unassessed.isEmpty { out += "  unassessed: \(s.unassessed.joined(separator: ", "))\n" }
        if !s.unjudged.isEmpty { out += "  unjudged: \(s.unjudged.joined(separator: ", "))\n" }
        out += headroomLines(s, bullet: "  ")
        return out
    }

    func headroomLines(_ s: SubareaExplanation, bullet: String) -> String {
        guard s.override == nil else { return "\(bullet)headroom: none computed; the score is set by an override\n" }
        let missing = (try? s.max.subtracting(s.points)) ?? .zero
        guard missing > .zero else { return "\(bullet)headroom: none, the subarea is at its maximum\n" }
        var out = "\(bullet)headroom: \(missing.decimalString()) points to the maximum\n"
        if s.headroom.isEmpty { out += "\(bullet)  no single finding change raises the score\n" }
        for h in s.headroom { out += "\(bullet)  +\(h.gain.decimalString())  \(h.ruleID): \(h.written(scored.instrument))\n" }
        if s.headroom.count > 1 { out += "\(bullet)  (each gain is alone against the current state; gains under one cap do not add up)\n" }
        return out
    }

    func auditorView(_ s: SubareaExplanation) -> String {
        var out = heading(s)
        if let o = s.override {
            out += "The evaluators replaced the computed \(s.computed.decimalString()) by \(o.value.decimalString()); "
            out += "\(o.by) gave the reason: \"\(o.reason)\".\n"
        }
        for r in s.rules {
            out += "Rule \(r.id) \"\(r.title)\" is \(r.status.rawValue) and gives \(r.points.decimalString()) points"
            if r.capCut > .zero { out += ", of which \(r.capCut.decimalString()) are cut by the subarea's maximum" }
            out += "."
            if let why = r.why { out += " It looks for: \(why)" }
            out += "\n"
            for fact in r.facts {
                guard let value = fact.written, let finding = fact.finding else {
                    out += "  The fact \(fact.path) is not assessed.\n"
                    continue
                }
                out += "  Finding \(fact.path) = \(value), recorded by \(finding.by)"
                let sources = finding.sources.map(Self.cite)
                out += sources.isEmpty ? ", without a source.\n" : ", from \(sources.joined(separator: "; ")).\n"
                if let note = finding.note { out += "  Note: \(note)\n" }
            }
            if let j = r.judgement { out += "  Judged \(j.value.decimalString()) by \(j.by) because \"\(j.reason)\".\n" }
        }
        if s.capCut > .zero {
            out += "The maximum of \(s.max.decimalString()) cut \(s.capCut.decimalString()) points, from rules "
            out += s.rules.filter { $0.capCut > .zero }.map(\.id).joined(separator: ", ") + ".\n"
        }
        if !s.unassessed.isEmpty { out += "Not assessed: \(s.unassessed.joined(separator: ", ")).\n" }
        if !s.unjudged.isEmpty { out += "Not judged: \(s.unjudged.joined(separator: ", ")).\n" }
        return out + headroomLines(s, bullet: "")
    }

    func plannerView(_ s: SubareaExplanation) -> String {
        var out = heading(s)
        guard s.override == nil else { return out + "  The score is set by an override; findings do not change it.\n" }
        let missing = (try? s.max.subtracting(s.points)) ?? .zero
        guard missing > .zero else { return out + "  Nothing to do: the subarea is at its maximum.\n" }
        out += "  To do (\(missing.decimalString()) points to the maximum):\n"
        for (n, h) in s.headroom.enumerated() {
            out += "  [\(n + 1)] \(h.written(scored.instrument))  (+\(h.gain.decimalString()), rule \(h.ruleID))\n"
        }
        if !s.unassessed.isEmpty { out += "  Assess first: \(s.unassessed.joined(separator: ", "))\n" }
        if s.headroom.count > 1 { out += "  Gains are each alone; under one cap they do not add up.\n" }
        return out
    }

    static func cite(_ source: EvidenceSource) -> String {
        "\(source.kind) \"\(source.text)\"" + (source.section.map { ", section \($0)" } ?? "")
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
