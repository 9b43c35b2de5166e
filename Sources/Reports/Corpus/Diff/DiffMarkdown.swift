import Analysis
import Engine

/// `diff --format markdown`: the sections of the text, with pipe tables, for a pull
/// request or a wiki page; in the language of `prose`.
public enum DiffMarkdown {
    /// The document; `renames` is the renames file, when one was read.
    public static func render(_ diff: VersionDiff, renames: Provenance.File?, prose: Prose = Prose(.en)) -> String {
        let w = VersionDiffWords.of(prose.language)
        var out = "# " + escape(DiffWords.heading(diff, prose)) + "\n\n"
        out += changes(diff, prose)
        out += "## \(w.totals)\n\n" + totals(diff, prose)
        out += "## \(w.effectsTitle)\n\n"
        out += sentence(w.rescoredNote) + "\n\n"
        out += DiffMarkdownEffects.effects(diff, prose)
        out += "## \(w.subareasTitle)\n\n"
        out += sentence(w.partsNote) + "\n\n"
        out += DiffMarkdownEffects.subareas(diff, prose)
        out += "## \(w.notes)\n\n"
            + escape(DiffEffectsText.notes(diff, prose)).replacingOccurrences(of: "\n", with: "  \n") + "\n"
        out += "## \(w.provenance)\n\n```" + DiffWords.provenance(diff, renames: renames, prose) + "```\n"
        return out
    }

    /// A note as a sentence: capitalized, with a full stop.
    static func sentence(_ text: String) -> String {
        (text.first.map { String($0).uppercased() } ?? "") + text.dropFirst() + "."
    }

    /// What changed in the instrument: facts and sections as a list, rules as a table.
    static func changes(_ diff: VersionDiff, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        let c = diff.changes
        var out = "## \(w.instrumentChanges)\n\n"
        out += "- \(w.factsRenamed): " + words(c.renamedFacts.map { "`\($0.old)` → `\($0.new)`" }, prose) + "\n"
        out += "- \(w.factsRemoved): " + words(c.removedFacts.map { "`\($0)`" }, prose) + "\n"
        out += "- \(w.factsAdded): " + words(c.addedFacts.map { "`\($0)`" }, prose) + "\n"
        for change in c.areas { out += "- \(w.area) " + escape(DiffWords.section(change, prose)) + "\n" }
        for change in c.subareas { out += "- \(w.subarea) " + escape(DiffWords.section(change, prose)) + "\n" }
        out += "\n"
        guard !c.rules.isEmpty else { return out + sentence(w.noRuleChanged) + "\n\n" }
        let rows = c.rules.map { change in
            [
                escape(change.label), escape(DiffWords.kind(change, prose)),
                DiffWords.details(change, prose).map(escape).joined(separator: "<br/>"),
            ]
        }
        return out + table(w.changesColumns, rows, numeric: 3) + "\n"
    }

    /// Per evaluation: old, new, change, and the change per area.
    static func totals(_ diff: VersionDiff, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        let areaIDs = diff.new.areas.map(\.id)
        let rows: [[String]] = diff.evaluations.map { e in
            guard let new = e.new else {
                return [escape(DiffWords.subject(e)), CorpusNumbers.points(e.old.total, prose), "–", "–"]
            }
            return [
                escape(DiffWords.subject(e)), CorpusNumbers.points(e.old.total, prose), CorpusNumbers.points(new.total, prose),
                CorpusNumbers.change(e.totalChange, prose),
            ] + DiffText.areaChanges(e, areaIDs, prose)
        }
        return table([w.evaluationColumn] + w.totalsColumns + ["Δ"] + areaIDs, rows, numeric: 1) + "\n"
    }

    /// `a, b` or `none`.
    static func words(_ items: [String], _ prose: Prose) -> String {
        items.isEmpty ? prose.words.none : items.joined(separator: ", ")
    }

    /// A pipe table; columns from `numeric` on are right-aligned, but for those in `text`.
    static func table(_ headings: [String], _ rows: [[String]], numeric: Int, text: [Int] = []) -> String {
        var out = "| " + headings.joined(separator: " | ") + " |\n"
        out += "|" + headings.indices.map { $0 >= numeric && !text.contains($0) ? " --: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }

    /// Text with Markdown's punctuation escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
