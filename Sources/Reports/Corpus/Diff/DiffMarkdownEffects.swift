import Analysis
import Engine

/// The effect tables of `diff --format markdown`.
enum DiffMarkdownEffects {
    /// Per rule change: subareas, mean, least and greatest effect, evaluations changed.
    static func effects(_ diff: VersionDiff, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        guard !diff.changes.rules.isEmpty else { return DiffMarkdown.sentence(w.noRuleChanged) + "\n\n" }
        let order = diff.new.subareas.map(\.id)
        let e = DiffMarkdown.escape
        let rows: [[String]] = diff.changes.rules.enumerated().map { c, change in
            let effect = diff.effects[c]
            guard effect.failure == nil, let s = DiffWords.statistics(effect) else {
                return [
                    e(change.label), e(DiffWords.kind(change, prose)), e(change.subareas.joined(separator: ", ")), "–", "–",
                    "–", "\(w.notRescored): " + e(effect.failure.map(w.failure) ?? ""),
                ]
            }
            let touched = effect.touchedSubareas(order: order)
            return [
                e(change.label), e(DiffWords.kind(change, prose)), touched.isEmpty ? "–" : touched.joined(separator: ", "),
                CorpusNumbers.change(s.mean, prose), CorpusNumbers.change(s.least, prose),
                CorpusNumbers.change(s.most, prose), DiffWords.changedIn(effect, prose),
            ]
        }
        return DiffMarkdown.table(w.effectsColumns, rows, numeric: 3, text: [6]) + "\n"
    }

    /// Per evaluation, its changed subareas with their parts.
    static func subareas(_ diff: VersionDiff, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        var out = ""
        for evaluation in diff.evaluations {
            out += "### " + DiffMarkdown.escape(DiffWords.subject(evaluation)) + "\n\n"
            guard evaluation.new != nil else {
                out += DiffMarkdown.sentence(w.cannotRead) + "\n\n"
                continue
            }
            let moved = evaluation.subareas.filter { $0.change != .zero || !$0.parts.isEmpty }
            guard !moved.isEmpty else {
                out += DiffMarkdown.sentence(w.noSubareaChanged) + "\n\n"
                continue
            }
            let rows = moved.map { d in
                [
                    d.id, d.old.map { CorpusNumbers.points($0, prose) } ?? "–", d.new.map { CorpusNumbers.points($0, prose) } ?? "–",
                    CorpusNumbers.change(d.change, prose), DiffMarkdown.escape(DiffWords.explanation(d, diff, prose)),
                ]
            }
            out += DiffMarkdown.table(w.subareasColumns, rows, numeric: 1, text: [4]) + "\n"
        }
        return out
    }
}
