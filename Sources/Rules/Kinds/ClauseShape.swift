import Engine

/// Shared checks of a clause's shape: how many leading arguments, which words, each
/// word at most once. The clause is passed to each check rather than held, so a kind's
/// constructor does not copy it (a retain and release per string and array it holds).
struct ClauseShape {
    let kind: String

    /// Reports a clause word written twice (with a note at its previous place); false
    /// when one is. A clause has a handful of words: they are compared pairwise, with no
    /// table to build.
    func wordsOnce(_ clause: KindClause, _ diagnostics: inout DiagnosticBag) -> Bool {
        let words = clause.words
        if words.count < 2 { return true }
        var ok = true
        for i in 1..<words.count {
            let word = words[i].word
            guard let previous = (0..<i).last(where: { words[$0].word.value == word.value }) else { continue }
            diagnostics.report(
                .semaBadArgument, "'\(word.value)' is given twice in a '\(kind)' clause", at: word.span,
                notes: [Diagnostic.Note("first given here", at: words[previous].word.span)])
            ok = false
        }
        return ok
    }

    /// The leading arguments when there are exactly `count`, else a diagnostic.
    func leading(_ clause: KindClause, _ count: Int, _ what: String, _ diagnostics: inout DiagnosticBag) -> [Expression]? {
        guard clause.arguments.count == count else {
            let span = clause.arguments.count > count ? clause.arguments[count].span : clause.kind.span
            diagnostics.report(
                .semaBadArgument, "'\(kind)' takes \(what)", at: span,
                help: "write it as in: \(Self.usage[kind] ?? kind)")
            return nil
        }
        return clause.arguments
    }

    static let usage = [
        "when": "'when CONDITION award N'",
        "ladder": "'ladder FACT { level: value, … }'",
        "each": "'each FACT [from {…}] award N [cap M]'",
        "threshold": "'threshold FACT { >= x: value, … }'",
        "scale": "'scale FACT from a to b award N'",
        "judgement": "'judgement max M'",
    ]

    /// The map argument's entries, or a diagnostic.
    func map(_ argument: Expression, _ diagnostics: inout DiagnosticBag) -> [MapEntry]? {
        guard case .map(let entries) = argument.node, !entries.isEmpty else {
            diagnostics.report(
                .semaBadArgument, "'\(kind)' takes a map of values such as '{ exists: 2 }'", at: argument.span,
                help: "write it as in: \(Self.usage[kind] ?? kind)")
            return nil
        }
        return entries
    }
}
