import Rules
import Testing
import Workloads

@testable import Engine

/// Binding a checked evidence file straight into the fixed-point facts
/// (``FixedPointProgram/bind(_:into:)`` with an ``Evidence``, what the shared workload
/// times) writes exactly the words that binding its ``EvaluationInput`` writes: every
/// fact's scalar, every membership slot, every judgement and override, and the
/// representable flag, on random findings of every type, in random order, into facts
/// reused from an earlier, different binding.
@Suite struct FixedPointBindingTests {
    /// A random evidence file and the input it reads as: facts assessed five times in
    /// six, numbers with 0 to 6 decimals and now and then 7 to 9 (not representable) or
    /// past the micro-unit range, sets of closed or open items, judgements in quarters of
    /// their maximum or now and then sevenths (not representable), overrides one subarea
    /// in four.
    struct Draw {
        var evidence: Evidence
        var input: EvaluationInput
    }

    static func span(_ line: Int) -> SourceSpan {
        SourceSpan(path: "random.kompass", start: SourceLocation(line: line, column: 1), length: 1)
    }

    static func number(_ random: inout SplitMix64, rareUnrepresentable: Bool) -> Rational {
        let tenths: [Int64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000]
        if rareUnrepresentable, random.int(0..<25) == 0 {
            // Past Int64.max / 10⁶ units: fits a Rational, not the micro-unit range.
            return Rational(Int64.max / 1_000_000 + Int64(random.int(1...1_000)))
        }
        let decimals = rareUnrepresentable && random.int(0..<12) == 0 ? random.int(7...9) : random.int(0...6)
        let numerator = Int64(random.int(0...5_000_000))
        return Rational(numerator: numerator, denominator: tenths[decimals]) ?? .zero
    }

    static func draw(_ instrument: Instrument, seed: UInt64, rareUnrepresentable: Bool) -> Draw {
        var random = SplitMix64(seed: seed)
        var input = EvaluationInput(instrument: instrument)
        let open = [
            "arabiska", "bibliotek", "dialogcafe", "finska", "medborgarpanel", "pensionarsrad", "tolk", "x", "",
        ]
        var findings: [Finding] = []
        for (f, fact) in instrument.facts.enumerated() where random.int(0..<6) != 0 {
            let value: FactValue
            switch fact.type {
            case .flag: value = .flag(random.chance(0.5))
            case .level(let ladder): value = .level(random.int(0..<instrument.ladders[ladder].levels.count))
            case .number: value = .number(number(&random, rareUnrepresentable: rareUnrepresentable))
            case .set(let closed):
                let pool = (closed ?? []) + open
                value = .set(FactValue.normalizedItems(pool.filter { _ in random.chance(0.35) }))
            }
            input.values[f] = value
            findings.append(
                Finding(fact: f, value: value, sources: [], note: nil, confidence: nil, by: nil, span: span(f + 1)))
        }
        // Source order is not fact order.
        for i in findings.indices.reversed() where i > 0 { findings.swapAt(i, random.int(0...i)) }
        var judgements: [Verdict] = []
        for (r, rule) in instrument.rules.enumerated() where rule.kind.readsJudgement && random.chance(0.7) {
            let maximum = rule.kind.judgementMaximum ?? .one
            let parts: Int64 = rareUnrepresentable && random.int(0..<8) == 0 ? 7 : 4
            let share = Rational(numerator: Int64(random.int(0...Int(parts))), denominator: parts) ?? .zero
            let value = (try? maximum.multiplied(by: share)) ?? .zero
            input.judgements[r] = value
            judgements.append(Verdict(target: r, value: value, reason: "random", by: nil, span: span(1)))
        }
        var overrides: [Verdict] = []
        for (s, subarea) in instrument.subareas.enumerated() where random.int(0..<4) == 0 {
            let share = Rational(numerator: Int64(random.int(0...4)), denominator: 4) ?? .zero
            let verdict = Verdict(
                target: s, value: (try? subarea.max.multiplied(by: share)) ?? .zero, reason: "random", by: nil,
                span: span(1))
            input.overrides[s] = verdict
            overrides.append(verdict)
        }
        let evidence = Evidence(
            path: "random.kompass", sha256: "", municipality: "M", year: 2024, instrumentName: instrument.name,
            instrumentVersion: instrument.version, evaluators: ["E"], findings: findings, judgements: judgements,
            overrides: overrides)
        return Draw(evidence: evidence, input: input)
    }

    /// Binds `draw` both ways (the evidence into facts last bound to `previous`) and
    /// returns the differing word positions, and whether the input bound representably.
    static func differingWords(_ program: FixedPointProgram, _ draw: Draw, after previous: Draw) -> ([Int], Bool) {
        var viaInput = program.makeFacts()
        program.bind(draw.input, into: &viaInput)
        var viaEvidence = program.makeFacts()
        program.bind(previous.evidence, into: &viaEvidence)
        program.bind(draw.evidence, into: &viaEvidence)
        let differing = viaInput.words.indices.filter { viaInput.words[$0] != viaEvidence.words[$0] }
        return (differing + (viaInput.words.count == viaEvidence.words.count ? [] : [-1]), viaInput.isRepresentable)
    }

