import Analysis
import Engine

/// Shared text helpers of the what-if, suggestion and search outputs.
enum WhatIfText {
    /// ` (1.2 +2, 2.2 +6)`: the subareas a change moves.
    static func breakdown(_ delta: ScoreDelta, _ instrument: Instrument, _ prose: Prose) -> String {
        guard !delta.subareas.isEmpty else { return "" }
        return " ("
            + delta.subareas.map { "\(instrument.subareas[$0.index].id) \(prose.signed($0.delta))" }.joined(
                separator: ", ")
            + ")"
    }

    /// Each rule's share of a change, then what an override or an area's maximum took:
    /// `6.1.a +5, 6.1.b +2`; the shares add up to the change.
    static func shares(_ delta: ScoreDelta, _ instrument: Instrument, _ prose: Prose) -> String {
        delta.shares.map { share in
            switch share.source {
            case .rule(let r): "\(instrument.rules[r].id) \(prose.signed(share.points))"
            case .override(let s): "\(instrument.subareas[s].id) \(prose.words.overrideShort) \(prose.signed(share.points))"
            case .areaMaximum(let a): "\(instrument.areas[a].id) \(prose.words.areaMaximumShort) \(prose.signed(share.points))"
            }
        }.joined(separator: ", ")
    }

    /// The notes of an effect: alone, and within the scenario where they differ.
    static func notes(
        _ effect: ChangeEffect, instrument: Instrument, before: EvaluationInput, scenarioValues: [FactValue?],
        prose: Prose
    ) -> String {
        let words = WhatIfWords.of(prose)
        var out = ""
        let aloneValues = before.applying(effect.changes).values
        for note in effect.aloneNotes {
            out += "      \(words.alone): \(prose.sentence(note, instrument, values: aloneValues))\n"
        }
        for note in effect.inScenarioNotes where !effect.aloneNotes.contains(note) {
            out += "      \(words.inScenario): \(prose.sentence(note, instrument, values: scenarioValues))\n"
        }
        return out
    }

    /// Rows of cells as columns: the first and those in `left` left-aligned, the others
    /// right-aligned, the last free.
    static func table(_ rows: [[String]], left: Set<Int> = []) -> String {
        guard let columns = rows.first?.count else { return "" }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() where i < columns - 1 { widths[i] = Swift.max(widths[i], cell.count) }
        }
        widths[0] = Swift.min(widths[0], 64)
        var out = ""
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                if i == 0 {
                    let clipped = cell.count > widths[0] ? String(cell.prefix(widths[0] - 1)) + "…" : cell
                    line += clipped + String(repeating: " ", count: widths[0] - clipped.count)
                } else if i == columns - 1 {
                    if !cell.isEmpty { line += "  " + cell }
                } else if left.contains(i) {
                    line += "  " + cell + String(repeating: " ", count: widths[i] - cell.count)
                } else {
                    line += "  " + String(repeating: " ", count: widths[i] - cell.count) + cell
                }
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
