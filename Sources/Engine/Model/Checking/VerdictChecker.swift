import Support

/// Checks judgements and overrides.
enum VerdictChecker {
    /// The rule a judgement names, when it exists, is a judgement, and the value is in range.
    static func judgementRule(
        _ target: Located<String>, value: Rational, instrument: Instrument, brokenRules: Set<String>,
        diagnostics: inout DiagnosticBag
    ) -> Int? {
        guard case .rule(let index)? = instrument.ids[target.value] else {
            if brokenRules.contains(target.value) { return nil }
            let rules = instrument.rules.filter(\.kind.readsJudgement).map(\.id)
            let suggestion = EditDistance.closestMatch(to: target.value, among: rules)
            diagnostics.report(
                .semaUnknownID, "unknown rule '\(target.value)'", at: target.span,
                help: suggestion.map { "did you mean '\($0)'?" } ?? "'judge' names a rule of kind 'judgement'")
            return nil
        }
        let rule = instrument.rules[index]
        guard rule.kind.readsJudgement, let maximum = rule.kind.judgementMaximum else {
            diagnostics.report(
                .semaTypeMismatch, "rule '\(target.value)' is not judged by evaluators", at: target.span,
                notes: [Diagnostic.Note("'\(target.value)' declared here", at: rule.span)],
                help: "only rules of kind 'judgement' take a 'judge' value")
            return nil
        }
        guard value >= .zero, value <= maximum else {
            diagnostics.report(
                .semaJudgementOverMax,
                "judgement \(value.decimalString()) of '\(target.value)' is outside 0 to \(maximum.decimalString())",
                at: target.span, notes: [Diagnostic.Note("'\(target.value)' declared here", at: rule.span)],
                help: "judge between 0 and \(maximum.decimalString())")
            return nil
        }
        return index
    }
}
