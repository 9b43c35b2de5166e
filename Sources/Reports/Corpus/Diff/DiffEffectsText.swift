import Analysis
import Engine

/// The parts of `diff`'s text about effects: each rule change over the corpus, each
/// evaluation's subarea changes explained, and the notes on what could not be read.
enum DiffEffectsText {
    /// Per rule change: the subareas it moves, its mean, least and greatest effect on the
    /// total, and in how many evaluations it changes anything.
    static func effects(_ diff: VersionDiff) -> String {
        var out = "Each rule change over the corpus, on the total (re-scored: the new version minus the new version with only "
            + "this rule as the old one had it)\n"
        guard !diff.changes.rules.isEmpty else { return out + "  no rule changed\n" }
        let order = diff.new.subareas.map(\.id)
        var table = TextTable([.left, .left, .left, .right, .right, .right, .left])
        table.add(["rule", "change", "subareas", "mean Δ", "least", "most", "total changed in"])
        var failures: [String] = []
        for (c, change) in diff.changes.rules.enumerated() {
            let effect = diff.effects[c]
            if let failure = effect.failure {
                table.add([change.label, DiffWords.kind(change), change.subareas.joined(separator: ", "), "–", "–", "–", "not re-scored"])
                failures.append("  \(change.label): not re-scored on its own: \(failure)")
                continue
            }
            let touched = effect.touchedSubareas(order: order)
            guard let s = DiffWords.statistics(effect) else { continue }
            table.add([
                change.label, DiffWords.kind(change), touched.isEmpty ? "–" : touched.joined(separator: ", "),
                CorpusNumbers.change(s.mean), CorpusNumbers.change(s.least), CorpusNumbers.change(s.most),
                "\(effect.changedCount) of \(effect.rescored.count)",
            ])
        }
        out += table.render(indent: 2)
        return out + failures.map { $0 + "\n" }.joined()
    }

    /// Per evaluation, each subarea whose points changed (or that a rule change moved):
    /// old → new, the change, and its parts.
    static func subareas(_ diff: VersionDiff) -> String {
        var out = "Subarea changes per evaluation, explained (parts: each rule change re-scored on its own; rest: "
            + "the subarea's own change, findings left out, changes acting together)\n"
        for evaluation in diff.evaluations {
            out += DiffWords.subject(evaluation) + " (\(evaluation.evidence.path))\n"
            guard evaluation.new != nil else {
                out += "  the new version cannot read it (see the notes)\n"
                continue
            }
            let moved = evaluation.subareas.filter { $0.change != .zero || !$0.parts.isEmpty }
            guard !moved.isEmpty else {
                out += "  no subarea changed\n"
                continue
            }
            var table = TextTable([.left, .right, .left, .right, .right, .left])
            for delta in moved {
                table.add([
                    delta.id, delta.old.map(CorpusNumbers.points) ?? "–", "→", delta.new.map(CorpusNumbers.points) ?? "–",
                    CorpusNumbers.change(delta.change), DiffWords.explanation(delta, diff),
                ])
            }
            out += table.render(indent: 2)
        }
        return out
    }

    /// What the new version could not read, left out before scoring with it.
    static func notes(_ diff: VersionDiff) -> String {
        let notes = diff.evaluations.flatMap(\.notes)
        guard !notes.isEmpty else {
            return "Every finding, judgement and override reads in \(diff.new.name) \(diff.new.version) "
                + "(after the renames).\n"
        }
        var out = "What \(diff.new.name) \(diff.new.version) cannot read, left out before scoring with it (\(notes.count))\n"
        for note in notes { out += note.text + "\n" }
        return out
    }
}
