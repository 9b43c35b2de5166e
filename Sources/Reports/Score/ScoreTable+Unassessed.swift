import Engine

extension ScoreTable {
    /// The unassessed facts under the table. A list that fits on one line stays on one:
    /// `Ej bedömda fakta (1): g`. A longer one (an evidence file with only its header has
    /// every fact open) is counted and listed per area, by the first area that reads each
    /// fact: `alla 27` where none of an area's facts is assessed, else the paths, wrapped;
    /// then where to read about them and how to start an evidence file with all of them.
    static func unassessedText(_ scored: ScoredEvidence, _ prose: Prose, _ words: ScoreTableWords) -> String {
        let instrument = scored.instrument
        let open = scored.score.unassessed
        guard !open.isEmpty else { return "" }
        let line = "\(words.unassessed) (\(prose.integer(open.count))): "
            + open.map { instrument.facts[$0].path }.joined(separator: ", ")
        if line.count <= lineWidth { return line + "\n" }
        let homes = homeAreas(instrument)
        let read = homes.count
        var out = "\(words.unassessed) (\(words.countOf(prose.integer(open.count), prose.integer(read)))), "
        out += words.perArea + ":\n"
        let isOpen = Set(open)
        for area in instrument.areas.indices {
            let facts = homes.filter { $0.area == area }.map(\.fact)
            let missing = facts.filter(isOpen.contains)
            guard !missing.isEmpty else { continue }
            let head = "  \(instrument.areas[area].id)  "
            let text = missing.count == facts.count
                ? words.all(prose.integer(facts.count))
                : "\(words.countOf(prose.integer(missing.count), prose.integer(facts.count))): "
                    + missing.map { instrument.facts[$0].path }.joined(separator: ", ")
            out += wrap(text, first: head, rest: String(repeating: " ", count: head.count + 2))
        }
        return out + wrap(words.unassessedHint, first: "  ", rest: "  ")
    }

    /// The unjudged rules under the table, wrapped when they do not fit on one line.
    static func unjudgedText(_ scored: ScoredEvidence, _ prose: Prose, _ words: ScoreTableWords) -> String {
        let open = scored.score.unjudged
        guard !open.isEmpty else { return "" }
        return wrap(
            open.map { scored.instrument.rules[$0].id }.joined(separator: ", "),
            first: "\(words.unjudged) (\(prose.integer(open.count))): ", rest: "  ")
    }

    /// The width the lists under the table wrap to.
    static let lineWidth = 90

    /// Each fact some rule reads, with the first area (in instrument order) whose rules
    /// read it, in that order.
    static func homeAreas(_ instrument: Instrument) -> [(fact: Int, area: Int)] {
        var seen = Set<Int>()
        var homes: [(fact: Int, area: Int)] = []
        for (area, declared) in instrument.areas.enumerated() {
            for subarea in declared.subareas {
                for rule in instrument.subareas[subarea].rules {
                    for fact in instrument.rules[rule].kind.factsRead where seen.insert(fact).inserted {
                        homes.append((fact, area))
                    }
                }
            }
        }
        return homes
    }

    /// `text` in lines of at most ``lineWidth`` characters, after `first` and then `rest`.
    static func wrap(_ text: String, first: String, rest: String) -> String {
        LineWrap.paragraph(text, first: first, rest: rest, width: lineWidth)
    }
}
