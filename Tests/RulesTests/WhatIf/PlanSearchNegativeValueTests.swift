@testable import Analysis
import Engine
import Rules
import Testing

/// `swing F award N`: N when the flag is yes, −N when it is no. A plugin kind outside the
/// Rules library whose values can be negative (the built-in kinds refuse negative points),
/// so that an action can gain more than its unit's largest value.
struct SwingKind: RuleKind {
    static let description = RuleKindDescription(
        identifier: "swing",
        summary: "Gives the award when a flag is yes and takes it away when it is no.",
        clauseWords: ["award"],
        parameters: [("F", "a flag fact"), ("award N", "the value at yes; no gives −N")],
        examples: [])

    let flag: Int
    let award: Rational

    init?(clause: KindClause, context: RuleContext, diagnostics: inout DiagnosticBag) {
        guard clause.arguments.count == 1, let flag = context.fact(clause.arguments[0], diagnostics: &diagnostics),
            let award = context.number(
                clause.arguments(after: "award"), after: "award", clause: clause, diagnostics: &diagnostics)
        else {
            diagnostics.report(.semaBadArgument, "'swing' takes a flag and 'award N'", at: clause.span)
            return nil
        }
        self.flag = flag
        self.award = award
    }

    var factsRead: [Int] { [flag] }
    var best: Rational { award }

    func reach(_ catalog: FactCatalog) -> RuleReach {
        RuleReach(least: award.negatedOrZero, most: award, readings: [FactReading(fact: flag, direction: .increasing)])
    }

    func evaluate(_ facts: FactReader) throws(ArithmeticOverflow) -> RuleOutcome {
        guard case .flag(let yes)? = facts.value(flag) else { return .unassessed(least: award.negatedOrZero, upper: award) }
        return .assessed(yes ? award : award.negatedOrZero)
    }

    func improvements(_ facts: FactReader) throws(ArithmeticOverflow) -> [Improvement] {
        guard case .flag(true)? = facts.value(flag) else {
            return [Improvement(changes: [FindingChange(fact: flag, value: .flag(true))], value: award)]
        }
        return []
    }
}

extension Rational {
    /// −self (zero when the negation would overflow, which the small awards here never do).
    fileprivate var negatedOrZero: Rational { (try? negated()) ?? .zero }
}

/// A unit scored on demand bounds each action's gain by the unit's whole range (largest
/// minus least value), not by its largest value alone: with negative rule values an action
/// can gain more than the unit can give (here −20 → −8, +12, in a subarea of maximum 2),
/// and a branch and bound that bounded it by 2 would choose +5 elsewhere instead.
@Suite struct PlanSearchNegativeValueTests {
    static let registry = RuleKindRegistry(BuiltinKinds.all + [SwingKind.self])

    static let instrument = """
        instrument "Sving" version "1"
        fact s1: flag "Sving ett"
        fact s2: flag "Sving två"
        fact g: flag "Grund"
        area 1 "Område" max 100
        subarea 1.1 "Svängigt" max 2
          rule 1.1.a "Ett" swing s1 award 10
          rule 1.1.b "Två" swing s2 award 10
        subarea 1.2 "Vanligt" max 10
          rule 1.2.a "Grund" when g award 5
        """

    static let plan = """
        plan "P" for "Testkommun"
        action grund "Grund" cost 1
          set g = yes
        action ett "Ett" cost 1
          set s1 = yes
        action tva "Två" cost 1
          set s2 = yes
        """

    @Test(arguments: [PlanSearchMethod.automatic, .branchAndBound, .structured])
    func anActionThatGainsMoreThanItsUnitsLargestValueIsFound(_ method: PlanSearchMethod) throws {
        let instrument = try Fixture.instrument(Self.instrument, registry: Self.registry)
        let evidence = try Fixture.evidence("finding s1 = no\n  source document \"d\"\nfinding s2 = no\n  source document \"d\"\nfinding g = no\n  source document \"d\"\n", for: instrument)
        let plan = try WhatIfFixture.plan(Self.plan, for: instrument)
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        let evaluator = Evaluator(instrument: instrument)
        #expect(try evaluator.score(input).total == q(-20))
        // Every subset, re-scored from scratch: the oracle.
        var totals: [[Int]: Rational] = [:]
        for mask in 0..<8 {
            let members = (0..<3).filter { mask & (1 << $0) != 0 }
            totals[members] = try evaluator.score(input.applying(plan.changes(of: members))).total
        }
        // The cap cuts at the rule that crosses it, in order: 10 is cut to 2, then −10 gives −8.
        #expect(totals[[1]] == q(-8))
        #expect(totals[[0]] == q(-15))
        for denseLimit in [0, 1, PlanSearch.defaultDenseLimit] {
            let search = try PlanSearch(instrument: instrument, base: input, plan: plan, denseLimit: denseLimit)
            for budget in 0...3 {
                let result = try search.run(.budget(q(Int64(budget))), method: method)
                let best = try #require(
                    totals.filter { $0.key.count <= budget }.min { x, y in
                        x.value != y.value ? x.value > y.value
                            : x.key.count != y.key.count ? x.key.count < y.key.count : x.key.lexicographicallyPrecedes(y.key)
                    })
                #expect(result.exact, "dense limit \(denseLimit), budget \(budget): \(result.method)")
                #expect(result.chosen == best.key, "dense limit \(denseLimit), budget \(budget): \(result.method)")
                #expect(result.total == best.value, "dense limit \(denseLimit), budget \(budget)")
            }
        }
    }
}
