import Engine
import Foundation
import Rules
import Testing

/// The compiled evaluator must give exactly what the plain evaluator (every kind called
/// through the protocol) gives: rule values, subareas, areas, total and all bounds.
@Suite struct CompiledEvaluatorTests {
    static func shipped() throws -> Instrument {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let instrument = try workspace.loadInstrument(directory: RulesTestPaths.instrumentDirectory)
        return try #require(instrument)
    }

    /// A deterministic generator (SplitMix64).
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Random findings: about a fifth unassessed, the rest drawn over each fact's type,
    /// with set items from the closed lists or from the items the rules ask about.
    static func randomInput(_ instrument: Instrument, seed: UInt64) -> EvaluationInput {
        var random = SplitMix64(state: seed)
        var input = EvaluationInput(instrument: instrument)
        let openItems = ["a", "b", "c", "d", "e", "f"]
        for (index, fact) in instrument.facts.enumerated() where random.below(5) != 0 {
            switch fact.type {
            case .flag: input.values[index] = .flag(random.below(2) == 1)
            case .level(let ladder):
                input.values[index] = .level(random.below(instrument.ladders[ladder].levels.count))
            case .number: input.values[index] = .number(Rational(Int64(random.below(400))))
            case .set(let closed):
                let pool = closed ?? openItems
                input.values[index] = .set(FactValue.normalizedItems(pool.filter { _ in random.below(2) == 1 }))
            }
        }
        for (r, rule) in instrument.rules.enumerated() where rule.kind.readsJudgement && random.below(3) != 0 {
            let maximum = rule.kind.judgementMaximum ?? .one
            input.judgements[r] = (try? maximum.multiplied(by: Rational(numerator: Int64(random.below(5)), denominator: 4)!)) ?? .zero
        }
        return input
    }

    static func expectSame(_ plain: Score, _ compiled: Score, _ scratch: CompiledScratch) {
        for r in plain.rules.indices {
            #expect(plain.rules[r].outcome == compiled.rules[r].outcome, "rule \(r)")
            #expect(plain.rules[r].capCut == compiled.rules[r].capCut, "rule \(r) cut")
        }
        for s in plain.subareas.indices {
            #expect(plain.subareas[s].points == scratch.buffers.subareaPoints[s], "subarea \(s)")
            #expect(plain.subareas[s].bounds.min == scratch.buffers.subareaMin[s])
            #expect(plain.subareas[s].bounds.max == scratch.buffers.subareaMax[s])
        }
        for a in plain.areas.indices {
            #expect(plain.areas[a].points == scratch.buffers.areaPoints[a], "area \(a)")
            #expect(plain.areas[a].bounds == Bounds(min: scratch.buffers.areaMin[a], max: scratch.buffers.areaMax[a]))
        }
        #expect(plain.total == scratch.buffers.total)
        #expect(plain.totalBounds == Bounds(min: scratch.buffers.totalMin, max: scratch.buffers.totalMax))
        #expect(plain.total == compiled.total)
    }

    @Test func everyBuiltInRuleOfTheShippedInstrumentIsLowered() throws {
        let compiled = CompiledInstrument(try Self.shipped())
        #expect(compiled.pluginRuleCount == 0)
    }

    @Test func compiledEqualsPlainOnTheAleExample() throws {
        let instrument = try Self.shipped()
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let evidence = try #require(
            try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: instrument))
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        let compiled = CompiledInstrument(instrument)
        var scratch = compiled.makeScratch()
        let score = try compiled.score(compiled.bind(input), scratch: &scratch)
        Self.expectSame(try Evaluator(instrument: instrument).score(input), score, scratch)
        #expect(scratch.buffers.total.roundedHalfAwayFromZero() == 484)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func compiledEqualsPlainOnRandomFindings(seed: UInt64) throws {
        let instrument = try Self.shipped()
        let compiled = CompiledInstrument(instrument)
        var scratch = compiled.makeScratch()
        for round in 0..<25 {
            let input = Self.randomInput(instrument, seed: seed &* 1000 &+ UInt64(round))
            let score = try compiled.score(compiled.bind(input), scratch: &scratch)
            Self.expectSame(try Evaluator(instrument: instrument).score(input), score, scratch)
        }
    }

    @Test func overridesPinTheSubareaInBothEvaluators() throws {
        let instrument = try Self.shipped()
        var input = Self.randomInput(instrument, seed: 99)
        let verdict = Verdict(
            target: 0, value: Rational(3), reason: "test", by: "E1",
            span: SourceSpan(path: "t", start: SourceLocation(line: 1, column: 1), length: 1))
        input.overrides[0] = verdict
        let compiled = CompiledInstrument(instrument)
        var scratch = compiled.makeScratch()
        let score = try compiled.score(compiled.bind(input), scratch: &scratch)
        #expect(scratch.buffers.subareaPoints[0] == Rational(3))
        Self.expectSame(try Evaluator(instrument: instrument).score(input), score, scratch)
    }
}
