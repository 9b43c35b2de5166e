import Analysis
import Engine

extension Suggestions {
    /// The two lists as text in `language` (default: the instrument's), each cut to `top` entries.
    public func renderText(top: Int, language: ReportLanguage? = nil) -> String {
        let prose = Prose(language, for: instrument)
        let words = WhatIfWords.of(prose)
        let max = instrument.maximum
        var out =
            "\(words.suggestionsTitle): \(evidence.municipality) \(evidence.year) · \(instrument.name) \(instrument.version)\n"
        out +=
            words.totalOf(
                prose.number(score.total), prose.points(max), prose.shown(score.total),
                prose.percent(score.total.percent(of: max))) + "\n\n"
        if open.isEmpty {
            out += words.noOpen + "\n"
        } else {
            out += words.openHeading + "\n"
            var rows: [[String]] = [words.openColumns]
            for (n, item) in open.prefix(top).enumerated() {
                let name: String
                switch item.item {
                case .fact(let f): name = instrument.facts[f].path
                case .judgement(let r): name = prose.judgement(instrument.rules[r].id)
                }
                let best = item.best.map { prose.change($0, rule: item.rule, in: instrument, values: input.values) }
                let gain = item.gain.map { prose.signed($0.total) } ?? "0"
                let breakdown = item.gain.map { WhatIfText.breakdown($0, instrument, prose) } ?? ""
                rows.append([
                    "  \(n + 1). \(name)", prose.signed(item.bound), gain,
                    best.isEmpty ? "-" : best.joined(separator: ", "),
                    breakdown.trimmingSpace(),
                ])
            }
            out += WhatIfText.table(rows, left: [3]) + more(open.count, top, prose)
        }
        out += "\n"
        if changes.isEmpty {
            out += words.noChanges + "\n"
        } else {
            out += words.changesHeading + "\n"
            var rows: [[String]] = [words.changeColumns]
            for (n, item) in changes.prefix(top).enumerated() {
                let text = item.changes.map {
                    prose.change($0, rule: item.rules[0], in: instrument, values: input.values)
                }
                // Each rule raised gets its own re-scored share; the shares add up to the gain.
                let raised = item.gain.shares.filter { if case .rule = $0.source { true } else { false } }.count
                let noun = raised == 1 ? words.rule.one : words.rule.many
                rows.append([
                    "  \(n + 1).", prose.signed(item.gain.total), text.joined(separator: ", "),
                    "\(noun) " + WhatIfText.shares(item.gain, instrument, prose),
                ])
            }
            out += WhatIfText.table(rows, left: [2]) + more(changes.count, top, prose)
            out += words.gainsAlone + "\n"
        }
        if !overridden.isEmpty {
            out +=
                "\(words.setByOverride): " + overridden.map { instrument.subareas[$0].id }.joined(separator: ", ")
                + "\n"
        }
        return out + prose.footer(Provenance(instrument: instrument, evidence: evidence, plan: nil))
    }

    private func more(_ count: Int, _ top: Int, _ prose: Prose) -> String {
        count > top ? "  " + WhatIfWords.of(prose).more(prose.integer(count - top), String(count)) + "\n" : ""
    }

    private func describe(_ change: FindingChange, _ rule: Int) -> String {
        ChangeText.describe(change, rule: rule, instrument: instrument, values: input.values)
    }

    /// The lists as JSON, each cut to `top` entries.
    public func json(top: Int) -> JSONValue {
        var pairs = WhatIfJSON.header(instrument: instrument, evidence: evidence, plan: nil)
        let max = instrument.maximum
        pairs.append(
            (
                "total",
                .object(pairs: [
                    ("points", score.total.json), ("rounded", .number(String(score.total.roundedHalfAwayFromZero()))),
                    ("max", max.json), ("percent", .number(String(score.total.percent(of: max)))),
                    ("bounds", score.totalBounds.json),
                ])
            ))
        pairs.append(
            (
                "open",
                .array(
                    open.prefix(top).map { item in
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
                    })
            ))
        pairs.append(("openCount", .number(String(open.count))))
        pairs.append(
            (
                "changes",
                .array(
                    changes.prefix(top).map { item in
                        .object(pairs: [
                            ("changes", .array(item.changes.map { .string(describe($0, item.rules[0])) })),
                            ("rules", .array(item.rules.map { .string(instrument.rules[$0].id) })),
                            ("gain", WhatIfJSON.delta(item.gain, instrument)),
                        ])
                    })
            ))
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
