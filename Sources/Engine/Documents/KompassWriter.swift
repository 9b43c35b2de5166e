/// Writes evidence and plan syntax trees in the language, in a fixed layout.
public enum KompassWriter {
    /// The file's declarations in the language (comments are not carried over).
    public static func write(_ file: SourceFileSyntax) -> String {
        var out = ""
        for declaration in file.declarations {
            switch declaration {
            case .evidence(let h):
                out += "evidence \(q(h.municipality)) year \(h.year.value) instrument \(q(h.instrument)) version \(q(h.version))\n"
                for evaluator in h.evaluators { out += "  evaluator \(q(evaluator))\n" }
                out += "\n"
            case .finding(let f):
                out += "finding \(f.fact.value) = \(value(f.value))\n"
                for s in f.sources {
                    out += "  source \(s.kind.value) \(q(s.text))" + (s.section.map { " section \(q($0))" } ?? "") + "\n"
                }
                if let note = f.note { out += "  note \(q(note))\n" }
                if let confidence = f.confidence { out += "  confidence \(confidence.value)\n" }
                if let by = f.by { out += "  by \(q(by))\n" }
            case .verdict(let v):
                out += "\(v.isOverride ? "override" : "judge") \(v.target.value) = \(v.value.value)"
                if let reason = v.reason { out += " because \(q(reason))" }
                if let by = v.by { out += " by \(q(by))" }
                out += "\n"
            case .plan(let p):
                out += "plan \(q(p.name))" + (p.municipality.map { " for \(q($0))" } ?? "") + "\n"
            case .action(let a):
                out += "  action \(a.id.value)" + (a.title.map { " \(q($0))" } ?? "") + (a.cost.map { " cost \($0.value)" } ?? "") + "\n"
                for c in a.changes {
                    out += c.isAdd ? "    add \(c.fact.value) \(value(c.value))\n" : "    set \(c.fact.value) = \(value(c.value))\n"
                }
            default:
                break
            }
        }
        return out
    }

    static func q(_ text: Located<String>) -> String { Spelling.quoted(text.value) }

    static func value(_ literal: ValueLiteral) -> String {
        switch literal.node {
        case .yes: return "yes"
        case .no: return "no"
        case .none: return "none"
        // A level that looks like a number is quoted, or it would read back as a number.
        case .level(let name): return NumberText.isWellFormed(name) ? Spelling.quoted(name) : Spelling.word(name)
        case .number(let text): return text
        case .items(let items): return "{" + items.map { Spelling.word($0.value) }.joined(separator: ", ") + "}"
        }
    }
}
