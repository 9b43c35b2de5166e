import Engine
import Rules
import Testing
import Workloads

/// Explaining every subarea with the explainer (each candidate change re-scores one
/// subarea incrementally, and rule kinds search for changes through an overlay of the
/// findings) gives what the straightforward method gives: ``ReferenceExplainer`` applies
/// every change to a copy of the findings and re-scores the whole instrument with the
/// plain evaluator. Checked on generated instruments shaped like Kommunkompassen and on
/// random instruments with weighted subareas, overrides and cutting caps.
@Suite struct ExplainEverySubareaTests {
    static func generated(scale: Int) throws -> LoadedCase {
        var generator = InstrumentGenerator(scale: scale)
        return try generator.generate().load(registry: BuiltinKinds.registry)
    }

    static func random(seed: UInt64) throws -> LoadedCase {
        var generator = RandomInstrumentGenerator(seed: seed)
        return try generator.generate(areas: 4).load(registry: BuiltinKinds.registry)
    }

    /// Compares every subarea's explanation with the reference; returns the number of
    /// headroom options compared, so a test can require that there were some.
    static func expectEverySubareaAsReference(
        _ instrument: Instrument, _ evidence: Evidence, ruleTargetsEvery stride: Int = 4
    ) throws -> Int {
        let scored = try ScoredEvidence(instrument: instrument, evidence: evidence)
        let explainer = Explainer(scored: scored)
        let reference = try ReferenceExplainer(instrument, EvaluationInput(evidence: evidence, instrument: instrument))
        var options = 0
        for s in instrument.subareas.indices {
            let explained = try explainer.explain(.subarea(s)).subareas[0]
            let expected = try reference.subarea(s)
            let id = explained.id
            #expect(
                explained.rules.map(\.points) == instrument.subareas[s].rules.map { reference.base.rules[$0].points },
                "\(id)")
            #expect(explained.points == reference.base.subareas[s].points, "\(id)")
            #expect(explained.headroom.map(ReferenceExplainer.Option.init) == expected.headroom, "\(id) headroom")
            #expect(explained.reconciliation.missing == expected.reconciliation.missing, "\(id) missing")
            #expect(explained.reconciliation.together == expected.reconciliation.together, "\(id) together")
            #expect(explained.reconciliation.rest == expected.reconciliation.rest, "\(id) rest")
            options += explained.headroom.count
            guard s % stride == 0 else { continue }
            for r in instrument.subareas[s].rules {
                let rule = try explainer.explain(.rule(r)).subareas[0]
                let mine = expected.headroom.filter { $0.rule == r }
                #expect(rule.headroom.map(ReferenceExplainer.Option.init) == mine, "rule \(r)")
                #expect(
                    rule.elsewhere.map(ReferenceExplainer.Option.init) == expected.headroom.filter { $0.rule != r },
                    "rule \(r)")
                #expect(rule.subareaMissing == expected.reconciliation.missing, "rule \(r)")
                let own = try reference.reconcile(rule: r, mine.first)
                #expect(rule.reconciliation.missing == own.missing, "rule \(r) missing")
                #expect(rule.reconciliation.together == own.together, "rule \(r) together")
                #expect(rule.reconciliation.rest == own.rest, "rule \(r) rest")
            }
        }
        return options
    }

    /// Instruments shaped like Kommunkompassen (1× and 3×) with their generated evidence.
    @Test(arguments: [1, 3])
    func generatedInstrumentExplainsAsWholeRescoring(scale: Int) throws {
        let loaded = try Self.generated(scale: scale)
        #expect(loaded.instrument.rules.count > 150 * scale)
        let options = try Self.expectEverySubareaAsReference(loaded.instrument, loaded.evidence)
        #expect(options > 50 * scale)
    }

    /// Random instruments: weighted subareas, overrides, caps that cut, shared facts.
    @Test(arguments: [3, 4, 5, 6] as [UInt64])
    func randomInstrumentExplainsAsWholeRescoring(seed: UInt64) throws {
        let loaded = try Self.random(seed: seed)
        let options = try Self.expectEverySubareaAsReference(loaded.instrument, loaded.evidence, ruleTargetsEvery: 1)
        #expect(options > 5)
    }

    /// The generated 1× instrument with findings drawn at random (unassessed facts, sets
    /// partly held), so conditions need repairs of both sides of 'and' and 'or'.
    @Test(arguments: [71, 72] as [UInt64])
    func randomFindingsExplainAsWholeRescoring(seed: UInt64) throws {
        let loaded = try Self.generated(scale: 1)
        var random = RandomFindings(loaded.instrument, seed: seed)
        let input = random.input()
        var evidence = loaded.evidence
        evidence.findings = evidence.findings.compactMap { finding in
            guard let value = input.values[finding.fact] else { return nil }
            var changed = finding
            changed.value = value
            return changed
        }
        let options = try Self.expectEverySubareaAsReference(loaded.instrument, evidence)
        #expect(options > 30)
    }
}
