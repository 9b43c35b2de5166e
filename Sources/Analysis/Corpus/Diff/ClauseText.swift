import Engine

/// A rule's kind clause written out from its syntax, in one canonical layout (single
/// spaces, no comments), so two versions compare by what was written and not by layout:
/// `each dialog.former award 3 cap 12`, `ladder x { exists: 2, evaluated: 6 }`.
/// Fact paths can be renamed on the way, so a clause that only reads a renamed fact
/// reads the same in both versions.
public enum ClauseText {
    /// The clause as text, with each word in `renames` (a fact path) written as its new name.
    public static func render(_ clause: KindClause, renaming renames: [String: String] = [:]) -> String {
        var parts = [clause.kind.value] + clause.arguments.map { expression($0, renames) }
        for (word, arguments) in clause.words {
            parts.append(word.value)
            parts += arguments.map { expression($0, renames) }
        }
        return parts.joined(separator: " ")
    }

    /// An expression, parenthesised where its operands bind more loosely than it does.
    static func expression(_ e: Expression, _ renames: [String: String]) -> String {
        func operand(_ inner: Expression, above level: Int) -> String {
            let text = expression(inner, renames)
            return precedence(inner) < level ? "(" + text + ")" : text
        }
        switch e.node {
        case .word(let w): return Spelling.word(renames[w] ?? w)
        case .number(let n): return n
        case .string(let s): return Spelling.quoted(s)
        case .yes: return "yes"
        case .no: return "no"
        case .none: return "none"
        case .setLiteral(let list): return itemList(list)
        case .map(let entries):
            let written = entries.map { entry in
                (entry.comparison.map { $0.rawValue + " " } ?? "") + entry.key.value + ": " + entry.value.value
            }
            return "{ " + written.joined(separator: ", ") + " }"
        case .count(let fact): return "count(" + Spelling.word(renames[fact.value] ?? fact.value) + ")"
        case .not(let inner): return "not " + operand(inner, above: 3)
        case .and(let a, let b): return operand(a, above: 2) + " and " + operand(b, above: 3)
        case .or(let a, let b): return operand(a, above: 1) + " or " + operand(b, above: 2)
        case .compare(let op, let a, let b):
            return operand(a, above: 5) + " " + op.rawValue + " " + operand(b, above: 5)
        case .contains(let a, let item): return operand(a, above: 5) + " contains " + Spelling.word(item.value)
        case .containsAny(let a, let list): return operand(a, above: 5) + " contains any " + itemList(list)
        case .containsAll(let a, let list): return operand(a, above: 5) + " contains all " + itemList(list)
        }
    }

    /// `{a, "b c"}`.
    static func itemList(_ items: [Located<String>]) -> String {
        "{" + items.map { Spelling.word($0.value) }.joined(separator: ", ") + "}"
    }

    /// How tightly an expression binds: `or` 1, `and` 2, `not` 3, comparison and
    /// `contains` 4, a primary 5.
    static func precedence(_ e: Expression) -> Int {
        switch e.node {
        case .or: 1
        case .and: 2
        case .not: 3
        case .compare, .contains, .containsAny, .containsAll: 4
        default: 5
        }
    }
}
