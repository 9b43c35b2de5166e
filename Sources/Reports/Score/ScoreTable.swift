import Engine

/// The text table of `score`, laid out like section 4 of the published report: per area
/// its subareas with points, maximum and percent, bounds where still open, then the total.
public enum ScoreTable {
    /// The table for one scored evidence file.
    public static func render(_ scored: ScoredEvidence) -> String {
        let instrument = scored.instrument
        let score = scored.score
        let sv = scored.isSwedish
        let subareaWidths: [Int] = instrument.subareas.map { $0.id.count + 2 + $0.title.count }
        let areaWidths: [Int] = instrument.areas.map { $0.id.count + 3 + $0.title.count }
        let titleWidth: Int = Swift.max(40, subareaWidths.max() ?? 0, areaWidths.max() ?? 0)
        var out = "\(scored.evidence.municipality) \(scored.evidence.year) · \(instrument.name) \(instrument.version)\n\n"
        let headings = sv ? ["Uppnått", "Max", "Procent", "Möjligt"] : ["Points", "Max", "Percent", "Bounds"]
        func row(_ label: String, _ points: Rational, _ maximum: Rational, _ bounds: Bounds, mark: String = "") -> String {
            var line = pad(label, titleWidth)
            line += left(String(points.roundedHalfAwayFromZero()), 8) + left(maximum.decimalString(), 5)
            line += left("\(points.percent(of: maximum))%", 8)
            if !bounds.isExact {
                line += "  " + bounds.min.decimalString(maxFractionDigits: 2) + "–" + bounds.max.decimalString(maxFractionDigits: 2)
            }
            return line + mark + "\n"
        }
        for (areaIndex, area) in instrument.areas.enumerated() {
            out += pad("\(area.id).  \(area.title)", titleWidth)
            out += left(headings[0], 8) + left(headings[1], 5) + left(headings[2], 8) + "  " + headings[3] + "\n"
            for s in area.subareas {
                let subarea = instrument.subareas[s]
                let mark = score.subareas[s].override == nil ? "" : "  *"
                out += row("\(subarea.id)  \(subarea.title)", score.subareas[s].points, subarea.max, score.subareas[s].bounds, mark: mark)
            }
            out += row("", score.areas[areaIndex].points, area.max, score.areas[areaIndex].bounds) + "\n"
        }
        out += row(sv ? "Totalt" : "Total", score.total, instrument.maximum, score.totalBounds) + "\n"
        for s in instrument.subareas.indices {
            guard let override = score.subareas[s].override else { continue }
            out += "* \(instrument.subareas[s].id): \(sv ? "ändrad av" : "overridden by") \(override.by) "
            out += "\(sv ? "från beräknat" : "from computed") \(score.subareas[s].computed.decimalString()): \(override.reason)\n"
        }
        if !score.unassessed.isEmpty {
            out += (sv ? "Ej bedömda fakta" : "Unassessed facts") + " (\(score.unassessed.count)): "
            out += score.unassessed.map { instrument.facts[$0].path }.joined(separator: ", ") + "\n"
        }
        if !score.unjudged.isEmpty {
            out += (sv ? "Ej gjorda bedömningar" : "Unjudged judgements") + " (\(score.unjudged.count)): "
            out += score.unjudged.map { instrument.rules[$0].id }.joined(separator: ", ") + "\n"
        }
        out += Provenance(scored).text
        return out
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func left(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}
