import Foundation
import Rules
import Testing
import Workloads

@testable import Engine

/// Binding a checked evidence file from the compact record the evidence checker fills
/// (``EvidenceBindingRecord``, what the shared workload binds from) writes exactly the
/// words that binding its findings writes, and that binding the ``EvaluationInput`` it
/// reads as writes: on Ale, on files of the shared peer workload, on random evidence with
/// repeated findings, unassessed facts, unknown, long and non-ASCII items and numbers of
/// more than six decimals. Evidence without a record, with a record that does not match
/// its findings, or edited after checking binds from its findings.
@Suite struct FixedPointRecordBindingTests {
    /// `evidence` bound from its record (which must be taken), from its findings and from
    /// its input, each into facts last bound to `previous`: the words must be equal.
    static func expectSameWords(
        _ program: FixedPointProgram, _ instrument: Instrument, _ evidence: Evidence, after previous: Evidence,
        _ comment: Comment
    ) throws {
        let record = try #require(evidence.bindingRecord, comment)
        var viaRecord = program.makeFacts()
        program.bind(previous, into: &viaRecord)
        #expect(program.bindRecord(record, evidence, into: &viaRecord), comment)
        var viaFindings = program.makeFacts()
        program.bindFindings(previous, into: &viaFindings)
        program.bindFindings(evidence, into: &viaFindings)
        var viaInput = program.makeFacts()
        program.bind(EvaluationInput(evidence: evidence, instrument: instrument), into: &viaInput)
        var viaBind = program.makeFacts()
        program.bind(evidence, into: &viaBind)
        #expect(viaRecord.words == viaFindings.words, comment)
        #expect(viaRecord.words == viaInput.words, comment)
        #expect(viaBind.words == viaRecord.words, comment)
    }

    /// How many of a record's sets bind by item keys (the rest bind from their findings).
    static func keyedSets(_ record: EvidenceBindingRecord) -> Int {
        var count = 0
        var p = 0
        while p < record.entries.count {
            let kind = UInt32(truncatingIfNeeded: record.entries[p].a >> 32)
            p += 1
            guard kind != EvidenceBindingRecord.Kind.scalar, kind != EvidenceBindingRecord.Kind.stringsOnly else { continue }
            count += 1
            p += Int(kind - EvidenceBindingRecord.Kind.firstSet)
        }
        return count
    }

    static func finding(_ fact: Int, _ value: FactValue) -> Finding {
        Finding(fact: fact, value: value, sources: [], note: nil, confidence: nil, by: nil, span: FixedPointBindingTests.span(1))
    }

    /// The Ale example as the checker builds it.
    @Test func aleBindsFromItsRecordWordForWord() throws {
        let instrument = try CompiledEvaluatorTests.shipped()
        let program = try #require(CompiledInstrument(instrument).fixedPoint)
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let ale = try #require(try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: instrument))
        let record = try #require(ale.bindingRecord)
        #expect(record.factEnd <= instrument.facts.count)
        let previous = FixedPointBindingTests.draw(instrument, seed: 17, rareUnrepresentable: true).evidence
        try Self.expectSameWords(program, instrument, ale, after: previous, "Ale")
    }

