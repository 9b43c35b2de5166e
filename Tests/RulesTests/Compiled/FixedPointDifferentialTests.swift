import Engine
import Foundation
import Rules
import Testing

/// The fixed-point evaluator (values in micro-units, with its fallback to `Rational`)
/// gives exactly what the compiled `Rational` evaluator and the plain evaluator give:
/// every rule's outcome, status, points, cap cut and bounds, every subarea, area and the
/// total, on Ale, the DESIGN.md fixture and random findings.
@Suite struct FixedPointDifferentialTests {
    /// Every difference between two scores, described (empty when identical).
    static func differences(_ a: Score, _ b: Score) -> [String] {
        var found: [String] = []
        func check<T: Equatable>(_ x: T, _ y: T, _ what: @autoclosure () -> String) {
            if x != y { found.append("\(what()): \(x) vs \(y)") }
        }
        check(a.rules.count, b.rules.count, "rule count")
        for r in a.rules.indices where r < b.rules.count {
            check(a.rules[r].outcome, b.rules[r].outcome, "rule \(r) outcome")
            check(a.rules[r].status, b.rules[r].status, "rule \(r) status")
            check(a.rules[r].points, b.rules[r].points, "rule \(r) points")
            check(a.rules[r].capCut, b.rules[r].capCut, "rule \(r) cap cut")
            check(a.rules[r].bounds, b.rules[r].bounds, "rule \(r) bounds")
        }
        check(a.subareas.count, b.subareas.count, "subarea count")
        for s in a.subareas.indices where s < b.subareas.count {
            check(a.subareas[s].computed, b.subareas[s].computed, "subarea \(s) computed")
            check(a.subareas[s].points, b.subareas[s].points, "subarea \(s) points")
            check(a.subareas[s].capCut, b.subareas[s].capCut, "subarea \(s) cap cut")
            check(a.subareas[s].bounds, b.subareas[s].bounds, "subarea \(s) bounds")
            check(a.subareas[s].override?.value, b.subareas[s].override?.value, "subarea \(s) override")
        }
        check(a.areas.count, b.areas.count, "area count")
        for i in a.areas.indices where i < b.areas.count {
            check(a.areas[i].points, b.areas[i].points, "area \(i) points")
            check(a.areas[i].bounds, b.areas[i].bounds, "area \(i) bounds")
        }
        check(a.total, b.total, "total")
        check(a.totalBounds, b.totalBounds, "total bounds")
        check(a.unassessed, b.unassessed, "unassessed")
        check(a.unjudged, b.unjudged, "unjudged")
        return found
    }

