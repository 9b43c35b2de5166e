import Engine

/// One score an instrument reports: an area, a subarea or the total, in the order the
/// published point table lists them (each area, then its subareas; the total last).
public struct ScoreTarget: Sendable, Equatable {
    /// What the target is.
    public enum Level: String, Sendable {
        case area, subarea, total
    }

    /// Area, subarea or total.
    public var level: Level
    /// The instrument's id; `total` for the total.
    public var id: String
    /// The instrument's title; `Totalt` or `Total` for the total, in the instrument's language.
    public var title: String
    /// The maximum.
    public var max: Rational
    /// The index into the instrument's areas or subareas; nil for the total.
    public var index: Int?

    /// Every target of `instrument`, in table order.
    public static func all(of instrument: Instrument) -> [ScoreTarget] {
        var targets: [ScoreTarget] = []
        for (a, area) in instrument.areas.enumerated() {
            targets.append(ScoreTarget(level: .area, id: area.id, title: area.title, max: area.max, index: a))
            for s in area.subareas {
                let subarea = instrument.subareas[s]
                targets.append(ScoreTarget(level: .subarea, id: subarea.id, title: subarea.title, max: subarea.max, index: s))
            }
        }
        let total = (instrument.language ?? "sv") == "sv" ? "Totalt" : "Total"
        targets.append(ScoreTarget(level: .total, id: "total", title: total, max: instrument.maximum, index: nil))
        return targets
    }

    /// This target's reported value in `score`.
    public func value(in score: Score) -> Rational {
        switch level {
        case .area: score.areas[index ?? 0].points
        case .subarea: score.subareas[index ?? 0].points
        case .total: score.total
        }
    }
}
