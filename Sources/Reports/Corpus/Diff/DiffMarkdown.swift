import Analysis
import Engine

/// `diff --format markdown`: the sections of the text, with pipe tables, for a pull
/// request or a wiki page.
public enum DiffMarkdown {
    /// The document; `renames` is the renames file, when one was read.
    public static func render(_ diff: VersionDiff, renames: Provenance.File?) -> String {
        var out = "# " + escape(DiffWords.heading(diff)) + "\n\n"
        out += changes(diff)
        out += "## Totals\n\n" + totals(diff)
        out += "## Each rule change over the corpus\n\n"
        out += "Re-scored: the new version minus the new version with only this rule as the old one had it.\n\n"
        out += DiffMarkdownEffects.effects(diff)
        out += "## Subarea changes per evaluation\n\n"
        out += "Parts: each rule change re-scored on its own; rest: the subarea's own change, findings left out, "
            + "changes acting together.\n\n"
        out += DiffMarkdownEffects.subareas(diff)
        out += "## Notes\n\n" + escape(DiffEffectsText.notes(diff)).replacingOccurrences(of: "\n", with: "  \n") + "\n"
        out += "## Provenance\n\n```" + DiffWords.provenance(diff, renames: renames).text + "```\n"
        return out
    }

    /// What changed in the instrument: facts and sections as a list, rules as a table.
    static func changes(_ diff: VersionDiff) -> String {
        let c = diff.changes
        var out = "## What changed in the instrument\n\n"
        out += "- facts renamed: " + words(c.renamedFacts.map { "`\($0.old)` → `\($0.new)`" }) + "\n"
        out += "- facts removed, not renamed: " + words(c.removedFacts.map { "`\($0)`" }) + "\n"
        out += "- facts added: " + words(c.addedFacts.map { "`\($0)`" }) + "\n"
        for change in c.areas { out += "- area " + escape(DiffWords.section(change)) + "\n" }
        for change in c.subareas { out += "- subarea " + escape(DiffWords.section(change)) + "\n" }
        out += "\n"
        guard !c.rules.isEmpty else { return out + "No rule changed.\n\n" }
        let rows = c.rules.map { change in
            [escape(change.label), escape(DiffWords.kind(change)), DiffWords.details(change).map(escape).joined(separator: "<br/>")]
        }
        return out + table(["rule", "change", "how"], rows, numeric: 3) + "\n"
    }

    /// Per evaluation: old, new, change, and the change per area.
    static func totals(_ diff: VersionDiff) -> String {
        let areaIDs = diff.new.areas.map(\.id)
        let rows: [[String]] = diff.evaluations.map { e in
            guard let new = e.new else { return [escape(DiffWords.subject(e)), CorpusNumbers.points(e.old.total), "–", "–"] }
            let areas = e.areas.filter { areaIDs.contains($0.id) }.map { area -> String in
                guard let old = area.old, let new = area.new else { return "–" }
                return CorpusNumbers.change((try? new.subtracting(old)) ?? .zero)
            }
            return [escape(DiffWords.subject(e)), CorpusNumbers.points(e.old.total), CorpusNumbers.points(new.total),
                CorpusNumbers.change(e.totalChange)] + areas
        }
        return table(["evaluation", "old", "new", "Δ"] + areaIDs, rows, numeric: 1) + "\n"
    }

    /// `a, b` or `none`.
    static func words(_ items: [String]) -> String {
        items.isEmpty ? "none" : items.joined(separator: ", ")
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
