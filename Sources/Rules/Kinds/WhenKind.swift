import Engine

/// `when CONDITION award N`: N when the condition is true, else 0.
public struct WhenKind: RuleKind {
    public static let description = RuleKindDescription(
        identifier: "when",
        summary: "Awards a fixed value when a condition holds.",
        clauseWords: ["award"],
        parameters: [
            ("CONDITION", "a fact (true when positive), comparisons, 'contains', joined by 'and', 'or', 'not'"),
            ("award N", "the value when the condition holds; defaults to 1 in weighted subareas"),
        ],
        examples: [
            RuleKindExample(
                instrument: """
                    fact f: flag "A flag"
                    area x "X" max 10
                    subarea x.1 "X1" max 10
                    rule x.1.a "R" when f award 4
                    """, given: "f = yes", expected: "4"),
            RuleKindExample(
                instrument: """
                    fact f: flag "A flag"
                    fact n: number "A number"
                    area x "X" max 10
                    subarea x.1 "X1" max 10
                    rule x.1.a "R" when f and n >= 3 award 4
                    """, given: "f = yes\n n = 2", expected: "0"),
            RuleKindExample(
                instrument: """
                    fact f: flag "A flag"
                    area x "X" max 10
                    subarea x.1 "X1" max 10 weighted
                    rule x.1.a "R" weight 1 when f
                    rule x.1.b "S" weight 1 when not f
                    """, given: "f = yes", expected: "5"),
        ])

    let condition: Condition
    let award: Rational
    /// The catalogue, for ``improvements(_:)``: shared by every rule (one reference).
    let catalog: SharedFactCatalog

    public init?(clause: borrowing KindClause, context: borrowing RuleContext, diagnostics: inout DiagnosticBag) {
        let shape = ClauseShape(kind: "when")
        guard shape.wordsOnce(clause, &diagnostics),
            let arguments = shape.leading(clause, 1, "one condition", &diagnostics),
            let condition = context.condition(arguments[0], diagnostics: &diagnostics)
        else { return nil }
        var award = Rational.one
        let awardArguments = clause.argumentSlice(after: "award")
        if let value = context.number(awardArguments, after: "award", clause: clause, diagnostics: &diagnostics) {
            award = value
        } else if awardArguments != nil {
            return nil
        } else if !context.isWeighted {
            diagnostics.report(
                .semaBadArgument, "'when' needs 'award N' in a points subarea", at: clause.span,
                help: "add the points, as in 'when \(context.catalog.facts[condition.factsRead.first ?? 0].path) award 2'")
            return nil
        }
        guard context.checkValue(award, at: awardArguments?.first?.span ?? clause.span, diagnostics: &diagnostics)
        else { return nil }
        self.condition = condition
        self.award = award
        self.catalog = context.sharedCatalog
    }

    public var factsRead: [Int] { condition.factsRead }
    public var best: Rational { award }

    public func lower() -> Primitive? { .condition(condition, award: award) }

    public func evaluate(_ facts: FactReader) -> RuleOutcome {
        switch condition.evaluate(facts) {
        case .yes: return .assessed(award)
        case .no: return .assessed(.zero)
        case .unknown: return .unassessed(upper: award)
        }
    }

    public func improvements(_ facts: FactReader) -> [Improvement] {
        guard award > .zero, let changes = condition.changesToMakeTrue(facts, catalog: catalog.catalog) else { return [] }
        return [Improvement(changes: changes, value: award)]
    }
}
