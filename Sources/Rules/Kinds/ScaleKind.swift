import Engine

/// `scale FACT from a to b award N`: N · clamp((x − a)/(b − a), 0, 1).
public struct ScaleKind: RuleKind {
    public static let description = RuleKindDescription(
        identifier: "scale",
        summary: "Awards a share of a value in proportion to a number between two points.",
        clauseWords: ["from", "to", "award"],
        parameters: [
            ("FACT", "a number fact, or a set fact (its number of items)"),
            ("from a", "the number that gives nothing"),
            ("to b", "the number that gives the full value (a > b for 'lower is better')"),
            ("award N", "the full value; defaults to 1 in weighted subareas"),
        ],
        examples: [
            RuleKindExample(
                instrument: """
                    fact n: number "Share"
                    area x "X" max 10
                    subarea x.1 "X1" max 10
                    rule x.1.a "R" scale n from 10 to 20 award 4
                    """, given: "n = 15", expected: "2"),
            RuleKindExample(
                instrument: """
                    fact n: number "Sick leave"
                    area x "X" max 10
                    subarea x.1 "X1" max 10
                    rule x.1.a "R" scale n from 10 to 5 award 4
                    """, given: "n = 4", expected: "4"),
        ])

    let input: NumericInput
    let from: Rational
    let to: Rational
    let award: Rational

    public init?(clause: borrowing KindClause, context: borrowing RuleContext, diagnostics: inout DiagnosticBag) {
        let shape = ClauseShape(kind: "scale")
        guard shape.wordsOnce(clause, &diagnostics),
            let arguments = shape.leading(clause, 1, "one number fact", &diagnostics),
            let input = NumericInput(arguments[0], kind: "scale", context: context, diagnostics: &diagnostics)
        else { return nil }
        guard let from = context.number(clause.argumentSlice(after: "from"), after: "from", clause: clause, diagnostics: &diagnostics),
            let to = context.number(clause.argumentSlice(after: "to"), after: "to", clause: clause, diagnostics: &diagnostics)
        else {
            if clause.argumentSlice(after: "from") == nil || clause.argumentSlice(after: "to") == nil {
                diagnostics.report(
                    .semaBadArgument, "'scale' needs 'from a to b'", at: clause.span,
                    help: "write it as in: 'scale FACT from a to b award N'")
            }
            return nil
        }
        guard from != to else {
            diagnostics.report(
                .semaBadArgument, "'scale' needs two different ends, found \(from.decimalString()) twice",
                at: clause.span(of: "to") ?? clause.span)
            return nil
        }
        var award = Rational.one
        if let value = context.number(clause.argumentSlice(after: "award"), after: "award", clause: clause, diagnostics: &diagnostics) {
            award = value
        } else if clause.argumentSlice(after: "award") != nil {
            return nil
        } else if !context.isWeighted {
            diagnostics.report(.semaBadArgument, "'scale' needs 'award N' in a points subarea", at: clause.span)
            return nil
        }
        guard context.checkValue(award, at: clause.argumentSlice(after: "award")?.first?.span ?? clause.span, diagnostics: &diagnostics)
        else { return nil }
        self.input = input
        self.from = from
        self.to = to
        self.award = award
    }

    public var factsRead: [Int] { [input.fact] }
    public var best: Rational { award }

    public func lower() -> Primitive? { .linear(.value(input.fact), from: from, to: to, award: award) }

    public func evaluate(_ facts: FactReader) throws(ArithmeticOverflow) -> RuleOutcome {
        guard let x = input.value(facts) else { return .unassessed(upper: best) }
        let share = try x.subtracting(from).divided(by: try to.subtracting(from))
        return .assessed(try award.multiplied(by: share.clamped(to: Rational.zero...Rational.one)))
    }

    public func improvements(_ facts: FactReader) throws(ArithmeticOverflow) -> [Improvement] {
        guard try evaluate(facts).value < award else { return [] }
        return [Improvement(changes: [input.change(to: to, facts)], value: award)]
    }
}