    /// The first eight files of each variant of the shared peer workload (its instrument,
    /// open sets read by `contains`), each bound over the one before.
    @Test func sharedWorkloadFilesBindFromTheirRecordsWordForWord() throws {
        let folder = RulesTestPaths.fixtures + "/bench-s1"
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let instrument = try #require(try workspace.loadInstrument(directory: folder + "/kompass"))
        let program = try #require(CompiledInstrument(instrument).fixedPoint)
        #expect(program.layout.slots > 0)
        var previous = FixedPointBindingTests.draw(instrument, seed: 5, rareUnrepresentable: true).evidence
        var files = 0
        var keyedSets = 0
        var heldSlots = 0
        for variant in ["h10", "h40", "h80"] {
            let directory = folder + "/evidence/" + variant
            let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".kompass") }
            for name in names.sorted() {
                let evidence = try #require(try workspace.loadEvidence(path: directory + "/" + name, instrument: instrument))
                try Self.expectSameWords(program, instrument, evidence, after: previous, "\(variant)/\(name)")
                let record = try #require(evidence.bindingRecord)
                keyedSets += Self.keyedSets(record)
                var facts = program.makeFacts()
                program.bind(evidence, into: &facts)
                heldSlots += (0..<program.layout.slots).filter { facts.words[instrument.facts.count + $0] == 1 }.count
                previous = evidence
                files += 1
            }
        }
        #expect(files == 24)
        // The membership path is exercised: sets bound by keys, slots found held.
        #expect(keyedSets > 0)
        #expect(heldSlots > 0)
    }

    /// Random evidence for the shipped instrument and for random instruments, made harder:
    /// some facts recorded twice (the last counts), some sets with items that have no key
    /// (non-ASCII, longer than 16 bytes), numbers of 7 to 9 decimals now and then.
    @Test(arguments: [0, 1, 2, 3] as [UInt64])
    func randomEvidenceBindsFromItsRecordWordForWord(seed: UInt64) throws {
        let instrument =
            seed == 0 ? try CompiledEvaluatorTests.shipped() : try WorkloadDifferentialTests.randomInstrument(seed: seed).instrument
        let program = try #require(CompiledInstrument(instrument).fixedPoint)
        var random = SplitMix64(seed: 0xB1D ^ seed)
        var previous = FixedPointBindingTests.draw(instrument, seed: seed, rareUnrepresentable: true).evidence
        var (repeated, stringsOnly, unrepresentable, unassessed) = (0, 0, 0, 0)
        for n in 1...30 as ClosedRange<UInt64> {
            let base = seed &* 1_000 &+ n
            var evidence = FixedPointBindingTests.draw(instrument, seed: base, rareUnrepresentable: true).evidence
            let later = FixedPointBindingTests.draw(instrument, seed: base &+ 500, rareUnrepresentable: n % 2 == 0).evidence
            var findings = evidence.findings
            // Findings of the same facts again, later in the file.
            findings += later.findings.filter { _ in random.chance(0.3) }
            for i in findings.indices {
                guard case .set(let items) = findings[i].value, random.chance(0.2) else { continue }
                let odd = random.pick(["språk", "a-very-long-item-past-sixteen-bytes", "\u{212A}elvin", "tab\u{0}byte"])
                findings[i].value = .set(FactValue.normalizedItems(items + [odd]))
            }
            evidence.findings = findings
            evidence.bindingRecord = EvidenceBindingRecord(findings: evidence.findings)
            let record = try #require(evidence.bindingRecord)
            repeated += Set(findings.map(\.fact)).count < findings.count ? 1 : 0
            stringsOnly += record.entries.contains { UInt32(truncatingIfNeeded: $0.a >> 32) == EvidenceBindingRecord.Kind.stringsOnly } ? 1 : 0
            unrepresentable += record.isRepresentable ? 0 : 1
            unassessed += Set(findings.map(\.fact)).count < instrument.facts.count ? 1 : 0
            try Self.expectSameWords(program, instrument, evidence, after: previous, "seed \(seed), file \(n)")
            previous = evidence
        }
        // Every case named above occurs.
        #expect(repeated > 0)
        #expect(stringsOnly > 0)
        // The shipped instrument has no number facts: only numbers can be unrepresentable.
        let numbers = instrument.facts.contains { $0.type == .number }
        #expect(numbers == (seed != 0))
        #expect((unrepresentable > 0) == numbers)
        #expect(unassessed > 0)
    }

    /// Changing the findings of a checked file (as an edit or a what-if would) clears its
    /// record, so binding reads the changed findings, never the stale record.
    @Test func evidenceEditedAfterCheckingDoesNotBindAStaleRecord() throws {
        let instrument = try CompiledEvaluatorTests.shipped()
        let program = try #require(CompiledInstrument(instrument).fixedPoint)
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let ale = try #require(try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: instrument))
        #expect(ale.bindingRecord != nil)
        var checked = program.makeFacts()
        program.bind(ale, into: &checked)
        let flag = try #require(ale.findings.firstIndex { if case .flag = $0.value { return true } else { return false } })
        let fact = ale.findings[flag].fact
        let yes = try #require({ if case .flag(let y) = ale.findings[flag].value { return y } else { return nil } }() as Bool?)
        let set = try #require(ale.findings.firstIndex { if case .set(let items) = $0.value { return !items.isEmpty } else { return false } })

        var edits: [(String, Evidence)] = []
        var negated = ale
        negated.findings[flag].value = .flag(!yes)
        edits.append(("a flag negated", negated))
        var emptied = ale
        emptied.findings[set].value = .set([])
        edits.append(("a set emptied", emptied))
        var removed = ale
        removed.findings.remove(at: flag)
        edits.append(("a finding removed", removed))
        var appended = ale
        appended.findings.append(Self.finding(fact, .flag(!yes)))
        edits.append(("a finding recorded again", appended))
        for (what, edited) in edits {
            #expect(edited.bindingRecord == nil, "\(what)")
            var viaBind = program.makeFacts()
            program.bind(edited, into: &viaBind)
            var viaInput = program.makeFacts()
            program.bind(EvaluationInput(evidence: edited, instrument: instrument), into: &viaInput)
            #expect(viaBind.words == viaInput.words, "\(what)")
            #expect(viaBind.words != checked.words, "\(what) changes the bound words")
        }
        #expect(negated.findings[flag].fact == fact)
        var facts = program.makeFacts()
        program.bind(negated, into: &facts)
        #expect(facts.words[fact] == (yes ? 0 : 1_000_000))
    }

    /// Evidence built without the checker has no record and binds from its findings; a
    /// record that does not match its findings, or names a fact outside the instrument,
    /// is not used.
    @Test func withoutAMatchingRecordBindingReadsTheFindings() throws {
        let instrument = try CompiledEvaluatorTests.shipped()
        let program = try #require(CompiledInstrument(instrument).fixedPoint)
        let set = try #require(instrument.facts.indices.first { if case .set = instrument.facts[$0].type { return true } else { return false } })
        let flag = try #require(instrument.facts.indices.first { instrument.facts[$0].type == .flag })
        var built = FixedPointBindingTests.draw(instrument, seed: 23, rareUnrepresentable: false).evidence
        #expect(built.bindingRecord == nil)
        var viaBind = program.makeFacts()
        program.bind(built, into: &viaBind)
        var viaInput = program.makeFacts()
        program.bind(EvaluationInput(evidence: built, instrument: instrument), into: &viaInput)
        #expect(viaBind.words == viaInput.words)

        // A record of other findings: a set, bound from its finding, at a position that
        // holds a finding of another fact.
        built.findings = [Self.finding(flag, .flag(true))]
        built.bindingRecord = EvidenceBindingRecord(findings: [Self.finding(set, .set(["språk"]))])
        let mismatched = try #require(built.bindingRecord)
        var facts = program.makeFacts()
        #expect(!program.bindRecord(mismatched, built, into: &facts))
        program.bind(built, into: &facts)
        #expect(facts.words[flag] == 1_000_000)
        #expect(facts.words[set] == Int64.min)
        #expect(facts.isRepresentable)

        // A fact outside the instrument: not representable, as from the findings.
        built.findings = [Self.finding(flag, .flag(true)), Self.finding(instrument.facts.count, .flag(true))]
        built.bindingRecord = EvidenceBindingRecord(findings: built.findings)
        #expect(built.bindingRecord?.factEnd == instrument.facts.count + 1)
        program.bind(built, into: &facts)
        #expect(!facts.isRepresentable)
        #expect(facts.words[flag] == 1_000_000)
        // A negative fact index gets no record at all.
        #expect(EvidenceBindingRecord(findings: [Self.finding(-1, .flag(true))]) == nil)
    }

    /// Item keys are exact: distinct items of at most 16 ASCII bytes have distinct keys,
    /// any other item has none, and a slot item that is not ASCII makes its fact's sets
    /// bind by comparing strings (U+212A KELVIN SIGN is the same `String` as "K").
    @Test func itemKeysAreExact() throws {
        let items = [
            "", "a", "b", "ab", "ba", "a\u{1}", "abcdefgh", "abcdefgha", "abcdefghabcdefgh", "abcdefghabcdefgi",
            "bcdefghabcdefgh", "tolk", "arabiska", "pensionarsrad", "ungdomsrad",
        ]
        let keys = try items.map { try #require(EvidenceBindingRecord.key($0), "\($0)") }
        for i in items.indices {
            for j in items.indices { #expect((keys[i] == keys[j]) == (i == j), "\(items[i]) vs \(items[j])") }
        }
        #expect(EvidenceBindingRecord.key("") == EvidenceBindingRecord.Entry(a: 0, b: 0))
        #expect(EvidenceBindingRecord.key("ab") == EvidenceBindingRecord.Entry(a: 0x6261, b: 0))
        for item in ["abcdefghabcdefghi", "språk", "\u{212A}", "a\u{0}"] { #expect(EvidenceBindingRecord.key(item) == nil, "\(item)") }
        let slots = FixedPointSlotKeys(items: ["tolk", "\u{212A}elvin", "a-very-long-item-past-sixteen-bytes"], factSlotStart: [0, 1, 2, 3])
        #expect(slots.factNeedsStrings == [false, true, false])
        #expect(Array(slots.words[4...5]) == [.max, .max])
    }

    /// An instrument whose rules name non-ASCII items: an item that is the same `String`
    /// with other bytes (an ASCII "K" for U+212A KELVIN SIGN, a composed "å" for "a" and
    /// a combining ring) holds its slot, through the record as through the findings, and
    /// the fixed-point total is the `Rational` evaluator's.
    @Test func nonASCIIItemsMatchLikeStrings() throws {
        #expect("\u{212A}elvin" == "Kelvin")
        #expect("spra\u{30A}k" == "språk")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("record-binding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = """
            instrument "T" version "1"

            fact s: set "S"

            area 1 "A" max 10

            subarea 1.1 "B" max 10
              rule 1.1.a "C"
                when s contains "\u{212A}elvin" award 3
              rule 1.1.b "D"
                when s contains tolk award 2
              rule 1.1.c "E"
                when s contains "spra\u{30A}k" award 1

            """
        try Data(text.utf8).write(to: directory.appendingPathComponent("t.kompass"))
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let loaded = try workspace.loadInstrument(directory: directory.path)
        let instrument = try #require(loaded, "\(workspace.renderedDiagnostics(colour: false))")
        let program = try #require(CompiledInstrument(instrument).fixedPoint)
        #expect(program.slotKeys.factNeedsStrings == [true])
        let compiled = CompiledInstrument(instrument)
        for items in [["Kelvin"], ["Kelvin", "tolk"], ["tolk"], ["\u{212A}elvin"], ["språk"], ["spra\u{30A}k", "tolk"], []] {
            var evidence = FixedPointBindingTests.draw(instrument, seed: 1, rareUnrepresentable: false).evidence
            evidence.findings = [Self.finding(0, .set(items))]
            evidence.bindingRecord = EvidenceBindingRecord(findings: evidence.findings)
            try Self.expectSameWords(program, instrument, evidence, after: evidence, "\(items)")
            var facts = program.makeFacts()
            program.bind(evidence, into: &facts)
            #expect(program.slotItem.count == 3)
            for (k, item) in program.slotItem.enumerated() {
                #expect(facts.words[Int(program.slotIndex[k])] == (items.contains(item) ? 1 : 0), "\(items) contains \(item)")
            }
            let held = program.slotIndex.map { facts.words[Int($0)] }.reduce(0, +)
            #expect(held == Int64(items.count), "\(items): every item holds one slot")
            var scratch = program.makeScratch()
            #expect(program.evaluate(facts, into: &scratch))
            let plain = try Evaluator(instrument: compiled.instrument).score(EvaluationInput(evidence: evidence, instrument: instrument))
            #expect(scratch.total == plain.total, "\(items)")
        }
    }
}
