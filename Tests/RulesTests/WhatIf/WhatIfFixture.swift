import Engine
import Rules
import TestSupport
import Testing

/// Instruments, evidence and plans for the what-if tests, and a brute-force reference.
enum WhatIfFixture {
    /// A small instrument with a subarea cap, a rule cap, an `and` condition, a weighted
    /// subarea and an override target:
    ///
    /// - 1.1 (points, max 10): `a` 4, `c` 3 per item up to 6, `p` exists 2 / evaluated 5.
    /// - 1.2 (points, max 20): `a and b` 5, `q` 3.
    /// - 1.3 (weighted, max 10): `q` weight 1, `p` weight 2 (exists 0.5, evaluated 1).
    static let small = """
        instrument "Liten" version "1"
        ladder m: none < started < exists < followed_up < evaluated
        fact a: flag "A"
        fact b: flag "B"
        fact c: set "C"
        fact p: level m "P"
        fact q: flag "Q"
        fact z: flag "Läses inte"
        area 1 "Ett" max 100
        subarea 1.1 "Poäng med tak" max 10
          rule 1.1.a "A" when a award 4
          rule 1.1.b "C" each c award 3 cap 6
          rule 1.1.c "P" ladder p { exists: 2, evaluated: 5 }
        subarea 1.2 "Villkor" max 20
          rule 1.2.a "A och B" when a and b award 5
          rule 1.2.b "Q" when q award 3
        subarea 1.3 "Viktat" max 10 weighted
          rule 1.3.a "Q" weight 1 when q award 1
          rule 1.3.b "P" weight 2 ladder p { exists: 0.5, evaluated: 1 }
        """

    /// Findings for ``small``: 1.1 = 3 (one item of c), everything else 0; total 3.
    static let smallEvidence = """
        finding a = no
        finding b = no
        finding c = {x}
        finding p = started
        finding q = no
        finding z = no
        """

    /// Actions on ``small``.
    static let smallPlan = """
        plan "Prov" for "Testby"
          action A "A" cost 10
            set a = yes
          action B "B" cost 5
            set b = yes
          action C "C" cost 4
            add c {y, z}
          action P "P" cost 8
            set p = evaluated
          action Z "Z" cost 1
            set z = yes
        """

    /// An instrument whose plan actions interact through caps (rule, subarea and area),
    /// `and` conditions, a fact read in two subareas, a negated condition and a weighted subarea.
    static let interacting = """
        instrument "Samspel" version "1"
        ladder m: none < started < exists < followed_up < evaluated
        fact f1: flag "F1"
        fact f2: flag "F2"
        fact f3: flag "F3"
        fact f4: flag "F4"
        fact f5: flag "F5"
        fact f6: flag "F6"
        fact f7: flag "F7"
        fact f8: flag "F8"
        fact s1: set "S1"
        fact s2: set "S2"
        fact l1: level m "L1"
        fact l2: level m "L2"
        fact n1: number "N1"
        area A "A" max 30
        subarea A.1 "Tak" max 10
          rule A.1.a "F1" when f1 award 4
          rule A.1.b "F2" when f2 award 3
          rule A.1.c "S1" each s1 award 2 cap 6
          rule A.1.d "L1" ladder l1 { exists: 2, evaluated: 5 }
        subarea A.2 "Villkor" max 12
          rule A.2.a "F1 och F3" when f1 and f3 award 5
          rule A.2.b "F3 eller F4" when f3 or f4 award 2
          rule A.2.c "L1 och F5" when l1 >= exists and f5 award 4
          rule A.2.d "Inte F6" when not f6 award 1
        subarea A.3 "Viktat" max 9 weighted
          rule A.3.a "F2" weight 1 when f2 award 1
          rule A.3.b "L2" weight 2 ladder l2 { started: 0.25, exists: 0.5, evaluated: 1 }
        area B "B" max 10
        subarea B.1 "Stor" max 8
          rule B.1.a "F7" when f7 award 5
          rule B.1.b "S2" each s2 award 1 cap 4
        subarea B.2 "Också" max 6
          rule B.2.a "F8 och F7" when f8 and f7 award 4
          rule B.2.b "N1" threshold n1 { >= 10: 1, >= 20: 3 }
        """

    static let interactingEvidence = """
        finding f1 = no
        finding f2 = no
        finding f3 = no
        finding f4 = no
        finding f5 = no
        finding f6 = no
        finding f7 = no
        finding f8 = no
        finding s1 = {x}
        finding s2 = none
        finding l1 = started
        finding l2 = none
        finding n1 = 5
        """

