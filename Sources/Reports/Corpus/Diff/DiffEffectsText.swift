import Analysis
import Engine

/// The parts of `diff`'s text about effects: each rule change over the corpus, each
/// evaluation's subarea changes explained, and the notes on what could not be read.
enum DiffEffectsText {
    /// Per rule change: the subareas it moves, its mean, least and greatest effect on the
    /// total, and in how many evaluations it changes anything.
    static func effects(_ diff: VersionDiff, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        let out = "\(w.effectsHeading) (\(w.rescoredNote))\n"
        guard !diff.changes.rules.isEmpty else { return out + "  \(w.noRuleChanged)\n" }
        let order = diff.new.subareas.map(\.id)
        var table = TextTable([.left, .left, .left, .right, .right, .right, .left])
        table.add(w.effectsColumns)
        var failures: [String] = []
        for (c, change) in diff.changes.rules.enumerated() {
            let effect = diff.effects[c]
            if let failure = effect.failure {
                table.add([
                    change.label, DiffWords.kind(change, prose), change.subareas.joined(separator: ", "), "–", "–", "–",
                    w.notRescored,
                ])
                failures.append("  \(change.label): \(w.notRescoredAlone): \(w.failure(failure))")
                continue
            }
            let touched = effect.touchedSubareas(order: order)
            guard let s = DiffWords.statistics(effect) else { continue }
            table.add([
                change.label, DiffWords.kind(change, prose), touched.isEmpty ? "–" : touched.joined(separator: ", "),
                CorpusNumbers.change(s.mean, prose), CorpusNumbers.change(s.least, prose), CorpusNumbers.change(s.most, prose),
                DiffWords.changedIn(effect, prose),
            ])
        }
        return out + table.render(indent: 2) + failures.map { $0 + "\n" }.joined()
    }

    /// Per evaluation, each subarea whose points changed (or that a rule change moved):
    /// old → new, the change, and its parts.
    static func subareas(_ diff: VersionDiff, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        var out = "\(w.subareasHeading) (\(w.partsNote))\n"
        for evaluation in diff.evaluations {
            out += DiffWords.subject(evaluation) + " (\(evaluation.evidence.path))\n"
            guard evaluation.new != nil else {
                out += "  \(w.cannotRead)\n"
                continue
            }
            let moved = evaluation.subareas.filter { $0.change != .zero || !$0.parts.isEmpty }
            guard !moved.isEmpty else {
                out += "  \(w.noSubareaChanged)\n"
                continue
            }
            var table = TextTable([.left, .right, .left, .right, .right, .left])
            for delta in moved {
                table.add([
                    delta.id, delta.old.map { CorpusNumbers.points($0, prose) } ?? "–", "→",
                    delta.new.map { CorpusNumbers.points($0, prose) } ?? "–", CorpusNumbers.change(delta.change, prose),
                    DiffWords.explanation(delta, diff, prose),
                ])
            }
            out += table.render(indent: 2)
        }
        return out
    }

    /// What the new version could not read, left out before scoring with it.
    static func notes(_ diff: VersionDiff, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        let notes = diff.evaluations.flatMap(\.notes)
        let instrument = "\(diff.new.name) \(diff.new.version)"
        guard !notes.isEmpty else { return w.allRead(instrument) + "\n" }
        var out = w.notesHeading(instrument, prose.integer(notes.count)) + "\n"
        for note in notes { out += DiffWords.note(note, prose) + "\n" }
        return out
    }
}
