import Analysis
import Engine
import Foundation
import Rules
import Testing

/// The compiled, incremental and plain evaluators agree on weighted subareas and on
/// random changes, and the explainer's incremental re-scoring gives what re-scoring the
/// whole instrument gives.
@Suite struct CompiledDifferentialTests {
    /// The shipped instrument with every second subarea weighted (weights 1–4 by rule).
    static func weighted() throws -> Instrument {
        var instrument = try CompiledEvaluatorTests.shipped()
        for s in instrument.subareas.indices where s % 2 == 0 {
            instrument.subareas[s].mode = .weighted
            for r in instrument.subareas[s].rules { instrument.rules[r].weight = Rational(Int64(1 + r % 4)) }
        }
        return instrument
    }

    /// Every second subarea weighted: compiled equals plain on random findings, and the
    /// weighted subareas' points are max·Σw·s/Σw computed here from the rule values.
    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func compiledEqualsPlainWithWeightedSubareas(seed: UInt64) throws {
        let instrument = try Self.weighted()
        let compiled = CompiledInstrument(instrument)
        var scratch = compiled.makeScratch()
        for round in 0..<10 {
            let input = CompiledEvaluatorTests.randomInput(instrument, seed: seed &* 1000 &+ UInt64(round))
            let score = try compiled.score(compiled.bind(input), scratch: &scratch)
            CompiledEvaluatorTests.expectSame(try Evaluator(instrument: instrument).score(input), score, scratch)
            for (s, subarea) in instrument.subareas.enumerated() where subarea.mode == .weighted {
                var weights = Rational.zero
                var sum = Rational.zero
                for r in subarea.rules {
                    weights = try weights.adding(instrument.rules[r].weight)
                    sum = try sum.adding(instrument.rules[r].weight.multiplied(by: score.rules[r].outcome.value))
                }
                #expect(score.subareas[s].points == (try subarea.max.multiplied(by: sum).divided(by: weights)), "subarea \(s)")
            }
        }
    }

    /// The incremental evaluator (compiled, rebinding only the affected subareas) scores a
    /// chain of random inputs exactly as the plain evaluator does, whole and subarea by subarea.
    @Test(arguments: [21, 22, 23] as [UInt64])
    func incrementalEqualsPlainOnRandomChanges(seed: UInt64) throws {
        let instrument = try Self.weighted()
        let plain = Evaluator(instrument: instrument)
        var incremental = try IncrementalEvaluator(
            instrument: instrument, base: CompiledEvaluatorTests.randomInput(instrument, seed: seed))
        for round in 1...6 {
            let input = CompiledEvaluatorTests.randomInput(instrument, seed: seed &* 1000 &+ UInt64(round))
            let expected = try plain.score(input)
            #expect(WhatIfIncrementalTests.same(try incremental.score(input), expected), "round \(round)")
            for s in stride(from: round % 3, to: instrument.subareas.count, by: 3) {
                #expect(try incremental.points(ofSubarea: s, input) == expected.subareas[s].points, "subarea \(s)")
            }
            let rule = (round * 7) % instrument.rules.count
            #expect(try incremental.points(ofRule: rule, input) == expected.rules[rule].points)
        }
    }

    /// A finding change merged as the explainer merges them (sets united, levels and
    /// numbers raised), for re-scoring the whole instrument as the reference.
    static func applying(_ changes: [FindingChange], rule: Int, to input: EvaluationInput) -> EvaluationInput {
        var changed = input
        for change in changes {
            guard let value = change.value else {
                changed.judgements[rule] = change.judgement
                continue
            }
            switch (changed.values[change.fact], value) {
            case (.set(let a)?, .set(let b)): changed.values[change.fact] = .set(FactValue.normalizedItems(a + b))
            case (.level(let a)?, .level(let b)): changed.values[change.fact] = .level(max(a, b))
            case (.number(let a)?, .number(let b)): changed.values[change.fact] = .number(max(a, b))
            default: changed.values[change.fact] = value
            }
        }
        return changed
    }

    /// Every headroom gain and every "together" of the explainer (which re-scores one
    /// subarea incrementally) equals re-scoring the whole instrument with the change made,
    /// on the Ale example and on random findings of the weighted instrument.
    @Test(arguments: [0, 31, 32] as [UInt64])
    func explainerGainsEqualWholeRescoring(seed: UInt64) throws {
        let shipped = try CompiledEvaluatorTests.shipped()
        var workspace = Workspace(registry: BuiltinKinds.registry)
        var evidence = try #require(try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: shipped))
        let scored: ScoredEvidence
        if seed == 0 {
            scored = try ScoredEvidence(instrument: shipped, evidence: evidence)
        } else {
            // Ale's findings with random values (a fact drawn unassessed loses its finding).
            let instrument = try Self.weighted()
            let random = CompiledEvaluatorTests.randomInput(instrument, seed: seed)
            evidence.findings = evidence.findings.compactMap { finding in
                var changed = finding
                guard let value = random.values[finding.fact] else { return nil }
                changed.value = value
                return changed
            }
            scored = try ScoredEvidence(instrument: instrument, evidence: evidence)
        }
        let instrument = scored.instrument
        let input = EvaluationInput(evidence: scored.evidence, instrument: instrument)
        let explainer = Explainer(scored: scored)
        var options = 0
        for s in instrument.subareas.indices {
            let explained = try explainer.explain(.subarea(s)).subareas[0]
            let current = scored.score.subareas[s].points
            var scenario = input
            for option in explained.headroom {
                options += 1
                let after = try scored.compiled.score(Self.applying(option.changes, rule: option.rule, to: input))
                #expect(option.gain == (try after.subareas[s].points.subtracting(current)), "\(option.ruleID)")
                for step in option.steps {
                    let stepAfter = try scored.compiled.score(Self.applying(step.changes, rule: option.rule, to: input))
                    #expect(step.gain == (try stepAfter.subareas[s].points.subtracting(current)), "\(option.ruleID) step")
                }
            }
            for option in explained.headroom.sorted(by: { $0.rule < $1.rule }) {
                scenario = Self.applying(option.changes, rule: option.rule, to: scenario)
            }
            if explained.reconciliation.missing > .zero, explained.override == nil {
                let together = try scored.compiled.score(scenario).subareas[s].points.subtracting(current)
                #expect(explained.reconciliation.together == together, "subarea \(explained.id)")
            }
        }
        #expect(options > 10)
        // Explaining twice gives the same (the working state is restored after each change).
        let again = try explainer.explain(.subarea(0)).subareas[0]
        let first = try Explainer(scored: scored).explain(.subarea(0)).subareas[0]
        #expect(again.headroom.map(\.gain) == first.headroom.map(\.gain))
    }
}
