import Engine
import Rules
import Testing
import Workloads

/// The changes that make a condition true are searched on a reader that records changes
/// on top of the findings instead of copying them: the reader reads as the copy would,
/// and the search finds what ``CopyingRepair`` (the search on copies) finds, on random
/// conditions over the facts of a generated instrument.
@Suite struct ConditionRepairTests {
    /// Random conditions over an instrument's facts: every leaf form, nested 'not', 'and'
    /// and 'or', comparisons with constants and between facts.
    struct RandomConditions {
        let instrument: Instrument
        var random: SplitMix64
        let items = InstrumentGenerator.vocabulary.prefix(6) + RandomInstrumentGenerator.items.prefix(3)

        mutating func condition(depth: Int) -> Condition {
            if depth > 0, random.chance(0.65) {
                switch random.int(0..<5) {
                case 0: return .not(condition(depth: depth - 1))
                case 1, 2: return .and(condition(depth: depth - 1), condition(depth: depth - 1))
                default: return .or(condition(depth: depth - 1), condition(depth: depth - 1))
                }
            }
            return leaf()
        }

        mutating func op() -> ComparisonOperator { random.pick(ComparisonOperator.allCases) }

        mutating func itemList(_ fact: Int) -> [String] {
            let pool: [String]
            if case .set(let closed?) = instrument.facts[fact].type { pool = closed } else { pool = Array(items) }
            let picked = pool.filter { _ in random.chance(0.4) }
            return picked.isEmpty ? [random.pick(pool)] : picked
        }

        mutating func leaf() -> Condition {
            let fact = random.int(0..<instrument.facts.count)
            switch instrument.facts[fact].type {
            case .flag:
                return .positive(fact)
            case .level(let ladder):
                if random.chance(0.3) { return .positive(fact) }
                let level = random.int(0..<instrument.ladders[ladder].levels.count)
                return .compare(op(), .fact(fact), .constant(Rational(Int64(level))))
            case .number:
                if random.chance(0.1) {
                    return .compare(op(), .fact(fact), .fact(random.int(0..<instrument.facts.count)))
                }
                return .compare(
                    op(), .fact(fact),
                    .constant(Rational(numerator: Int64(random.int(0...60)), denominator: 10) ?? .one))
            case .set:
                switch random.int(0..<5) {
                case 0: return .positive(fact)
                case 1: return .contains(fact, itemList(fact)[0])
                case 2: return .containsAny(fact, itemList(fact))
                case 3: return .containsAll(fact, itemList(fact))
                default: return .compare(op(), .count(fact), .constant(Rational(Int64(random.int(0...4)))))
                }
            }
        }
    }

    /// A reader with changes made reads, fact by fact and as a whole, as a copy of the
    /// findings with the same changes made does; a judgement change keeps the facts.
    @Test func changedReaderReadsAsACopy() throws {
        var generator = InstrumentGenerator(scale: 1)
        let loaded = try generator.generate().load(registry: BuiltinKinds.registry)
        let values = EvaluationInput(evidence: loaded.evidence, instrument: loaded.instrument).values
        var random = SplitMix64(seed: 9)
        var reader = FactReader(values: values, judgement: .one)
        var copy = values
        for round in 0..<40 {
            let fact = random.int(0..<values.count)
            let value = FactValue.number(Rational(Int64(round)))
            if round % 7 == 6 {
                reader = reader.with(FindingChange(judgement: Rational(Int64(round))))
                #expect(reader.judgement == Rational(Int64(round)))
            } else if round % 2 == 0 {
                reader = reader.with(FindingChange(fact: fact, value: value))
                copy[fact] = value
            } else {
                let other = random.int(0..<values.count)
                reader = reader.applying([
                    FindingChange(fact: other, value: .flag(true)), FindingChange(fact: fact, value: value),
                ])
                copy[other] = .flag(true)
                copy[fact] = value
            }
            #expect(values.indices.allSatisfy { reader.value($0) == copy[$0] }, "round \(round)")
        }
        #expect(reader.values == copy)
        #expect(reader.values != values)
        #expect(FactReader(values: values).values == values)
    }

    /// On the generated instrument's evidence and on random findings, random conditions
    /// get the changes the copying search gets; many need several changes, so 'and' made
    /// true (and 'or' made false) are searched with changes made on the way.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func repairsEqualTheCopyingSearch(seed: UInt64) throws {
        var generator = InstrumentGenerator(scale: 1)
        let loaded = try generator.generate().load(registry: BuiltinKinds.registry)
        let instrument = loaded.instrument
        let catalog = FactCatalog(facts: instrument.facts, ladders: instrument.ladders)
        let reference = CopyingRepair(catalog: catalog)
        var findings = RandomFindings(instrument, seed: seed)
        var conditions = RandomConditions(instrument: instrument, random: SplitMix64(seed: seed &* 977))
        var inputs = [EvaluationInput(evidence: loaded.evidence, instrument: instrument).values]
        for _ in 0..<3 { inputs.append(findings.input().values) }
        var repaired = 0
        var severalChanges = 0
        for values in inputs {
            for _ in 0..<400 {
                let condition = conditions.condition(depth: 4)
                let fast = condition.changesToMakeTrue(FactReader(values: values), catalog: catalog)
                let slow = reference.changesToMakeTrue(condition, values)
                #expect(fast == slow, "\(condition)")
                if let fast {
                    repaired += 1
                    if fast.count > 1 { severalChanges += 1 }
                }
            }
        }
        #expect(repaired > 300)
        #expect(severalChanges > 50)
    }
}
