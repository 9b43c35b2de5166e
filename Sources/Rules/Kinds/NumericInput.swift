import Engine

/// The number a rule reads from a fact: a number fact's value, or a set's item count.
struct NumericInput: Sendable {
    let fact: Int
    let isSet: Bool

    /// Resolves a fact argument that must be a number or a set.
    init?(_ argument: Expression, kind: String, context: borrowing RuleContext, diagnostics: inout DiagnosticBag) {
        guard let fact = context.fact(argument, diagnostics: &diagnostics) else { return nil }
        switch context.catalog.type(of: fact) {
        case .number: isSet = false
        case .set: isSet = true
        default:
            diagnostics.report(
                .semaTypeMismatch,
                "'\(kind)' needs a number or set fact, and '\(context.catalog.facts[fact].path)' is a \(context.typeName(fact))",
                at: argument.span)
            return nil
        }
        self.fact = fact
    }

    /// The input's value, nil when unassessed.
    func value(_ facts: FactReader) -> Rational? {
        switch facts.value(fact) {
        case .number(let n)?: return n
        case .set(let items)?: return Rational(Int64(items.count))
        default: return nil
        }
    }

    /// The change that sets the input to `target` (for a set, adding placeholder items).
    func change(to target: Rational, _ facts: FactReader) -> FindingChange {
        guard isSet else { return FindingChange(fact: fact, value: .number(target)) }
        var items: [String] = []
        if case .set(let current)? = facts.value(fact) { items = current }
        var n = 1
        while Int64(items.count) < target.integerPart() {
            items.append("… \(n)")
            n += 1
        }
        return FindingChange(fact: fact, value: .set(FactValue.normalizedItems(items)))
    }
}
