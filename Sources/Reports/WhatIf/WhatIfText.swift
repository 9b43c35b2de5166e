import Analysis
import Engine

/// Shared text helpers of the what-if and suggestion outputs.
public enum WhatIfText {
    /// At most two decimals, half away from zero: `16.25`, `7.33`.
    static func number(_ value: Rational) -> String { value.decimalString(maxFractionDigits: 2) }

    /// A difference with its sign: `+2`, `-0.5`, `0`.
    static func signed(_ value: Rational, digits: Int = 2) -> String {
        let text = value.decimalString(maxFractionDigits: digits)
        return value > .zero && text != "0" ? "+" + text : text
    }

    /// `bounds 12–16`.
    static func bounds(_ bounds: Bounds) -> String { "bounds \(number(bounds.min))–\(number(bounds.max))" }

    /// ` (1.2 +2, 2.2 +6)`: the subareas a change moves.
    static func breakdown(_ delta: ScoreDelta, _ instrument: Instrument) -> String {
        guard !delta.subareas.isEmpty else { return "" }
        return " (" + delta.subareas.map { "\(instrument.subareas[$0.index].id) \(signed($0.delta))" }.joined(separator: ", ") + ")"
    }

    /// The notes of an effect: alone, and within the scenario where they differ.
    static func notes(_ effect: ChangeEffect, instrument: Instrument, before: EvaluationInput, scenarioValues: [FactValue?]) -> String {
        var out = ""
        let aloneValues = before.applying(effect.changes).values
        for note in effect.aloneNotes { out += "      alone: \(note.text(instrument, values: aloneValues))\n" }
        for note in effect.inScenarioNotes where !effect.aloneNotes.contains(note) {
            out += "      in scenario: \(note.text(instrument, values: scenarioValues))\n"
        }
        return out
    }

    /// Rows of cells as columns: the first and those in `left` left-aligned, the others
    /// right-aligned, the last free.
    static func table(_ rows: [[String]], left: Set<Int> = []) -> String {
        guard let columns = rows.first?.count else { return "" }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() where i < columns - 1 { widths[i] = Swift.max(widths[i], cell.count) } }
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
