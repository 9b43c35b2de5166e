import Analysis
import Engine

/// What text and Markdown of `diff` both say, in the same words (``VersionDiffWords``,
/// in the language of the ``Prose``): headings, changes described, statistics of
/// effects, provenance.
enum DiffWords {
    /// `Kommunkompassen 2019 → 2019b · 14 evaluations`.
    static func heading(_ diff: VersionDiff, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        let name = diff.old.name == diff.new.name ? diff.old.name : "\(diff.old.name) \(diff.old.version) →"
        let versions = diff.old.name == diff.new.name ? "\(diff.old.version) → \(diff.new.version)" : "\(diff.new.name) \(diff.new.version)"
        return "\(name) \(versions) · \(prose.count(diff.evaluations.count, w.evaluation))"
    }

    /// `Ale kommun 2020`.
    static func subject(_ evaluation: EvaluationDiff) -> String {
        "\(evaluation.evidence.municipality) \(evaluation.evidence.year)"
    }

    /// An area or subarea change in words: `2.2 Social hållbarhet: max 30 → 15`.
    static func section(_ change: SectionChange, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        let title = change.title.new ?? change.title.old ?? ""
        switch change.kind {
        case .added:
            return "\(change.id) \(title): \(w.sectionAdded), max \(exact(change.max.new, prose))"
                + (change.mode.new == "weighted" ? ", \(w.weighted)" : "")
        case .removed:
            return "\(change.id) \(title): \(w.sectionRemoved) (max \(exact(change.max.old, prose)))"
        case .changed:
            return "\(change.id) \(title): " + differences(change, prose)
        }
    }

    /// A declared value in the language's marks, `?` when there is none.
    static func exact(_ value: Rational?, _ prose: Prose) -> String {
        value.map { CorpusNumbers.exact($0, prose) } ?? "?"
    }

    /// What differs in a changed area or subarea: `max 30 → 15, title "a" → "b"`.
    static func differences(_ change: SectionChange, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        var parts: [String] = []
        if change.max.old != change.max.new {
            parts.append("max \(exact(change.max.old, prose)) → \(exact(change.max.new, prose))")
        }
        if change.mode.old != change.mode.new {
            parts.append("\(w.modeWord) \(change.mode.old.map(w.mode) ?? "?") → \(change.mode.new.map(w.mode) ?? "?")")
        }
        if change.title.old != change.title.new {
            parts.append("\(w.title) \(prose.quoted(change.title.old ?? "")) → \(prose.quoted(change.title.new ?? ""))")
        }
        return parts.joined(separator: ", ")
    }

    /// `added`, `removed`, or what changed: `clause, weight`.
    static func kind(_ change: RuleChange, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        switch change.kind {
        case .added: return w.addedRule
        case .removed: return w.removedRule
        case .changed: return change.aspects.map(w.aspect).joined(separator: ", ")
        }
    }

    /// The lines that say how a rule changed: `old: …` and `new: …` for clause and title,
    /// `weight 1 → 2`, `subarea 2.2 → 2.5`.
    static func details(_ change: RuleChange, _ prose: Prose) -> [String] {
        let w = VersionDiffWords.of(prose.language)
        switch change.kind {
        case .added:
            return ["\(prose.quoted(change.title.new ?? "")) \(w.inSubarea) \(change.subarea.new ?? "?")", "\(w.new): \(change.clause.new ?? "")"]
                + weight(change.weight.new, prose)
        case .removed:
            return ["\(prose.quoted(change.title.old ?? "")) \(w.inSubarea) \(change.subarea.old ?? "?")", "\(w.old): \(change.clause.old ?? "")"]
                + weight(change.weight.old, prose)
        case .changed:
            var lines: [String] = []
            for aspect in change.aspects {
                switch aspect {
                case .id: break
                case .title:
                    lines += [
                        "\(w.oldTitle): \(prose.quoted(change.title.old ?? ""))",
                        "\(w.newTitle): \(prose.quoted(change.title.new ?? ""))",
                    ]
                case .clause: lines += ["\(w.old): \(change.clause.old ?? "")", "\(w.new): \(change.clause.new ?? "")"]
                case .weight:
                    lines.append("\(w.weight) \(exact(change.weight.old, prose)) → \(exact(change.weight.new, prose))")
                case .subarea: lines.append("\(w.subarea) \(change.subarea.old ?? "?") → \(change.subarea.new ?? "?")")
                }
            }
            return lines
        }
    }

    static func weight(_ weight: Rational?, _ prose: Prose) -> [String] {
        guard let weight, weight != .one else { return [] }
        return ["\(VersionDiffWords.of(prose.language).weight) \(CorpusNumbers.exact(weight, prose))"]
    }

    /// The mean, least and greatest effect on the total over the evaluations re-scored.
    static func statistics(_ effect: RuleEffect) -> (mean: Rational, least: Rational, most: Rational)? {
        let values = effect.rescored
        guard let least = values.min(), let most = values.max() else { return nil }
        var sum = Rational.zero
        for value in values { sum = (try? sum.adding(value)) ?? sum }
        let mean = (try? sum.divided(by: Rational(Int64(values.count)))) ?? .zero
        return (mean, least, most)
    }

    /// In how many evaluations a rule change moves the total: `3 of 14`.
    static func changedIn(_ effect: RuleEffect, _ prose: Prose) -> String {
        VersionDiffWords.of(prose.language).countOf(prose.integer(effect.changedCount), prose.integer(effect.rescored.count))
    }

    /// The parts of a subarea's change: `2.2.f → 2.5.a −2, 2.2.h +1, rest −1.5 (max 30 → 15)`.
    static func explanation(_ delta: SubareaDelta, _ diff: VersionDiff, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        var parts = delta.parts.map { "\(diff.changes.rules[$0.change].label) \(CorpusNumbers.change($0.points, prose))" }
        if delta.rest != .zero || parts.isEmpty {
            var rest = "\(w.rest) \(CorpusNumbers.change(delta.rest, prose))"
            if let section = diff.changes.subareas.first(where: { $0.id == delta.id }) {
                switch section.kind {
                case .changed: rest += " (\(differences(section, prose)))"
                case .added: rest += " (\(w.subarea) \(w.sectionAdded))"
                case .removed: rest += " (\(w.subarea) \(w.sectionRemoved))"
                }
            }
            parts.append(rest)
        }
        return parts.joined(separator: ", ")
    }

    /// A note on what the new version could not read, in words.
    static func note(_ note: MigrationNote, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        return w.leftOut(note.place, w.subject(note.subject), note.reason)
    }

    /// The instrument (old), every evidence file, the renames file and the new version,
    /// as the provenance footer writes them in the language.
    static func provenance(_ diff: VersionDiff, renames: Provenance.File?, _ prose: Prose) -> String {
        let w = VersionDiffWords.of(prose.language)
        var files = diff.evaluations.map { Provenance.File.evidence($0.evidence) }
        if var renames {
            renames.role = w.renames
            files.append(renames)
        }
        files.append(
            Provenance.File(role: w.against, path: "instrument \(diff.new.name) \(diff.new.version)", sha256: diff.new.sha256))
        return prose.footer(Provenance(instrument: diff.old, files: files))
    }
}
