import Engine

/// `judgement max M`: the evaluator's `judge` value v, 0 ≤ v ≤ M (v/M in weighted
/// subareas); unassessed without one.
public struct JudgementKind: RuleKind {
    public static let description = RuleKindDescription(
        identifier: "judgement",
        summary: "The evaluator sets the value in the evidence, with a reason.",
        clauseWords: ["max"],
        parameters: [("max M", "the largest judgement; in a weighted subarea the satisfaction is v/M")],
        examples: [
            RuleKindExample(
                instrument: """
                    area x "X" max 10
                    subarea x.1 "X1" max 10
                    rule x.1.a "R" judgement max 4
                    """, given: "judge x.1.a = 3", expected: "3"),
            RuleKindExample(
                instrument: """
                    area x "X" max 20
                    subarea x.1 "X1" max 20 weighted
                    rule x.1.a "R" weight 3 judgement max 2
                    rule x.1.b "S" weight 1 judgement max 1
                    """, given: "judge x.1.a = 1\n judge x.1.b = 1", expected: "7.5"),
        ])

    let maximum: Rational
    let weighted: Bool

    public init?(clause: borrowing KindClause, context: borrowing RuleContext, diagnostics: inout DiagnosticBag) {
        let shape = ClauseShape(kind: "judgement")
        guard shape.wordsOnce(clause, &diagnostics), shape.leading(clause, 0, "no argument before 'max'", &diagnostics) != nil,
            let maximum = context.number(clause.argumentSlice(after: "max"), after: "max", clause: clause, diagnostics: &diagnostics)
        else {
            if clause.argumentSlice(after: "max") == nil {
                diagnostics.report(.semaBadArgument, "'judgement' needs 'max M'", at: clause.span, help: "write 'judgement max 1'")
            }
            return nil
        }
        guard maximum > .zero else {
            diagnostics.report(.semaOutOfRange, "a judgement's maximum must be above 0", at: clause.span(of: "max") ?? clause.span)
            return nil
        }
        if !context.isWeighted {
            guard context.checkValue(maximum, at: clause.span, diagnostics: &diagnostics) else { return nil }
        }
        self.maximum = maximum
        self.weighted = context.isWeighted
    }

    public var factsRead: [Int] { [] }
    public var readsJudgement: Bool { true }
    public var judgementMaximum: Rational? { maximum }
    public var best: Rational { weighted ? .one : maximum }

    public func lower() -> Primitive? { .judgement(maximum: maximum, weighted: weighted) }

    public func evaluate(_ facts: FactReader) throws(ArithmeticOverflow) -> RuleOutcome {
        guard let judgement = facts.judgement else { return .unassessed(upper: best) }
        return .assessed(weighted ? try judgement.divided(by: maximum) : judgement)
    }

    public func improvements(_ facts: FactReader) -> [Improvement] {
        guard (facts.judgement ?? .zero) < maximum else { return [] }
        return [Improvement(changes: [FindingChange(judgement: maximum)], value: best)]
    }
}
