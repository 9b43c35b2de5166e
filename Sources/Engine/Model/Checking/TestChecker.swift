import Support

/// Checks an instrument's `test` blocks against the instrument.
struct TestChecker {
    let instrument: Instrument
    let brokenRules: Set<String>
    let catalog: FactCatalog
    var diagnostics = DiagnosticBag()

    /// A checker of tests against `instrument`. `brokenRules` and `failedFacts` are ids
    /// and paths whose declarations failed with errors already reported: naming one is
    /// not an error again.
    init(instrument: Instrument, brokenRules: Set<String>, failedFacts: Set<String> = []) {
        self.instrument = instrument
        self.brokenRules = brokenRules
        var catalog = instrument.catalog
        catalog.failedFacts = failedFacts
        self.catalog = catalog
    }

    mutating func check(_ test: TestDecl) {
        var seen: [String: SourceSpan] = [:]
        for given in test.givens {
            if let first = seen[given.target.value] {
                diagnostics.report(
                    .semaDuplicateFinding, "'\(given.target.value)' is given twice", at: given.target.span,
                    notes: [Diagnostic.Note("first given here", at: first)])
            }
            seen[given.target.value] = given.target.span
            if given.isJudgement {
                guard case .number(let text) = given.value.node, let value = Rational(decimalText: text) else { continue }
                _ = VerdictChecker.judgementRule(
                    given.target, value: value, instrument: instrument, brokenRules: brokenRules,
                    diagnostics: &diagnostics)
            } else {
                guard let fact = catalog.fact(given.target, diagnostics: &diagnostics) else { continue }
                _ = ValueResolver(catalog: catalog).resolve(given.value, for: fact, diagnostics: &diagnostics)
            }
        }
        for expectation in test.expects where expectation.target.value != "total" {
            if instrument.ids[expectation.target.value] == nil, !brokenRules.contains(expectation.target.value) {
                let suggestion = EditDistance.closestMatch(to: expectation.target.value, among: instrument.ids.keys)
                diagnostics.report(
                    .semaUnknownID, "unknown id '\(expectation.target.value)'", at: expectation.target.span,
                    help: suggestion.map { "did you mean '\($0)'?" } ?? "expect a rule, subarea or area id, or 'total'")
            }
        }
    }
}
