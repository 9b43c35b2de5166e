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
        let count = clause.wordCount
        if count < 2 { return true }
        var ok = true
        for i in 1..<count {
            let word = clause.word(at: i)
            guard let previous = (0..<i).last(where: { clause.word(at: $0).value == word.value }) else { continue }
            diagnostics.report(
                .semaBadArgument, "'\(word.value)' is given twice in a '\(kind)' clause", at: word.span,
                notes: [Diagnostic.Note("first given here", at: clause.word(at: previous).span)])
            ok = false
        }
        return ok
    }

    /// The leading arguments (in place, indexed from 0) when there are exactly `count`,
    /// else a diagnostic.
    func leading(_ clause: KindClause, _ count: Int, _ what: String, _ diagnostics: inout DiagnosticBag)
        -> ArraySlice<Expression>?
    {
        let arguments = clause.leadingArguments
        guard arguments.count == count else {
            let span = arguments.count > count ? arguments[count].span : clause.kind.span
            diagnostics.report(
                .semaBadArgument, "'\(kind)' takes \(what)", at: span,
                help: "write it as in: \(Self.usage[kind] ?? kind)")
            return nil
        }
        return arguments
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