    /// 15 actions on ``interacting``; two add to the same set, one (`a9`) only lowers the score.
    static let interactingPlan = """
        plan "Samspel" for "Testby"
          action a1 cost 3
            set f1 = yes
          action a2 cost 2
            set f2 = yes
          action a3 cost 2
            add s1 {y, z}
          action a4 cost 1
            add s1 {w}
          action a5 cost 4
            set l1 = evaluated
          action a6 cost 3
            set f3 = yes
          action a7 cost 1
            set f4 = yes
          action a8 cost 2
            set f5 = yes
          action a9 cost 1
            set f6 = yes
          action a10 cost 3
            set l2 = exists
          action a11 cost 4
            set f7 = yes
          action a12 cost 2
            add s2 {p, q, r}
          action a13 cost 1
            set f8 = yes
          action a14 cost 3
            set n1 = 20
          action a15 cost 2
            add s2 {t, u}
        """

    /// A loaded case: instrument, evidence and plan.
    struct Case {
        var instrument: Instrument
        var evidence: Evidence
        var plan: Plan

        var input: EvaluationInput { EvaluationInput(evidence: evidence, instrument: instrument) }
    }

    static func load(_ instrumentText: String, _ evidenceBody: String, _ planText: String) throws -> Case {
        let instrument = try Fixture.instrument(instrumentText)
        let evidence = try Fixture.evidence(evidenceBody, for: instrument)
        return Case(instrument: instrument, evidence: evidence, plan: try plan(planText, for: instrument))
    }

    /// Parses and checks a plan text against an instrument; throws with rendered diagnostics.
    static func plan(_ text: String, for instrument: Instrument) throws -> Plan {
        let source = SourceText(path: "plan.kompass", text: text)
        let (syntax, parsed) = Parser.parse(source, kindWords: BuiltinKinds.registry.clauseWords)
        let (plan, checked) = PlanChecker.check(syntax, sha256: "plan-sha", instrument: instrument)
        var bag = parsed
        bag.append(contentsOf: checked)
        guard let plan, !bag.hasErrors else {
            throw FixtureError(description: DiagnosticRenderer(sources: [source]).render(all: bag.all))
        }
        return plan
    }

    /// The Ale 2020 example with the shipped instrument and the Ale plan.
    static func ale() throws -> Case {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        guard let instrument = try workspace.loadInstrument(directory: RulesTestPaths.instrumentDirectory),
            let evidence = try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: instrument),
            let plan = try workspace.loadPlan(path: PackageRoot.path("Examples/ale-2020/plan-2021.kompass"), instrument: instrument),
            !workspace.diagnostics.hasErrors
        else { throw FixtureError(description: workspace.renderedDiagnostics(colour: false)) }
        return Case(instrument: instrument, evidence: evidence, plan: plan)
    }
}

/// The reference for the plan search: every subset of the plan's actions applied to the
/// evidence and re-scored from scratch with the plain evaluator. Changes are applied here
/// independently of the engine's plan code: `set` replaces, `add` unions sorted items.
struct BruteForce {
    let totals: [Rational]
    let costs: [Rational]
    let count: Int

    init(_ fixture: WhatIfFixture.Case) throws {
        let plan = fixture.plan
        count = plan.actions.count
        let evaluator = Evaluator(instrument: fixture.instrument)
        var totals: [Rational] = []
        var costs: [Rational] = []
        for mask in 0..<(1 << count) {
            var input = EvaluationInput(evidence: fixture.evidence, instrument: fixture.instrument)
            var cost = Rational.zero
            for (index, action) in plan.actions.enumerated() where mask & (1 << index) != 0 {
                cost = try cost.adding(action.cost ?? .zero)
                for change in action.changes {
                    if change.isAdd, case .set(let added) = change.value, case .set(let have)? = input.values[change.fact] {
                        input.values[change.fact] = .set(Array(Set(have + added)).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
                    } else {
                        input.values[change.fact] = change.value
                    }
                }
            }
            totals.append(try evaluator.score(input).total)
            costs.append(cost)
        }
        self.totals = totals
        self.costs = costs
    }

    func indices(_ mask: Int) -> [Int] { (0..<count).filter { mask & (1 << $0) != 0 } }

    /// Whether `x` beats `y` on the tie-breaks after the objective: lower cost, fewer actions, earlier in the plan.
    func breaksTie(_ x: Int, _ y: Int) -> Bool {
        if costs[x] != costs[y] { return costs[x] < costs[y] }
        if x.nonzeroBitCount != y.nonzeroBitCount { return x.nonzeroBitCount < y.nonzeroBitCount }
        return indices(x).lexicographicallyPrecedes(indices(y))
    }

    /// The subset with the largest total whose cost is within the budget.
    func best(budget: Rational) -> Int? {
        var best: Int?
        for mask in totals.indices where costs[mask] <= budget {
            guard let current = best else { best = mask; continue }
            if totals[mask] != totals[current] {
                if totals[mask] > totals[current] { best = mask }
            } else if breaksTie(mask, current) {
                best = mask
            }
        }
        return best
    }

    /// The cheapest subset whose total reaches the target.
    func cheapest(target: Rational) -> Int? {
        var best: Int?
        for mask in totals.indices where totals[mask] >= target {
            if best == nil || breaksTie(mask, best!) { best = mask }
        }
        return best
    }
}
