import Analysis
import Engine

extension Suggestions {
    /// The two lists as text, each cut to `top` entries.
    public func renderText(top: Int) -> String {
        let max = instrument.maximum
        var out = "Suggestions: \(evidence.municipality) \(evidence.year) · \(instrument.name) \(instrument.version)\n"
        out += "total \(score.total.decimalString()) of \(max.decimalString()) (shown \(score.total.roundedHalfAwayFromZero()), "
        out += "\(score.total.percent(of: max))%)\n\n"
        if open.isEmpty {
            out += "Open facts and judgements: none; every fact a rule reads is assessed and every judgement made.\n"
        } else {
            out += "Open facts and judgements, by the most assessing each could add (gain: the best single assessment, re-scored):\n"
            var rows: [[String]] = [["", "at most", "gain", "assess", ""]]
            for (n, item) in open.prefix(top).enumerated() {
                let name: String
                switch item.item {
                case .fact(let f): name = instrument.facts[f].path
                case .judgement(let r): name = "judgement \(instrument.rules[r].id)"
                }
                let best = item.best.map { describe($0, item.rule) }.joined(separator: ", ")
                let gain = item.gain.map { WhatIfText.signed($0.total) } ?? "0"
                let breakdown = item.gain.map { WhatIfText.breakdown($0, instrument) } ?? ""
                rows.append(["  \(n + 1). \(name)", WhatIfText.signed(item.bound), gain, best.isEmpty ? "-" : best,
                             breakdown.trimmingSpace()])
            }
            out += WhatIfText.table(rows, left: [3]) + more(open.count, top)
        }
        out += "\n"
        if changes.isEmpty {
            out += "Changes of assessed findings: none raises the score.\n"
        } else {
            out += "Smallest changes of assessed findings that raise the score, by gain (each re-scored alone):\n"
            var rows: [[String]] = [["", "gain", "change", ""]]
            for (n, item) in changes.prefix(top).enumerated() {
                let text = item.changes.map { describe($0, item.rules[0]) }.joined(separator: ", ")
                let rules = item.rules.map { instrument.rules[$0].id }.joined(separator: ", ")
                rows.append(["  \(n + 1).", WhatIfText.signed(item.gain.total), text,
                             "rule \(rules)" + WhatIfText.breakdown(item.gain, instrument)])
            }
            out += WhatIfText.table(rows, left: [2]) + more(changes.count, top)
            out += "Each gain is alone against the evidence; together they need not add up (caps, shared facts, conditions).\n"
        }
        if !overridden.isEmpty {
            out += "Set by an override (no finding changes them): "
            out += overridden.map { instrument.subareas[$0].id }.joined(separator: ", ") + "\n"
        }
        return out + Provenance(instrument: instrument, evidence: evidence, plan: nil).text
    }

    private func more(_ count: Int, _ top: Int) -> String {
        count > top ? "  … \(count - top) more (--top \(count) lists all)\n" : ""
    }

    private func describe(_ change: FindingChange, _ rule: Int) -> String {
        ChangeText.describe(change, rule: rule, instrument: instrument, values: input.values)
    }

    /// The lists as JSON, each cut to `top` entries.
    public func json(top: Int) -> JSONValue {
        var pairs = WhatIfJSON.header(instrument: instrument, evidence: evidence, plan: nil)
        let max = instrument.maximum
        pairs.append(("total", .object(pairs: [
            ("points", score.total.json), ("rounded", .number(String(score.total.roundedHalfAwayFromZero()))),
            ("max", max.json), ("percent", .number(String(score.total.percent(of: max)))), ("bounds", score.totalBounds.json),
        ])))
        pairs.append(("open", .array(open.prefix(top).map { item in
            var entry: [(String, JSONValue)]
            switch item.item {
            case .fact(let f): entry = [("fact", .string(instrument.facts[f].path))]
            case .judgement(let r): entry = [("judgement", .string(instrument.rules[r].id))]
            }
            entry += [
                ("bound", item.bound.json),
                ("best", .array(item.best.map { .string(describe($0, item.rule)) })),
                ("gain", item.gain.map { WhatIfJSON.delta($0, instrument) } ?? .null),
            ]
            return .object(pairs: entry)
        })))
        pairs.append(("openCount", .number(String(open.count))))
        pairs.append(("changes", .array(changes.prefix(top).map { item in
            .object(pairs: [
                ("changes", .array(item.changes.map { .string(describe($0, item.rules[0])) })),
                ("rules", .array(item.rules.map { .string(instrument.rules[$0].id) })),
                ("gain", WhatIfJSON.delta(item.gain, instrument)),
            ])
        })))
        pairs.append(("changeCount", .number(String(changes.count))))
        pairs.append(("overridden", .array(overridden.map { .string(instrument.subareas[$0].id) })))
        return .object(pairs: pairs)
    }
}

extension String {
    /// The text without leading and trailing spaces.
    func trimmingSpace() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
