import Engine

/// `threshold FACT { >= x: v, … }`: the value of the highest band satisfied, else 0.
public struct ThresholdKind: RuleKind {
    public static let description = RuleKindDescription(
        identifier: "threshold",
        summary: "Awards a value per band of a number (or of a set's size).",
        clauseWords: [],
        parameters: [
            ("FACT", "a number fact, or a set fact (its number of items)"),
            ("{ >= x: v, … }", "bands with '>=' or '>', values non-decreasing"),
        ],
        examples: [
            RuleKindExample(
                instrument: """
                    fact n: number "Panel size"
                    area x "X" max 10
                    subarea x.1 "X1" max 10
                    rule x.1.a "R" threshold n { >= 100: 2, >= 300: 4 }
                    """, given: "n = 299", expected: "2"),
            RuleKindExample(
                instrument: """
                    fact n: number "Panel size"
                    area x "X" max 10
                    subarea x.1 "X1" max 10
                    rule x.1.a "R" threshold n { > 0: 1, >= 300: 4 }
                    """, given: "n = 300", expected: "4"),
        ])

    let input: NumericInput
    let table: StepTable

    public init?(clause: borrowing KindClause, context: borrowing RuleContext, diagnostics: inout DiagnosticBag) {
        let shape = ClauseShape(kind: "threshold")
        guard let arguments = shape.leading(clause, 2, "a number fact and a map of bands", &diagnostics),
            let input = NumericInput(arguments[0], kind: "threshold", context: context, diagnostics: &diagnostics),
            let entries = shape.map(arguments[1], &diagnostics)
        else { return nil }
        // Each step with the index of its entry (whose spans only a diagnostic reads), and
        // the entries read in place by index: copying an entry out retains its four strings.
        var steps: [StepTable.Step] = []
        steps.reserveCapacity(entries.count)
        var ok = true
        for i in entries.indices {
            guard let op = entries[i].comparison, op == .greaterEqual || op == .greater else {
                diagnostics.report(
                    .semaBadArgument, "a threshold band starts with '>=' or '>'", at: entries[i].key.span,
                    help: "write '>= \(entries[i].key.value): \(entries[i].value.value)'")
                ok = false
                continue
            }
            guard let threshold = context.number(entries[i].key, diagnostics: &diagnostics),
                let value = context.number(entries[i].value, diagnostics: &diagnostics),
                context.checkValue(value, at: entries[i].value.span, diagnostics: &diagnostics)
            else {
                ok = false
                continue
            }
            steps.append(StepTable.Step(threshold: threshold, strict: op == .greater, value: value, entry: i))
        }
        steps.sort { ($0.threshold, $0.strict ? 1 : 0) < ($1.threshold, $1.strict ? 1 : 0) }
        guard ok, StepTable.checkNonDecreasing(steps, entries, kind: "threshold", diagnostics: &diagnostics) else { return nil }
        self.input = input
        self.table = StepTable(steps: steps)
    }

    public var factsRead: [Int] { [input.fact] }
    public var best: Rational { table.best }

    public func lower() -> Primitive? { .steps(.value(input.fact), table.primitiveSteps) }

    public func evaluate(_ facts: FactReader) -> RuleOutcome {
        guard let x = input.value(facts) else { return .unassessed(upper: best) }
        return .assessed(table.value(at: x))
    }

    public func improvements(_ facts: FactReader) -> [Improvement] {
        let x = input.value(facts) ?? Rational(-1)
        return table.higher(than: x).map { Improvement(changes: [input.change(to: $0.input, facts)], value: $0.value) }
    }
}
