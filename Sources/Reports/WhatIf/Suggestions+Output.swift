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
            let described = open.prefix(top).map { item -> [Int] in
                if case .fact(let f) = item.item { return [f] }
                return []
            }
            out += Self.described(WhatIfText.table(rows, left: [3]), described, instrument, column: 0)
            out += more(open.count, top, prose)
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
            let described = changes.prefix(top).map { item in item.changes.compactMap { $0.value == nil ? nil : $0.fact } }
            out += Self.described(WhatIfText.table(rows, left: [2]), described, instrument, column: 2)
            out += more(changes.count, top, prose)
            out += words.gainsAlone + "\n"
        }
        if !overridden.isEmpty {
            out +=
                "\(words.setByOverride): " + overridden.map { instrument.subareas[$0].id }.joined(separator: ", ")
                + "\n"
        }
        return out + prose.footer(Provenance(instrument: instrument, evidence: evidence, plan: nil))
    }

    /// A table's rows (after its heading), each followed by a line with what its facts
    /// record, in the instrument's words, under the row's `column`-th cell: ids are for
    /// rule authors, the descriptions for everyone else.
    static func described(_ table: String, _ facts: [[Int]], _ instrument: Instrument, column: Int) -> String {
        var lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let heading = lines.first else { return table }
        var out = heading + "\n"
        for (n, line) in lines.dropFirst().enumerated() {
            out += line + "\n"
            var seen = Set<Int>()
            let texts = (n < facts.count ? facts[n] : []).filter { seen.insert($0).inserted }
                .map { instrument.facts[$0].description }.filter { !$0.isEmpty }
            guard !texts.isEmpty else { continue }
            out += String(repeating: " ", count: indent(of: line, column: column)) + texts.joined(separator: "; ") + "\n"
        }
        return out
    }

    /// Where a row's `column`-th cell starts: cells are separated by two or more spaces
    /// (the first cell is indented by two and numbered, `  1.`); under
    /// the first cell, past its number.
    static func indent(of line: String, column: Int) -> Int {
        let characters = Array(line)
        var position = 0
        while position < characters.count && characters[position] == " " { position += 1 }
        if column == 0 {
            // Past the number and its space: under the name.
            while position < characters.count && characters[position] != " " { position += 1 }
            return position + 1
        }
        var cell = 0
        while cell < column && position < characters.count {
            while position < characters.count
                && !(characters[position] == " " && position + 1 < characters.count && characters[position + 1] == " ")
            {
                position += 1
            }
            while position < characters.count && characters[position] == " " { position += 1 }
            cell += 1
        }
        return position
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