    /// The shipped instrument (flags, levels, numbers, open and closed sets with
    /// membership slots, judgements): forty random files, each bound over the one before.
    @Test(arguments: [false, true])
    func shippedInstrumentBindsWordForWord(rareUnrepresentable: Bool) throws {
        let instrument = try CompiledEvaluatorTests.shipped()
        let program = try #require(CompiledInstrument(instrument).fixedPoint)
        #expect(program.layout.slots > 0)
        var previous = Self.draw(instrument, seed: 1, rareUnrepresentable: true)
        var unrepresentable = 0
        for seed in 2...41 as ClosedRange<UInt64> {
            let draw = Self.draw(
                instrument, seed: seed &* 31 &+ (rareUnrepresentable ? 7 : 0), rareUnrepresentable: rareUnrepresentable)
            let (differing, representable) = Self.differingWords(program, draw, after: previous)
            #expect(differing == [], "seed \(seed)")
            if !representable { unrepresentable += 1 }
            previous = draw
        }
        // Both outcomes of the representable flag are exercised, or neither is claimed.
        if rareUnrepresentable { #expect(unrepresentable > 0) } else { #expect(unrepresentable == 0) }
    }

    /// Random instruments of the workload generator (weighted subareas, sets read by
    /// `contains`): twelve files each.
    @Test(arguments: Array(1...6) as [UInt64])
    func randomInstrumentsBindWordForWord(seed: UInt64) throws {
        let instrument = try WorkloadDifferentialTests.randomInstrument(seed: seed).instrument
        let program = try #require(CompiledInstrument(instrument).fixedPoint)
        var previous = Self.draw(instrument, seed: seed, rareUnrepresentable: true)
        for n in 1...12 as ClosedRange<UInt64> {
            let draw = Self.draw(instrument, seed: seed &* 1_000 &+ n, rareUnrepresentable: n % 3 == 0)
            #expect(Self.differingWords(program, draw, after: previous).0 == [], "seed \(seed), file \(n)")
            previous = draw
        }
    }

    /// A set's membership slots read 1 exactly for the items present, whatever their
    /// lengths (items of the slot item's length that differ, longer than 15 bytes, or
    /// non-ASCII), and a fact index outside the instrument makes the binding not
    /// representable.
    @Test func membershipSlotsAndAFactOutsideTheInstrument() throws {
        let instrument = try CompiledEvaluatorTests.shipped()
        let compiled = CompiledInstrument(instrument)
        let program = try #require(compiled.fixedPoint)
        let slot = try #require(compiled.slots.keys.indices.first)
        let key = compiled.slots.keys[slot]
        let item = key.item
        let sameLength = String(repeating: "z", count: item.utf8.count)
        let cases: [([String], Int64)] = [
            ([item], 1), ([sameLength], 0), ([], 0), ([item + "x"], 0), ([String(item.dropLast())], 0),
            (["ö" + item, item, "ååååååååååååååååå"], 1), (["a-very-long-item-name-past-fifteen-bytes"], 0),
        ]
        for (items, expected) in cases where items != [sameLength] || sameLength != item {
            var evidence = Self.draw(instrument, seed: 3, rareUnrepresentable: false).evidence
            evidence.findings.removeAll { $0.fact == key.fact }
            evidence.findings.append(
                Finding(
                    fact: key.fact, value: .set(items), sources: [], note: nil, confidence: nil, by: nil,
                    span: Self.span(99)))
            var facts = program.makeFacts()
            program.bind(evidence, into: &facts)
            #expect(facts.words[instrument.facts.count + slot] == expected, "\(items) contains \(item)")
            #expect(facts.words[key.fact] == Int64(items.count) * 1_000_000)
        }
        var outside = Self.draw(instrument, seed: 4, rareUnrepresentable: false).evidence
        outside.findings.append(
            Finding(
                fact: instrument.facts.count, value: .flag(true), sources: [], note: nil, confidence: nil, by: nil,
                span: Self.span(1)))
        var facts = program.makeFacts()
        program.bind(outside, into: &facts)
        #expect(!facts.isRepresentable)
    }

    /// `MicroUnits.of` agrees with exact `Rational` arithmetic (× 10⁶, whole, fits and is
    /// not the unassessed mark) at the edges of the range and on the shortcut for whole
    /// numbers.
    @Test func microUnitsAgreeWithRationalArithmetic() {
        let limit = Int64.max / 1_000_000
        var values: [Rational] = [
            Int64.min, Int64.min / 1_000_000 - 1, Int64.min / 1_000_000, -limit - 1, -limit, -1, 0, 1, limit, limit + 1,
            Int64.max,
        ]
        .map { Rational($0) }
        for denominator: Int64 in [2, 3, 4, 5, 7, 8, 16, 64, 125, 625, 15_625, 1_000_000, 2_000_000, 5_000_000] {
            for numerator: Int64 in [1, -1, 3, 999_999, limit, -limit, Int64.max, Int64.min + 1] {
                if let value = Rational(numerator: numerator, denominator: denominator) { values.append(value) }
            }
        }
        for value in values {
            let exact = try? value.multiplied(by: Rational(1_000_000))
            let expected = exact.flatMap { $0.isInteger && $0.numerator != Int64.min ? $0.numerator : nil }
            #expect(MicroUnits.of(value) == expected, "\(value)")
        }
    }
}
