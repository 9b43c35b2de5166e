extension RuleContext {
    /// Resolves and type-checks a condition (DESIGN.md, "Conditions").
    public func condition(_ expression: Expression, diagnostics: inout DiagnosticBag) -> Condition? {
        switch expression.node {
        case .word(let path):
            guard let fact = fact(Located(path, at: expression.span), diagnostics: &diagnostics) else { return nil }
            return .positive(fact)
        case .not(let inner):
            return condition(inner, diagnostics: &diagnostics).map { .not($0) }
        case .and(let l, let r), .or(let l, let r):
            let left = condition(l, diagnostics: &diagnostics)
            let right = condition(r, diagnostics: &diagnostics)
            guard let left, let right else { return nil }
            if case .and = expression.node { return .and(left, right) }
            return .or(left, right)
        case .compare(let op, let l, let r):
            return comparison(op, l, r, diagnostics: &diagnostics)
        case .contains(let target, let item):
            guard let set = setFact(target, diagnostics: &diagnostics),
                checkItems([item], of: set, diagnostics: &diagnostics)
            else { return nil }
            return .contains(set, item.value)
        case .containsAny(let target, let items), .containsAll(let target, let items):
            guard let set = setFact(target, diagnostics: &diagnostics),
                checkItems(items, of: set, diagnostics: &diagnostics)
            else { return nil }
            let values = items.map(\.value)
            if case .containsAny = expression.node { return .containsAny(set, values) }
            return .containsAll(set, values)
        default:
            diagnostics.report(
                .semaTypeMismatch, "expected a condition, found a value", at: expression.span,
                help: "a condition is a fact, a comparison, 'contains', or these joined by 'and', 'or', 'not'")
            return nil
        }
    }

    private func setFact(_ target: Expression, diagnostics: inout DiagnosticBag) -> Int? {
        guard let fact = fact(target, diagnostics: &diagnostics) else { return nil }
        guard case .set = catalog.type(of: fact) else {
            diagnostics.report(
                .semaTypeMismatch, "'contains' needs a set fact, and '\(catalog.facts[fact].path)' is a \(typeName(fact))",
                at: target.span)
            return nil
        }
        return fact
    }

    /// A fact's type as messages name it: `flag`, `level maturity`, `number`, `set`.
    public func typeName(_ fact: Int) -> String {
        catalog.typeName(fact)
    }


    private func comparison(
        _ op: ComparisonOperator, _ l: Expression, _ r: Expression, diagnostics: inout DiagnosticBag
    ) -> Condition? {
        // A fact or count on the left; swap when only the right side names one. Each side's
        // word is looked up once.
        let leftFact = l.word.flatMap { catalog.indexOfFact($0) }
        let rightFact = r.word.flatMap { catalog.indexOfFact($0) }
        let leftNamesFact: Bool = {
            if case .count = l.node { return true }
            return leftFact != nil
        }()
        let rightNamesFact: Bool = {
            if case .count = r.node { return true }
            return rightFact != nil
        }()
        if !leftNamesFact, rightNamesFact { return comparison(op.swapped, r, l, diagnostics: &diagnostics) }

        let lhs: Operand
        let fact: Int
        if case .count(let path) = l.node {
            guard let set = self.fact(path, diagnostics: &diagnostics) else { return nil }
            guard case .set = catalog.type(of: set) else {
                diagnostics.report(
                    .semaTypeMismatch, "'count' needs a set fact, and '\(path.value)' is a \(typeName(set))",
                    at: path.span)
                return nil
            }
            lhs = .count(set)
            fact = set
        } else {
            guard let resolved = leftFact ?? self.fact(l, diagnostics: &diagnostics) else { return nil }
            lhs = .fact(resolved)
            fact = resolved
        }
        if case .count = lhs { return numericComparison(op, lhs, r, diagnostics: &diagnostics) }
        switch catalog.type(of: fact) {
        case .flag:
            let wanted: Bool
            switch r.node {
            case .yes: wanted = true
            case .no: wanted = false
            default:
                diagnostics.report(
                    .semaTypeMismatch, "a flag compares only with 'yes' or 'no'", at: r.span,
                    help: "write '\(catalog.facts[fact].path) == yes'")
                return nil
            }
            guard op == .equal || op == .notEqual else {
                diagnostics.report(.semaTypeMismatch, "a flag compares only with '==' or '!='", at: l.span.through(r.span))
                return nil
            }
            return (op == .equal) == wanted ? .positive(fact) : .not(.positive(fact))
        case .level:
            if let otherFact = rightFact {
                return sameType(op, fact, otherFact, r, diagnostics: &diagnostics)
            }
            let name: Located<String>
            switch r.node {
            case .word(let text), .string(let text): name = Located(text, at: r.span)
            case .none: name = Located("none", at: r.span)
            default:
                diagnostics.report(
                    .semaTypeMismatch, "'\(catalog.facts[fact].path)' is a \(typeName(fact)) and compares with a level",
                    at: r.span)
                return nil
            }
            guard let level = level(name, of: fact, diagnostics: &diagnostics) else { return nil }
            return .compare(op, lhs, .constant(Rational(Int64(level))))
        case .number:
            return numericComparison(op, lhs, r, diagnostics: &diagnostics)
        case .set:
            diagnostics.report(
                .semaTypeMismatch, "a set does not compare; use 'count(\(catalog.facts[fact].path))' or 'contains'",
                at: l.span)
            return nil
        }
    }

    private func numericComparison(
        _ op: ComparisonOperator, _ lhs: Operand, _ r: Expression, diagnostics: inout DiagnosticBag
    ) -> Condition? {
        if case .number(let text) = r.node {
            // Out of range: the parser has reported it already.
            guard let value = Rational(decimalText: text) else { return nil }
            return .compare(op, lhs, .constant(value))
        }
        if case .count(let path) = r.node, let set = fact(path, diagnostics: &diagnostics) {
            return .compare(op, lhs, .count(set))
        }
        if let other = r.word, let otherFact = catalog.indexOfFact(other), case .number = catalog.type(of: otherFact) {
            return .compare(op, lhs, .fact(otherFact))
        }
        diagnostics.report(.semaTypeMismatch, "expected a number to compare with", at: r.span)
        return nil
    }

    private func sameType(
        _ op: ComparisonOperator, _ fact: Int, _ other: Int, _ r: Expression, diagnostics: inout DiagnosticBag
    ) -> Condition? {
        guard catalog.type(of: fact) == catalog.type(of: other) else {
            diagnostics.report(
                .semaTypeMismatch,
                "'\(catalog.facts[fact].path)' is a \(typeName(fact)) and '\(catalog.facts[other].path)' a \(typeName(other))",
                at: r.span)
            return nil
        }
        return .compare(op, .fact(fact), .fact(other))
    }
}