    /// Scores `input` with the plain evaluator, the compiled `Rational` evaluator, the
    /// tool's path (fixed-point first) and the fixed-point program alone, expects them all
    /// identical (or all to overflow), and returns the path the tool took.
    @discardableResult
    static func expectAllAgree(_ compiled: CompiledInstrument, _ input: EvaluationInput, _ label: String) throws
        -> EvaluationPath?
    {
        let plain: Score
        do {
            plain = try Evaluator(instrument: compiled.instrument).score(input)
        } catch {
            #expect(throws: ArithmeticOverflow.self, "\(label): the tool's path must overflow as plain does") {
                _ = try compiled.scoreReportingPath(input)
            }
            return nil
        }
        var scratch = compiled.makeScratch()
        try compiled.evaluate(compiled.bind(input), into: &scratch)
        let rational = compiled.aggregation.score(scratch.buffers, input: input)
        let (tool, path) = try compiled.scoreReportingPath(input)
        var reused = compiled.makeScratch()
        let (again, pathAgain) = try compiled.scoreReportingPath(compiled.bind(input), scratch: &reused)
        #expect(differences(plain, rational).isEmpty, "\(label): plain vs Rational \(differences(plain, rational).prefix(3))")
        #expect(differences(plain, tool).isEmpty, "\(label): plain vs \(path) \(differences(plain, tool).prefix(3))")
        #expect(differences(plain, again).isEmpty, "\(label): plain vs \(pathAgain) with a scratch")
        #expect(path == pathAgain)
        #expect(reused.buffers.total == plain.total)
        if let program = compiled.fixedPoint {
            // Without the trace: the same subareas, areas and total whenever representable;
            // representable whenever the traced evaluation was.
            var facts = program.makeFacts()
            program.bind(input, into: &facts)
            var fixed = program.makeScratch()
            let representable = program.evaluate(facts, into: &fixed)
            if path == .fixedPoint { #expect(representable, "\(label)") }
            if representable {
                #expect(fixed.total == plain.total, "\(label): no-trace total")
                for s in plain.subareas.indices {
                    #expect(fixed.subareaPoints(s) == plain.subareas[s].points, "\(label): no-trace subarea \(s)")
                }
                for a in plain.areas.indices {
                    #expect(fixed.areaPoints(a) == plain.areas[a].points, "\(label): no-trace area \(a)")
                }
            }
            // With the trace, the Score built from it on demand.
            var traced = program.makeScratch()
            if program.evaluateWithTrace(facts, into: &traced) {
                #expect(path == .fixedPoint)
                let built = compiled.score(fixedPoint: traced, input: input)
                #expect(built != nil, "\(label): no Score from the flat trace")
                if let built { #expect(differences(plain, built).isEmpty, "\(label): plain vs Score from the flat trace") }
            } else {
                #expect(path == .rational)
                #expect(compiled.score(fixedPoint: traced, input: input) == nil, "\(label)")
            }
        } else {
            #expect(path == .rational)
        }
        return path
    }

    /// Random findings as in CompiledEvaluatorTests, plus a random override on about one
    /// subarea in eight (points drawn in quarters of its maximum), and on about one number
    /// and one judgement in six a seventh decimal (not representable in micro-units: the
    /// Rational fallback).
    static func randomInput(_ instrument: Instrument, seed: UInt64) -> EvaluationInput {
        var input = CompiledEvaluatorTests.randomInput(instrument, seed: seed)
        var random = CompiledEvaluatorTests.SplitMix64(state: seed ^ 0xF1ED)
        for (f, value) in input.values.enumerated() {
            guard case .number(let n)? = value, random.below(6) == 0,
                let seventh = Rational(numerator: n.numerator * 10_000_000 + 1, denominator: 10_000_000)
            else { continue }
            input.values[f] = .number(seventh)
        }
        for (r, judgement) in input.judgements.enumerated() {
            guard let j = judgement, random.below(6) == 0,
                let seventh = try? j.adding(Rational(numerator: 1, denominator: 10_000_000) ?? .zero)
            else { continue }
            input.judgements[r] = seventh
        }
        for (s, subarea) in instrument.subareas.enumerated() where random.below(8) == 0 {
            let quarters = Rational(numerator: Int64(random.below(5)), denominator: 4) ?? .zero
            let points = (try? subarea.max.multiplied(by: quarters)) ?? .zero
            input.overrides[s] = Verdict(
                target: s, value: points, reason: "random", by: nil,
                span: SourceSpan(path: "random", start: SourceLocation(line: 1, column: 1), length: 1))
        }
        return input
    }

    /// The shipped instrument with every third subarea weighted, with weights that sum
    /// to 10 where the subarea has at most 9 rules (so that most rules' points are whole
    /// micro-units), else weights 1–3.
    static func decimalWeighted() throws -> Instrument {
        var instrument = try CompiledEvaluatorTests.shipped()
        for s in instrument.subareas.indices where s % 3 == 1 {
            instrument.subareas[s].mode = .weighted
            let rules = instrument.subareas[s].rules
            for (k, r) in rules.enumerated() {
                let weight = rules.count <= 9 ? (k == rules.count - 1 ? 10 - (rules.count - 1) : 1) : 1 + r % 3
                instrument.rules[r].weight = Rational(Int64(weight))
            }
        }
        return instrument
    }

    @Test func aleTakesTheFixedPointPathAndAgrees() throws {
        let instrument = try CompiledEvaluatorTests.shipped()
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let evidence = try #require(try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: instrument))
        let compiled = CompiledInstrument(instrument)
        #expect(compiled.fixedPoint != nil)
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        let path = try Self.expectAllAgree(compiled, input, "Ale")
        #expect(path == .fixedPoint)
        let (score, _) = try compiled.scoreReportingPath(input)
        #expect(score.total.roundedHalfAwayFromZero() == 484)
        // The tool's own entry point (what `score` and `explain` run) gives the same.
        let scored = try ScoredEvidence(compiled: compiled, evidence: evidence)
        #expect(Self.differences(scored.score, score).isEmpty)
    }

    @Test func designFixtureAgreesOnTheFixedPointPath() throws {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let instrument = try #require(try workspace.loadInstrument(directory: RulesTestPaths.designInstrument))
        let evidence = try #require(
            try workspace.loadEvidence(path: RulesTestPaths.design + "/evidence.kompass", instrument: instrument))
        let compiled = CompiledInstrument(instrument)
        #expect(compiled.fixedPoint != nil)
        let path = try Self.expectAllAgree(compiled, EvaluationInput(evidence: evidence, instrument: instrument), "design")
        #expect(path != nil)
        // Nothing assessed, and everything at random, on the same instrument.
        try Self.expectAllAgree(compiled, EvaluationInput(instrument: instrument), "design, empty")
        for seed in 0..<40 as Range<UInt64> {
            try Self.expectAllAgree(compiled, Self.randomInput(instrument, seed: seed), "design, seed \(seed)")
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func shippedInstrumentAgreesOnRandomFindings(seed: UInt64) throws {
        let instrument = try CompiledEvaluatorTests.shipped()
        let compiled = CompiledInstrument(instrument)
        var fixedPoint = 0
        for round in 0..<20 {
            let input = Self.randomInput(instrument, seed: seed &* 7919 &+ UInt64(round))
            if try Self.expectAllAgree(compiled, input, "seed \(seed) round \(round)") == .fixedPoint { fixedPoint += 1 }
        }
        #expect(fixedPoint > 0)
        #expect(fixedPoint < 20)
    }

    /// Weighted subareas, with weights 1–4 (thirds, sevenths: exact in fine units) and with
    /// weights summing to 10; both paths agree (the Rational one taken for sevenths decimals).
    @Test(arguments: [41, 42, 43] as [UInt64])
    func weightedSubareasAgreeOnBothPaths(seed: UInt64) throws {
        var paths: [EvaluationPath: Int] = [:]
        for instrument in [try CompiledDifferentialTests.weighted(), try Self.decimalWeighted()] {
            let compiled = CompiledInstrument(instrument)
            #expect(compiled.fixedPoint != nil)
            for round in 0..<15 {
                let input = Self.randomInput(instrument, seed: seed &* 104_729 &+ UInt64(round))
                if let path = try Self.expectAllAgree(compiled, input, "weighted seed \(seed) round \(round)") {
                    paths[path, default: 0] += 1
                }
            }
        }
        #expect(paths[.fixedPoint, default: 0] > 0)
        #expect(paths[.rational, default: 0] > 0)
    }

    /// Every fact at its most (flags yes, top levels, every item, large numbers): caps cut
    /// in many subareas, and the cut is attributed as the Rational aggregation does.
    @Test func capsCrossedEverywhereAgree() throws {
        let instrument = try CompiledEvaluatorTests.shipped()
        var input = EvaluationInput(instrument: instrument)
        for (f, fact) in instrument.facts.enumerated() {
            switch fact.type {
            case .flag: input.values[f] = .flag(true)
            case .level(let ladder): input.values[f] = .level(instrument.ladders[ladder].levels.count - 1)
            case .number: input.values[f] = .number(Rational(1000))
            case .set(let closed): input.values[f] = .set(closed ?? ["a", "b", "c", "d", "e", "f"])
            }
        }
        for (r, rule) in instrument.rules.enumerated() where rule.kind.readsJudgement {
            input.judgements[r] = rule.kind.judgementMaximum ?? .one
        }
        let compiled = CompiledInstrument(instrument)
        #expect(try Self.expectAllAgree(compiled, input, "everything at its most") == .fixedPoint)
        let score = try compiled.score(input)
        #expect(score.subareas.filter { $0.capCut > .zero }.count > 3)
        #expect(score.rules.filter { $0.capCut > .zero }.count > 3)
    }

    /// Binding a checked evidence file directly gives the same flat trace as binding its
    /// `EvaluationInput`.
    @Test func bindingEvidenceEqualsBindingItsInput() throws {
        let instrument = try CompiledEvaluatorTests.shipped()
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let evidence = try #require(try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: instrument))
        let compiled = CompiledInstrument(instrument)
        let program = try #require(compiled.fixedPoint)
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        var viaInput = program.makeFacts()
        program.bind(input, into: &viaInput)
        // Reused facts, first bound to something else, must be reset by the next bind.
        var viaEvidence = program.makeFacts()
        program.bind(Self.randomInput(instrument, seed: 5), into: &viaEvidence)
        program.bind(evidence, into: &viaEvidence)
        var a = program.makeScratch()
        var b = program.makeScratch()
        #expect(program.evaluateWithTrace(viaInput, into: &a))
        #expect(program.evaluateWithTrace(viaEvidence, into: &b))
        guard let fromInput = compiled.score(fixedPoint: a, input: input),
            let fromEvidence = compiled.score(fixedPoint: b, input: input)
        else {
            Issue.record("no Score from the flat trace")
            return
        }
        #expect(Self.differences(fromInput, fromEvidence).isEmpty)
        #expect(Self.differences(fromInput, try Evaluator(instrument: instrument).score(input)).isEmpty)
    }
}
