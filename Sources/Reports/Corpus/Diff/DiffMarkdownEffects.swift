import Analysis
import Engine

/// The effect tables of `diff --format markdown`.
enum DiffMarkdownEffects {
    /// Per rule change: subareas, mean, least and greatest effect, evaluations changed.
    static func effects(_ diff: VersionDiff) -> String {
        guard !diff.changes.rules.isEmpty else { return "No rule changed.\n\n" }
        let order = diff.new.subareas.map(\.id)
        let rows: [[String]] = diff.changes.rules.enumerated().map { c, change in
            let effect = diff.effects[c]
            let e = DiffMarkdown.escape
            guard effect.failure == nil, let s = DiffWords.statistics(effect) else {
                return [e(change.label), e(DiffWords.kind(change)), e(change.subareas.joined(separator: ", ")), "–", "–", "–",
                    "not re-scored: " + e(effect.failure ?? "")]
            }
            let touched = effect.touchedSubareas(order: order)
            return [e(change.label), e(DiffWords.kind(change)), touched.isEmpty ? "–" : touched.joined(separator: ", "),
                CorpusNumbers.change(s.mean), CorpusNumbers.change(s.least), CorpusNumbers.change(s.most),
                "\(effect.changedCount) of \(effect.rescored.count)"]
        }
        return DiffMarkdown.table(["rule", "change", "subareas", "mean Δ", "least", "most", "total changed in"], rows, numeric: 3, text: [6]) + "\n"
    }

    /// Per evaluation, its changed subareas with their parts.
    static func subareas(_ diff: VersionDiff) -> String {
        var out = ""
        for evaluation in diff.evaluations {
            out += "### " + DiffMarkdown.escape(DiffWords.subject(evaluation)) + "\n\n"
            guard evaluation.new != nil else {
                out += "The new version cannot read it (see the notes).\n\n"
                continue
            }
            let moved = evaluation.subareas.filter { $0.change != .zero || !$0.parts.isEmpty }
            guard !moved.isEmpty else {
                out += "No subarea changed.\n\n"
                continue
            }
            let rows = moved.map { d in
                [d.id, d.old.map(CorpusNumbers.points) ?? "–", d.new.map(CorpusNumbers.points) ?? "–",
                    CorpusNumbers.change(d.change), DiffMarkdown.escape(DiffWords.explanation(d, diff))]
            }
            out += DiffMarkdown.table(["subarea", "old", "new", "Δ", "explained by"], rows, numeric: 1, text: [4]) + "\n"
        }
        return out
    }
}
