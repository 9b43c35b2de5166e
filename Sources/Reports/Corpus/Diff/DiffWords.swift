import Analysis
import Engine

/// What text and Markdown of `diff` both say, in the same words: headings, changes
/// described, statistics of effects, provenance.
enum DiffWords {
    /// `Kommunkompassen 2019 → 2019b · 14 evaluations`.
    static func heading(_ diff: VersionDiff) -> String {
        let n = diff.evaluations.count
        let name = diff.old.name == diff.new.name ? diff.old.name : "\(diff.old.name) \(diff.old.version) →"
        let versions = diff.old.name == diff.new.name ? "\(diff.old.version) → \(diff.new.version)" : "\(diff.new.name) \(diff.new.version)"
        return "\(name) \(versions) · \(n) evaluation\(n == 1 ? "" : "s")"
    }

    /// `Ale kommun 2020`.
    static func subject(_ evaluation: EvaluationDiff) -> String {
        "\(evaluation.evidence.municipality) \(evaluation.evidence.year)"
    }

    /// An area or subarea change in words: `2.2 Social hållbarhet: max 30 → 15`.
    static func section(_ change: SectionChange) -> String {
        let title = change.title.new ?? change.title.old ?? ""
        switch change.kind {
        case .added:
            return "\(change.id) \(title): added, max \(change.max.new?.decimalString() ?? "?")"
                + (change.mode.new == "weighted" ? ", weighted" : "")
        case .removed:
            return "\(change.id) \(title): removed (max \(change.max.old?.decimalString() ?? "?"))"
        case .changed:
            return "\(change.id) \(title): " + differences(change)
        }
    }

    /// What differs in a changed area or subarea: `max 30 → 15, title "a" → "b"`.
    static func differences(_ change: SectionChange) -> String {
        var parts: [String] = []
        if change.max.old != change.max.new {
            parts.append("max \(change.max.old?.decimalString() ?? "?") → \(change.max.new?.decimalString() ?? "?")")
        }
        if change.mode.old != change.mode.new { parts.append("mode \(change.mode.old ?? "?") → \(change.mode.new ?? "?")") }
        if change.title.old != change.title.new {
            parts.append("title \"\(change.title.old ?? "")\" → \"\(change.title.new ?? "")\"")
        }
        return parts.joined(separator: ", ")
    }

    /// `added`, `removed`, or what changed: `clause, weight`.
    static func kind(_ change: RuleChange) -> String {
        change.kind == .changed ? change.aspects.map(\.rawValue).joined(separator: ", ") : change.kind.rawValue
    }

    /// The lines that say how a rule changed: `old: …` and `new: …` for clause and title,
    /// `weight 1 → 2`, `subarea 2.2 → 2.5`.
    static func details(_ change: RuleChange) -> [String] {
        switch change.kind {
        case .added:
            return ["\"\(change.title.new ?? "")\" in \(change.subarea.new ?? "?")", "new: \(change.clause.new ?? "")"]
                + weight(change.weight.new)
        case .removed:
            return ["\"\(change.title.old ?? "")\" in \(change.subarea.old ?? "?")", "old: \(change.clause.old ?? "")"]
                + weight(change.weight.old)
        case .changed:
            var lines: [String] = []
            for aspect in change.aspects {
                switch aspect {
                case .id: break
                case .title: lines += ["old title: \"\(change.title.old ?? "")\"", "new title: \"\(change.title.new ?? "")\""]
                case .clause: lines += ["old: \(change.clause.old ?? "")", "new: \(change.clause.new ?? "")"]
                case .weight:
                    lines.append("weight \(change.weight.old?.decimalString() ?? "?") → \(change.weight.new?.decimalString() ?? "?")")
                case .subarea: lines.append("subarea \(change.subarea.old ?? "?") → \(change.subarea.new ?? "?")")
                }
            }
            return lines
        }
    }

    static func weight(_ weight: Rational?) -> [String] {
        guard let weight, weight != .one else { return [] }
        return ["weight \(weight.decimalString())"]
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

    /// The parts of a subarea's change: `2.2.f → 2.5.a -2, 2.2.h +1; rest -1.5 (max 30 → 15)`.
    static func explanation(_ delta: SubareaDelta, _ diff: VersionDiff) -> String {
        var parts = delta.parts.map { "\(diff.changes.rules[$0.change].label) \(CorpusNumbers.change($0.points))" }
        if delta.rest != .zero || parts.isEmpty {
            var rest = "rest \(CorpusNumbers.change(delta.rest))"
            if let section = diff.changes.subareas.first(where: { $0.id == delta.id }) {
                rest += section.kind == .changed ? " (\(differences(section)))" : " (subarea \(section.kind.rawValue))"
            }
            parts.append(rest)
        }
        return parts.joined(separator: ", ")
    }

    /// The instrument (old), every evidence file, the renames file and the new version.
    static func provenance(_ diff: VersionDiff, renames: Provenance.File?) -> Provenance {
        var files = diff.evaluations.map { Provenance.File.evidence($0.evidence) }
        if let renames { files.append(renames) }
        files.append(
            Provenance.File(role: "against", path: "instrument \(diff.new.name) \(diff.new.version)", sha256: diff.new.sha256))
        return Provenance(instrument: diff.old, files: files)
    }
}
