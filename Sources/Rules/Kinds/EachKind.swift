import Engine

/// `each FACT [from {…}] award N [cap M]`: N per distinct item (or per unit of a number),
/// at most M.
public struct EachKind: RuleKind {
    public static let description = RuleKindDescription(
        identifier: "each",
        summary: "Awards a value per item of a set (or per unit of a number), up to a cap.",
        clauseWords: ["from", "award", "cap"],
        parameters: [
            ("FACT", "a set fact (its distinct items) or a number fact (its integer part)"),
            ("from {…}", "count only these items"),
            ("award N", "the value per item"),
            ("cap M", "the most the rule gives; required unless the fact or 'from' is closed"),
        ],
        examples: [
            RuleKindExample(
                instrument: """
                    fact d: set "Dialogue forms"
                    area x "X" max 20
                    subarea x.1 "X1" max 20
                    rule x.1.a "R" each d award 3 cap 12
                    """, given: "d = {a, b, c, e, f}", expected: "12"),
            RuleKindExample(
                instrument: """
                    fact k: set {webb, facebook, annons, play} "Channels"
                    area x "X" max 20
                    subarea x.1 "X1" max 20
                    rule x.1.a "R" each k from {webb, play} award 2
                    """, given: "k = {webb, annons}", expected: "2"),
        ])

    let fact: Int
    let isSet: Bool
    let universe: [String]?
    let award: Rational
    let cap: Rational

    public init?(clause: borrowing KindClause, context: borrowing RuleContext, diagnostics: inout DiagnosticBag) {
        let shape = ClauseShape(kind: "each")
        guard shape.wordsOnce(clause, &diagnostics),
            let arguments = shape.leading(clause, 1, "one set or number fact", &diagnostics),
            let input = NumericInput(arguments[0], kind: "each", context: context, diagnostics: &diagnostics)
        else { return nil }
        var universe: [String]?
        if case .set(let closed) = context.catalog.type(of: input.fact) { universe = closed }
        if let from = clause.argumentSlice(after: "from") {
            guard input.isSet, from.count == 1, case .setLiteral(let items) = from[from.startIndex].node, !items.isEmpty else {
                diagnostics.report(
                    .semaBadArgument, "'from' takes a list of items of a set fact, such as '{a, b}'",
                    at: from.first?.span ?? clause.span(of: "from"))
                return nil
            }
            guard context.checkItems(items, of: input.fact, diagnostics: &diagnostics) else { return nil }
            universe = FactValue.normalizedItems(items.map(\.value))
        }
        let awardArguments = clause.argumentSlice(after: "award")
        let capArguments = clause.argumentSlice(after: "cap")
        guard let award = context.number(awardArguments, after: "award", clause: clause, diagnostics: &diagnostics)
        else {
            if awardArguments == nil {
                diagnostics.report(.semaBadArgument, "'each' needs 'award N'", at: clause.span, help: "add the value per item, as in 'award 3'")
            }
            return nil
        }
        var cap: Rational
        if let written = context.number(capArguments, after: "cap", clause: clause, diagnostics: &diagnostics) {
            cap = written
        } else if capArguments != nil {
            return nil
        } else if let universe, let total = try? award.multiplied(by: Rational(Int64(universe.count))) {
            cap = total
        } else {
            diagnostics.report(
                .semaBadArgument, "'each' on an open \(input.isSet ? "set" : "number") needs 'cap M'", at: clause.span,
                help: "add the most it may give, as in 'cap 12', or close the set with 'set {…}' or 'from {…}'")
            return nil
        }
        guard context.checkValue(award, at: awardArguments?.first?.span ?? clause.span, diagnostics: &diagnostics),
            context.checkValue(cap, at: capArguments?.first?.span ?? clause.span, diagnostics: &diagnostics)
        else { return nil }
        if cap <= .zero || award <= .zero {
            diagnostics.report(.semaOutOfRange, "'award' and 'cap' must be above 0", at: clause.span)
            return nil
        }
        self.fact = input.fact
        self.isSet = input.isSet
        self.universe = universe
        self.award = award
        self.cap = cap
    }

    public var factsRead: [Int] { [fact] }
    public var best: Rational { cap }

    public func lower() -> Primitive? {
        let input: PrimitiveInput = isSet ? (universe.map { .countOf(fact, $0) } ?? .value(fact)) : .integerPart(fact)
        return .perUnit(input, award: award, cap: cap)
    }

    func count(_ value: FactValue) -> Int64 {
        switch value {
        case .set(let items):
            guard let universe else { return Int64(items.count) }
            return Int64(items.filter { universe.contains($0) }.count)
        case .number(let n): return n.integerPart()
        default: return 0
        }
    }

    public func evaluate(_ facts: FactReader) throws(ArithmeticOverflow) -> RuleOutcome {
        guard let value = facts.value(fact) else { return .unassessed(upper: best) }
        let raw = try award.multiplied(by: Rational(count(value)))
        let kept = min(raw, cap)
        return .assessed(kept, ownCapCut: try raw.subtracting(kept))
    }

    public func improvements(_ facts: FactReader) throws(ArithmeticOverflow) -> [Improvement] {
        let current = facts.value(fact)
        let n = current.map(count) ?? 0
        var items: [String] = []
        if case .set(let have)? = current { items = have }
        var steps: [Improvement] = []
        var value = min(try award.multiplied(by: Rational(n)), cap)
        var added: Int64 = 0
        // One more item (or unit) at a time, up to the cap: the smallest step first, the
        // step that reaches the rule's best last.
        while value < cap, added < 64 {
            added += 1
            value = min(try award.multiplied(by: Rational(n + added)), cap)
            let change: FindingChange
            if isSet {
                let candidate: String
                if let universe {
                    // A closed set holds nothing but its items: once all are in, no step is left.
                    guard let next = universe.first(where: { !items.contains($0) }) else { break }
                    candidate = next
                } else {
                    candidate = added == 1 ? "…" : "… \(added)"
                }
                items.append(candidate)
                change = FindingChange(fact: fact, value: .set(FactValue.normalizedItems(items)))
            } else {
                change = FindingChange(fact: fact, value: .number(Rational(n + added)))
            }
            steps.append(Improvement(changes: [change], value: value))
        }
        return steps
    }
}
