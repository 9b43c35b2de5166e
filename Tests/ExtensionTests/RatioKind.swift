import Engine

/// `ratio A over B award N`: N · min(1, A/B), a kind written outside the Rules library to
/// show that adding a kind is one type and one registration.
struct RatioKind: RuleKind {
    static let description = RuleKindDescription(
        identifier: "ratio",
        summary: "Awards a share of a value in proportion to one number over another, at most the whole.",
        clauseWords: ["over", "award"],
        parameters: [
            ("A", "a number fact: the part"),
            ("over B", "a number fact: the whole (B = 0 gives the whole value when A > 0)"),
            ("award N", "the value at A ≥ B"),
        ],
        examples: [
            RuleKindExample(
                instrument: """
                    fact a: number "Served"
                    fact b: number "Eligible"
                    area x "X" max 10
                    subarea x.1 "X1" max 10
                    rule x.1.a "R" ratio a over b award 6
                    """, given: "a = 30\n b = 40", expected: "4.5")
        ])

    let part: Int
    let whole: Int
    let award: Rational

    init?(clause: KindClause, context: RuleContext, diagnostics: inout DiagnosticBag) {
        guard clause.arguments.count == 1, let part = Self.numberFact(clause.arguments[0], context, &diagnostics) else {
            if clause.arguments.count != 1 {
                diagnostics.report(.semaBadArgument, "'ratio' takes one number fact before 'over'", at: clause.span)
            }
            return nil
        }
        guard let over = clause.arguments(after: "over"), over.count == 1 else {
            diagnostics.report(.semaBadArgument, "'ratio' needs 'over FACT'", at: clause.span(of: "over") ?? clause.span)
            return nil
        }
        guard let whole = Self.numberFact(over[0], context, &diagnostics) else { return nil }
        guard clause.arguments(after: "award") != nil else {
            diagnostics.report(.semaBadArgument, "'ratio' needs 'award N'", at: clause.span)
            return nil
        }
        guard let award = context.number(clause.arguments(after: "award"), after: "award", clause: clause, diagnostics: &diagnostics),
            context.checkValue(award, at: clause.span(of: "award") ?? clause.span, diagnostics: &diagnostics)
        else { return nil }
        self.part = part
        self.whole = whole
        self.award = award
    }

    static func numberFact(_ argument: Expression, _ context: RuleContext, _ diagnostics: inout DiagnosticBag) -> Int? {
        guard let fact = context.fact(argument, diagnostics: &diagnostics) else { return nil }
        guard case .number = context.catalog.type(of: fact) else {
            diagnostics.report(.semaTypeMismatch, "'ratio' reads number facts", at: argument.span)
            return nil
        }
        return fact
    }

    var factsRead: [Int] { [part, whole] }
    var best: Rational { award }

    func evaluate(_ facts: FactReader) throws(ArithmeticOverflow) -> RuleOutcome {
        guard case .number(let a)? = facts.value(part), case .number(let b)? = facts.value(whole) else {
            return .unassessed(upper: award)
        }
        if b == .zero { return .assessed(a > .zero ? award : .zero) }
        let share = Swift.min(Rational.one, try a.divided(by: b))
        return .assessed(try award.multiplied(by: share))
    }

    func improvements(_ facts: FactReader) throws(ArithmeticOverflow) -> [Improvement] {
        guard try evaluate(facts).value < award else { return [] }
        var target = Rational.one
        if case .number(let b)? = facts.value(whole), b > .zero { target = b }
        return [Improvement(changes: [FindingChange(fact: part, value: .number(target))], value: award)]
    }
}
