import Engine

extension EvaluationDiff {
    /// The diff of one evaluation from its two scores and the rule changes' effects on it
    /// (per change, its non-zero parts per subarea).
    init(
        input: VersionDiff.Input, new: Score?, notes: [MigrationNote], old: Instrument, newInstrument: Instrument,
        effects: [[(id: String, points: Rational)]]
    ) throws(ArithmeticOverflow) {
        self.evidence = input.evidence
        self.old = input.score
        self.new = new
        self.notes = notes
        var subareas: [SubareaDelta] = []
        if let new {
            for (s, subarea) in newInstrument.subareas.enumerated() {
                var before: Rational?
                if case .subarea(let o)? = old.ids[subarea.id] { before = input.score.subareas[o].points }
                let after = new.subareas[s].points
                let change = try after.subtracting(before ?? .zero)
                var parts: [(change: Int, points: Rational)] = []
                var explained = Rational.zero
                for (c, effect) in effects.enumerated() {
                    guard let part = effect.first(where: { $0.id == subarea.id }) else { continue }
                    parts.append((c, part.points))
                    explained = try explained.adding(part.points)
                }
                subareas.append(
                    SubareaDelta(
                        id: subarea.id, title: subarea.title, old: before, new: after, change: change, parts: parts,
                        rest: try change.subtracting(explained)))
            }
            for (o, subarea) in old.subareas.enumerated() where newInstrument.ids[subarea.id] == nil {
                let before = input.score.subareas[o].points
                let change = try Rational.zero.subtracting(before)
                subareas.append(
                    SubareaDelta(id: subarea.id, title: subarea.title, old: before, new: nil, change: change, parts: [], rest: change))
            }
        }
        self.subareas = subareas
        var areas: [(id: String, old: Rational?, new: Rational?)] = []
        for (a, area) in newInstrument.areas.enumerated() {
            let before = old.areas.firstIndex { $0.id == area.id }.map { input.score.areas[$0].points }
            areas.append((area.id, before, new?.areas[a].points))
        }
        for (a, area) in old.areas.enumerated() where !newInstrument.areas.contains(where: { $0.id == area.id }) {
            areas.append((area.id, input.score.areas[a].points, nil))
        }
        self.areas = areas
    }
}
