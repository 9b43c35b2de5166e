import Support

/// Resolving names against the declared facts, with located diagnostics: what every
/// checker and every rule kind uses to turn a fact path, a level or an item into an index.
extension FactCatalog {
    /// Resolves a fact path, reporting `sema.unknown-fact` with a suggestion (nothing for
    /// one of ``failedFacts``, whose error is reported). Without one,
    /// the help says how to declare the fact where the instrument is written, and
    /// (`inEvidence`) where findings are recorded that the instrument has no such fact.
    /// (Out of line: inlined into the evidence checker's loop, it made the compiler copy
    /// each declaration through its value witness.)
    @inline(never)
    public func fact(_ path: Located<String>, inEvidence: Bool = false, diagnostics: inout DiagnosticBag) -> Int? {
        if let index = indexOfFact(path.value) { return index }
        if !failedFacts.isEmpty, failedFacts.contains(path.value) { return nil }
        let suggestion = EditDistance.closestMatch(to: path.value, among: index.keys)
        diagnostics.report(
            .semaUnknownFact, "unknown fact '\(path.value)'", at: path.span,
            notes: suggestion.flatMap { name in
                index[name].map { [Diagnostic.Note("'\(name)' declared here", at: facts[$0].span)] }
            } ?? [],
            help: suggestion.map { "did you mean '\($0)'?" }
                ?? (inEvidence
                    ? "the instrument has no fact of that name; check the spelling, or the instrument given with '--rules'"
                    : "declare it with 'fact \(path.value): …'"))
        return nil
    }

    /// Resolves a level of a level fact's ladder, reporting `sema.unknown-level`.
    public func level(_ name: Located<String>, of fact: Int, diagnostics: inout DiagnosticBag) -> Int? {
        guard let ladder = ladder(of: fact) else { return nil }
        if let index = ladder.index(of: name.value) { return index }
        let suggestion = EditDistance.closestMatch(to: name.value, among: ladder.levels)
        diagnostics.report(
            .semaUnknownLevel, "'\(name.value)' is not a level of ladder '\(ladder.name)'", at: name.span,
            help: suggestion.map { "did you mean '\($0)'?" }
                ?? "the levels are \(ladder.levels.joined(separator: " < "))")
        return nil
    }

    /// Checks items against a set fact's closed list, reporting `sema.unknown-item`.
    public func checkItems(_ items: [Located<String>], of fact: Int, diagnostics: inout DiagnosticBag) -> Bool {
        guard case .set(let closed?) = type(of: fact) else { return true }
        var ok = true
        for item in items where !closed.contains(item.value) {
            ok = false
            let suggestion = EditDistance.closestMatch(to: item.value, among: closed)
            diagnostics.report(
                .semaUnknownItem, "'\(item.value)' is not an item of '\(facts[fact].path)'", at: item.span,
                notes: [Diagnostic.Note("'\(facts[fact].path)' declared here", at: facts[fact].span)],
                help: suggestion.map { "did you mean '\($0)'?" } ?? "the items are \(closed.joined(separator: ", "))")
        }
        return ok
    }

    /// How a fact's type reads in messages: `flag`, `level maturity`, `number`, `set`.
    public func typeName(_ fact: Int) -> String {
        switch type(of: fact) {
        case .flag: return "flag"
        case .level(let ladder): return "level \(ladders[ladder].name)"
        case .number: return "number"
        case .set: return "set"
        }
    }
}
