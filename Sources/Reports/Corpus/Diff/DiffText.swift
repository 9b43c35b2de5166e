import Analysis
import Engine

/// The text of `diff`: what changed in the instrument; per evaluation the total and the
/// change per area; per rule change its effect over the corpus, re-scored; per evaluation
/// each subarea's change with the rule changes that explain it; what the new version
/// could not read; provenance.
public enum DiffText {
    /// The text for a diff; `renames` is the renames file, when one was read.
    public static func render(_ diff: VersionDiff, renames: Provenance.File?) -> String {
        var out = DiffWords.heading(diff) + "\n\n"
        out += instrumentChanges(diff)
        out += "\n" + totals(diff)
        out += "\n" + DiffEffectsText.effects(diff)
        out += "\n" + DiffEffectsText.subareas(diff)
        out += "\n" + DiffEffectsText.notes(diff)
        out += DiffWords.provenance(diff, renames: renames).text
        return out
    }

    /// Facts, areas, subareas and rules that changed.
    static func instrumentChanges(_ diff: VersionDiff) -> String {
        let c = diff.changes
        var out = "What changed in the instrument\n"
        func list(_ label: String, _ items: [String]) {
            out += "  \(label) (\(items.count))" + (items.isEmpty ? "\n" : ": " + items.joined(separator: ", ") + "\n")
        }
        list("facts renamed", c.renamedFacts.map { "\($0.old) → \($0.new)" })
        list("facts removed, not renamed", c.removedFacts)
        list("facts added", c.addedFacts)
        for likely in c.likelyRenames {
            out += "    same type and description: '\(likely.old) -> \(likely.new)' in the renames file would match them\n"
        }
        for change in c.areas { out += "  area " + DiffWords.section(change) + "\n" }
        for change in c.subareas { out += "  subarea " + DiffWords.section(change) + "\n" }
        out += "  rules added, removed or changed (\(c.rules.count))" + (c.rules.isEmpty ? "\n" : ":\n")
        let width = (c.rules.map(\.label.count).max() ?? 0) + 2
        for change in c.rules {
            out += "    " + ScoreTable.pad(change.label, width) + DiffWords.kind(change) + "\n"
            for line in DiffWords.details(change) { out += "    " + String(repeating: " ", count: width + 2) + line + "\n" }
        }
        return out
    }

    /// Per evaluation: old and new total, the change, and the change per area.
    static func totals(_ diff: VersionDiff) -> String {
        var out = "Totals, old → new, and the change per area\n"
        let areaIDs = diff.new.areas.map(\.id)
        var table = TextTable([.left, .right, .right, .right] + areaIDs.map { _ in .right })
        table.add(["evaluation", "old", "new", "Δ"] + areaIDs)
        var sum = Rational.zero
        var read = 0
        for evaluation in diff.evaluations {
            guard let new = evaluation.new else {
                table.add([DiffWords.subject(evaluation), CorpusNumbers.points(evaluation.old.total), "–", "–"])
                continue
            }
            read += 1
            sum = (try? sum.adding(evaluation.totalChange)) ?? sum
            let areas = evaluation.areas.filter { areaIDs.contains($0.id) }.map { area -> String in
                guard let old = area.old, let new = area.new else { return "–" }
                return CorpusNumbers.change((try? new.subtracting(old)) ?? .zero)
            }
            table.add(
                [DiffWords.subject(evaluation), CorpusNumbers.points(evaluation.old.total), CorpusNumbers.points(new.total),
                 CorpusNumbers.change(evaluation.totalChange)] + areas)
        }
        out += table.render(indent: 2)
        if read > 0 {
            let mean = (try? sum.divided(by: Rational(Int64(read)))) ?? .zero
            out += "  mean change of the total: \(CorpusNumbers.change(mean)) over \(read) evaluation\(read == 1 ? "" : "s")\n"
        }
        return out
    }
}
