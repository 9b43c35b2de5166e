import Engine

/// `ladder FACT { level: v, … }`: the value of the highest listed level at or below the
/// finding; 0 below the lowest listed.
public struct LadderKind: RuleKind {
    public static let description = RuleKindDescription(
        identifier: "ladder",
        summary: "Awards a value per level of a ladder: existing, followed up, evaluated.",
        clauseWords: [],
        parameters: [
            ("FACT", "a level fact"),
            ("{ level: v, … }", "levels of the fact's ladder with non-decreasing values"),
        ],
        examples: [
            RuleKindExample(
                instrument: """
                    ladder m: none < exists < followed_up < evaluated
                    fact p: level m "A policy"
                    area x "X" max 10
                    subarea x.1 "X1" max 10
                    rule x.1.a "R" ladder p { exists: 2, evaluated: 6 }
                    """, given: "p = followed_up", expected: "2"),
            RuleKindExample(
                instrument: """
                    ladder m: none < exists < followed_up < evaluated
                    fact p: level m "A policy"
                    area x "X" max 10
                    subarea x.1 "X1" max 10 weighted
                    rule x.1.a "R" ladder p { exists: 0.5, evaluated: 1 }
                    """, given: "p = evaluated", expected: "10"),
        ])

    // Two words, held in a rule's `any RuleKind` in place: with the fact's ladder kept as
    // well (which nothing read), each rule's kind was boxed, an allocation per rule.
    let fact: Int
    let table: StepTable

    public init?(clause: borrowing KindClause, context: borrowing RuleContext, diagnostics: inout DiagnosticBag) {
        let shape = ClauseShape(kind: "ladder")
        guard let arguments = shape.leading(clause, 2, "a level fact and a map of levels", &diagnostics),
            let fact = context.fact(arguments[0], diagnostics: &diagnostics)
        else { return nil }
        guard context.catalog.ladder(of: fact) != nil else {
            diagnostics.report(
                .semaTypeMismatch, "'ladder' needs a level fact, and '\(context.catalog.facts[fact].path)' is a \(context.typeName(fact))",
                at: arguments[0].span, help: "use 'when', 'each' or 'threshold' for this fact")
            return nil
        }
        guard let entries = shape.map(arguments[1], &diagnostics) else { return nil }
        // Each step with the index of its entry (whose spans only a diagnostic reads), and
        // the entries read in place by index: copying an entry out retains its four strings.
        var steps: [StepTable.Step] = []
        steps.reserveCapacity(entries.count)
        var ok = true
        for i in entries.indices {
            if entries[i].comparison != nil {
                diagnostics.report(.semaBadArgument, "a ladder lists levels, not bands", at: entries[i].key.span)
                ok = false
                continue
            }
            guard let level = context.level(entries[i].key, of: fact, diagnostics: &diagnostics),
                let value = context.number(entries[i].value, diagnostics: &diagnostics),
                context.checkValue(value, at: entries[i].value.span, diagnostics: &diagnostics)
            else {
                ok = false
                continue
            }
            // A level listed before (a ladder has a handful: a scan beats hashing). The
            // steps so far are exactly the levels listed so far, in order.
            let threshold = Rational(Int64(level))
            if let first = steps.first(where: { $0.threshold == threshold })?.entry {
                // The second listing is "listed twice"; a third or later one is "listed again",
                // each with its note at the first listing.
                let again = steps.lazy.filter { $0.threshold == threshold }.count > 1
                diagnostics.report(
                    .semaDuplicateID, "level '\(entries[i].key.value)' is listed \(again ? "again" : "twice")",
                    at: entries[i].key.span, notes: [Diagnostic.Note("first listed here", at: entries[first].key.span)])
                ok = false
            }
            steps.append(StepTable.Step(threshold: threshold, strict: false, value: value, entry: i))
        }
        steps.sort { $0.threshold < $1.threshold }
        guard ok, StepTable.checkNonDecreasing(steps, entries, kind: "ladder", diagnostics: &diagnostics) else { return nil }
        self.fact = fact
        self.table = StepTable(steps: steps)
    }

    public var factsRead: [Int] { [fact] }
    public var best: Rational { table.best }

    public func lower() -> Primitive? { .steps(.value(fact), table.primitiveSteps) }

    public func evaluate(_ facts: FactReader) -> RuleOutcome {
        guard case .level(let index)? = facts.value(fact) else { return .unassessed(upper: best) }
        return .assessed(table.value(at: Rational(Int64(index))))
    }

    public func improvements(_ facts: FactReader) -> [Improvement] {
        var current = Rational(-1)
        if case .level(let index)? = facts.value(fact) { current = Rational(Int64(index)) }
        return table.higher(than: current).map { step in
            Improvement(changes: [FindingChange(fact: fact, value: .level(Int(step.input.numerator)))], value: step.value)
        }
    }
}
