import Analysis
import Engine
import Rules
import Testing
import Workloads

/// Issue 13's last line: the compiled and incremental paths agree with the plain evaluator
/// value by value (see ``ScoreDifference``) on the Ale example, on random findings for the
/// shipped instrument, on random instruments with weighted subareas whose weights sum to
/// awkward primes and with caps that cut, and on the 100× generated instrument. Every path
/// of ``ScoringPath/all`` scores each sequence of inputs in order, so the incremental
/// paths carry their state from one input to the next.
@Suite struct WorkloadDifferentialTests {
    /// The comparison is not blind: each kind of difference is reported, by name.
    @Test func aDifferenceInAnyValueIsReported() throws {
        let instrument = try CompiledEvaluatorTests.shipped()
        let score = try Evaluator(instrument: instrument).score(CompiledEvaluatorTests.randomInput(instrument, seed: 5))
        #expect(ScoreDifference.between(score, score) == [])
        var changed = score
        changed.rules[3].points = try changed.rules[3].points.adding(.one)
        changed.rules[4].outcome.upper = try changed.rules[4].outcome.upper.adding(.one)
        changed.subareas[2].capCut = try changed.subareas[2].capCut.adding(.one)
        changed.areas[1].bounds.max = try changed.areas[1].bounds.max.adding(.one)
        changed.totalBounds.min = try changed.totalBounds.min.adding(.one)
        changed.unjudged.append(0)
        let names = ScoreDifference.between(score, changed).map { String($0.prefix { $0 != ":" }) }
        #expect(
            names == ["rule 3 points", "rule 4 upper", "subarea 2 cap cut", "area 1 bounds", "total bounds", "unjudged rules"])
        #expect(ScoreDifference.between(score, changed, limit: 2).last == "and 4 more")
    }

    /// The Ale example, then twelve inputs each a few findings away from the one before.
    @Test func aleExampleAndChangesFromIt() throws {
        let instrument = try CompiledEvaluatorTests.shipped()
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let evidence = try #require(try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: instrument))
        let ale = EvaluationInput(evidence: evidence, instrument: instrument)
        var random = RandomFindings(instrument, seed: 1301, seen: ale)
        let inputs = random.chain(from: ale, count: 12, facts: 3)
        #expect(try ScoringPath.disagreements(instrument, inputs) == [])
    }

    /// The shipped instrument with every second subarea weighted: random findings, then
    /// changes of one to twenty findings at a time.
    @Test(arguments: [41, 42, 43] as [UInt64])
    func weightedShippedInstrumentOnRandomFindings(seed: UInt64) throws {
        let instrument = try CompiledDifferentialTests.weighted()
        var random = RandomFindings(instrument, seed: seed)
        var inputs = random.chain(from: random.input(), count: 6, facts: 1)
        inputs += random.chain(from: random.input(), count: 4, facts: 20)
        #expect(try ScoringPath.disagreements(instrument, inputs) == [])
    }

    /// Random instruments: the generator's evidence, fifteen changes from it, and a wholly
    /// random input (every subarea changes at once).
    @Test(arguments: Array(1...12) as [UInt64])
    func randomInstrumentsWithAwkwardWeightsAndCuttingCaps(seed: UInt64) throws {
        let loaded = try Self.randomInstrument(seed: seed)
        let instrument = loaded.instrument
        let base = EvaluationInput(evidence: loaded.evidence, instrument: instrument)
        var random = RandomFindings(instrument, seed: seed &* 7919)
        let inputs = random.chain(from: base, count: 15, facts: 2) + [random.input()]
        #expect(try ScoringPath.disagreements(instrument, inputs) == [])
        // The weighted subareas' points, computed here: max·Σ(w·s)/Σw, unless overridden.
        let plain = Evaluator(instrument: instrument)
        for input in inputs {
            let score = try plain.score(input)
            for (s, subarea) in instrument.subareas.enumerated() where subarea.mode == .weighted {
                var weights = Rational.zero
                var sum = Rational.zero
                for r in subarea.rules {
                    weights = try weights.adding(instrument.rules[r].weight)
                    sum = try sum.adding(instrument.rules[r].weight.multiplied(by: score.rules[r].outcome.value))
                }
                #expect(score.subareas[s].computed == (try subarea.max.multiplied(by: sum).divided(by: weights)))
            }
        }
    }

    /// The random instruments are what the tests above claim: over the twelve seeds, every
    /// weighted subarea's weights sum to a prime from 7 to 31 (or that many tenths), and
    /// caps cut in rules, in subareas and in areas on the generator's own evidence.
    @Test func randomInstrumentsHaveAwkwardWeightsAndCapsThatCut() throws {
        let primes: Set<Rational> = Set([7, 11, 13, 17, 19, 23, 29, 31].flatMap { p in
            [Rational(Int64(p)), Rational(numerator: Int64(p), denominator: 10) ?? .zero]
        })
        var weighted = 0
        var ruleCuts = 0
        var subareaCuts = 0
        var areaCuts = 0
        for seed in 1...12 as ClosedRange<UInt64> {
            let loaded = try Self.randomInstrument(seed: seed)
            let instrument = loaded.instrument
            for subarea in instrument.subareas where subarea.mode == .weighted {
                weighted += 1
                let sum = try subarea.rules.reduce(Rational.zero) { try $0.adding(instrument.rules[$1].weight) }
                #expect(primes.contains(sum), "weights of \(subarea.id) sum to \(sum)")
            }
            let score = try Evaluator(instrument: instrument).score(EvaluationInput(evidence: loaded.evidence, instrument: instrument))
            ruleCuts += score.rules.filter { $0.outcome.ownCapCut > .zero }.count
            subareaCuts += score.subareas.filter { $0.capCut > .zero }.count
            for (a, area) in instrument.areas.enumerated() {
                let sum = try area.subareas.reduce(Rational.zero) { try $0.adding(score.subareas[$1].points) }
                if score.areas[a].points < sum { areaCuts += 1 }
            }
        }
        #expect(weighted >= 12)
        #expect(ruleCuts >= 3)
        #expect(subareaCuts >= 3)
        #expect(areaCuts >= 3)
    }

    /// The 100× instrument of the benchmarks (about 17 500 rules and 15 000 facts) with
    /// the generator's evidence, then an input changed from it in 40 findings (the
    /// slowest test of the suite).
    @Test func hundredTimesInstrument() throws {
        var generator = InstrumentGenerator(scale: 100)
        let generated = generator.generate()
        let loaded = try generated.load(registry: BuiltinKinds.registry)
        let instrument = loaded.instrument
        #expect(instrument.rules.count == generated.ruleCount)
        #expect(instrument.facts.count == generated.factCount)
        #expect(instrument.subareas.count == 3500)
        #expect(instrument.subareas.filter { $0.mode == .weighted }.count == generated.weightedSubareas)
        let base = EvaluationInput(evidence: loaded.evidence, instrument: instrument)
        var random = RandomFindings(instrument, seed: 100, seen: base)
        #expect(try ScoringPath.disagreements(instrument, random.chain(from: base, count: 1, facts: 40)) == [])
    }

    /// A random instrument of the workload generator, loaded with the built-in kinds.
    static func randomInstrument(seed: UInt64) throws -> LoadedCase {
        var generator = RandomInstrumentGenerator(seed: seed)
        return try generator.generate(areas: 3).load(registry: BuiltinKinds.registry)
    }
}
