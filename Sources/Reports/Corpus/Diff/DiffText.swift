import Analysis
import Engine

/// The text of `diff`: what changed in the instrument; per evaluation the total and the
/// change per area; per rule change its effect over the corpus, re-scored; per evaluation
/// each subarea's change with the rule changes that explain it; what the new version
/// could not read; provenance. In the language of `prose`.
public enum DiffText {
    /// The text for a diff; `renames` is the renames file, when one was read.
    public static func render(_ diff: VersionDiff, renames: Provenance.File?, prose: Prose = Prose(.en)) -> String {
        var out = DiffWords.heading(diff, prose) + "\n\n"
        out += instrumentChanges(diff, prose)
        out += "\n" + totals(diff, prose)
        out += "\n" + DiffEffectsText.effects(diff, prose)
        out += "\n" + DiffEffectsText.subareas(diff, prose)
        out += "\n" + DiffEffectsText.notes(diff, prose)
        out += DiffWords.provenance(diff, renames: renames, prose)
        return out
    }

    /// Facts, areas, subareas and rules that changed.
    static func instrumentChanges(_ diff: VersionDiff, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        let c = diff.changes
        var out = w.instrumentChanges + "\n"
        func list(_ label: String, _ items: [String]) {
            out += "  \(label) (\(prose.integer(items.count)))" + (items.isEmpty ? "\n" : ": " + items.joined(separator: ", ") + "\n")
        }
        list(w.factsRenamed, c.renamedFacts.map { "\($0.old) → \($0.new)" })
        list(w.factsRemoved, c.removedFacts)
        list(w.factsAdded, c.addedFacts)
        for likely in c.likelyRenames {
            out += "    " + w.likelyRename("\(likely.old) -> \(likely.new)") + "\n"
        }
        for change in c.areas { out += "  \(w.area) " + DiffWords.section(change, prose) + "\n" }
        for change in c.subareas { out += "  \(w.subarea) " + DiffWords.section(change, prose) + "\n" }
        out += "  \(w.rulesChanged) (\(prose.integer(c.rules.count)))" + (c.rules.isEmpty ? "\n" : ":\n")
        let width = (c.rules.map(\.label.count).max() ?? 0) + 2
        for change in c.rules {
            out += "    " + ScoreTable.pad(change.label, width) + DiffWords.kind(change, prose) + "\n"
            for line in DiffWords.details(change, prose) {
                out += "    " + String(repeating: " ", count: width + 2) + line + "\n"
            }
        }
        return out
    }

    /// Per evaluation: old and new total, the change, and the change per area.
    static func totals(_ diff: VersionDiff, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        var out = w.totalsHeading + "\n"
        let areaIDs = diff.new.areas.map(\.id)
        var table = TextTable([.left, .right, .right, .right] + areaIDs.map { _ in .right })
        table.add([w.evaluationColumn] + w.totalsColumns + ["Δ"] + areaIDs)
        var sum = Rational.zero
        var read = 0
        for evaluation in diff.evaluations {
            guard let new = evaluation.new else {
                table.add([DiffWords.subject(evaluation), CorpusNumbers.points(evaluation.old.total, prose), "–", "–"])
                continue
            }
            read += 1
            sum = (try? sum.adding(evaluation.totalChange)) ?? sum
            table.add(
                [
                    DiffWords.subject(evaluation), CorpusNumbers.points(evaluation.old.total, prose),
                    CorpusNumbers.points(new.total, prose), CorpusNumbers.change(evaluation.totalChange, prose),
                ] + areaChanges(evaluation, areaIDs, prose))
        }
        out += table.render(indent: 2)
        if read > 0 {
            let mean = (try? sum.divided(by: Rational(Int64(read)))) ?? .zero
            out += "  " + w.meanChange(CorpusNumbers.change(mean, prose), prose.count(read, w.evaluation)) + "\n"
        }
        return out
    }

    /// An evaluation's change per area of the new version; `–` for an area one version lacks.
    static func areaChanges(_ evaluation: EvaluationDiff, _ areaIDs: [String], _ prose: Prose) -> [String] {
        evaluation.areas.filter { areaIDs.contains($0.id) }.map { area -> String in
            guard let old = area.old, let new = area.new else { return "–" }
            return CorpusNumbers.change((try? new.subtracting(old)) ?? .zero, prose)
        }
    }
}
