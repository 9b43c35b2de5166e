extension FixedPointProgram {
    /// Binds findings into `facts` (reused: nothing is allocated): each fact's scalar in
    /// micro-units (a flag's 0/1, a level's index, a number, a set's count), each
    /// membership slot's flag, each judgement and override. A value that is not a whole
    /// number of micro-units (more than six decimals) or does not fit marks `facts` not
    /// representable.
    public func bind(_ input: EvaluationInput, into facts: inout FixedPointFacts) {
        guard facts.layout == layout, input.values.count == layout.facts, input.judgements.count == layout.rules,
            input.overrides.count == layout.subareas
        else {
            facts = makeFacts()
            facts.words[layout.representable] = 0
            return
        }
        let layout = layout
        facts.words.withUnsafeMutableBufferPointer { words in
            var ok = true
            for (fact, value) in input.values.enumerated() {
                ok = bind(fact, value, words) && ok
            }
            for (r, judgement) in input.judgements.enumerated() {
                ok = bind(judgement, at: layout.judgement + r, words) && ok
            }
            for (s, override) in input.overrides.enumerated() {
                ok = bind(override?.value, at: layout.override + s, words) && ok
            }
            words[layout.representable] = ok ? 1 : 0
            markOverrides(words)
        }
    }

    /// Binds a checked evidence file directly (as `EvaluationInput(evidence:instrument:)`
    /// would read it: the last finding of a fact counts), without building the input:
    /// from its ``Evidence/bindingRecord`` when it has one (16 bytes a finding, no string
    /// touched), else from its findings. Both write the same words.
    public func bind(_ evidence: Evidence, into facts: inout FixedPointFacts) {
        if let record = evidence.bindingRecord, record.factEnd <= layout.facts,
            bindRecord(record, evidence, into: &facts)
        {
            return
        }
        bindFindings(evidence, into: &facts)
    }

    /// Binds `evidence` from its findings (the path without a record).
    func bindFindings(_ evidence: Evidence, into facts: inout FixedPointFacts) {
        if facts.layout != layout { facts = makeFacts() }
        let layout = layout
        let factCount = UInt(layout.facts)
        facts.words.withUnsafeMutableBufferPointer { words in
            for i in 0..<layout.representable { words[i] = MicroUnits.unassessed }
            var ok = true
            evidence.findings.withUnsafeBufferPointer { findings in
                // A file's findings lie wherever the parser put them, each in a line of its
                // own: read every fact index first, in a loop without data-dependent
                // branches, so the processor overlaps the cache misses instead of taking one
                // per finding in the binding loop below.
                var outsideCount: UInt = 0
                for i in findings.indices { outsideCount &+= UInt(bitPattern: findings[i].fact) >= factCount ? 1 : 0 }
                let outside = outsideCount != 0
                // Then every set's item list (the findings are cached now, so these loads
                // overlap too), storing its count: the binding loop stores it again, in order.
                if !outside {
                    for i in findings.indices {
                        if case .set(let items) = findings[i].value {
                            words[findings[i].fact] = MicroUnits.of(count: Int64(items.count)) ?? MicroUnits.unassessed
                        }
                    }
                }
                for i in findings.indices {
                    let fact = findings[i].fact
                    guard outside == false || UInt(bitPattern: fact) < factCount else {
                        ok = false
                        continue
                    }
                    // A value bound over by a later finding of its fact does not count.
                    if !bind(fact, findings[i].value, words), !findings[(i + 1)...].contains(where: { $0.fact == fact }) {
                        ok = false
                    }
                }
            }
            bindVerdicts(evidence, words, &ok)
            words[layout.representable] = ok ? 1 : 0
            markOverrides(words)
        }
    }

    /// Binds `evidence` from `record`, whose facts are all below `layout.facts`. False,
    /// with `facts` to be bound again, when the record does not match the findings (a
    /// set's finding is not where the record says).
    func bindRecord(_ record: EvidenceBindingRecord, _ evidence: Evidence, into facts: inout FixedPointFacts) -> Bool {
        typealias Kind = EvidenceBindingRecord.Kind
        if facts.layout != layout { facts = makeFacts() }
        let layout = layout
        return facts.words.withUnsafeMutableBufferPointer { words in
            for i in 0..<layout.representable { words[i] = MicroUnits.unassessed }
            var ok = record.isRepresentable
            let matches = record.entries.withUnsafeBufferPointer { entries in
                slotKeys.words.withUnsafeBufferPointer { keys in
                    var p = 0
                    while p < entries.count {
                        let header = entries[p]
                        let fact = Int(UInt32(truncatingIfNeeded: header.a))
                        let kind = UInt32(truncatingIfNeeded: header.a >> 32)
                        let first = Int(factSlotStart[fact])
                        let end = Int(factSlotStart[fact + 1])
                        p += 1
                        if kind == Kind.scalar {
                            words[fact] = Int64(bitPattern: header.b)
                            for k in first..<end { words[Int(slotIndex[k])] = 0 }
                            continue
                        }
                        let count = kind == Kind.stringsOnly ? 0 : Int(kind - Kind.firstSet)
                        if kind == Kind.stringsOnly || slotKeys.factNeedsStrings[fact] {
                            guard let representable = bindFinding(evidence, at: Int(header.b), fact: fact, words) else {
                                return false
                            }
                            ok = representable && ok
                        } else {
                            // Each slot is held when one of the set's item keys is its key.
                            for k in first..<end {
                                let (a, b) = (keys[2 * k], keys[2 * k + 1])
                                var held: Int64 = 0
                                for j in p..<(p + count) { held |= entries[j].a == a && entries[j].b == b ? 1 : 0 }
                                words[Int(slotIndex[k])] = held
                            }
                            words[fact] = Int64(count) &* MicroUnits.scale
                        }
                        p += count
                    }
                    return true
                }
            }
            guard matches else { return false }
            bindVerdicts(evidence, words, &ok)
            words[layout.representable] = ok ? 1 : 0
            markOverrides(words)
            return true
        }
    }

    /// The set of `fact` from the finding at `position` (out of line: rare, and it keeps
    /// the record loop's registers free); false when not representable, nil when that
    /// finding is not of `fact`.
    @inline(never)
    func bindFinding(_ evidence: Evidence, at position: Int, fact: Int, _ words: UnsafeMutableBufferPointer<Int64>) -> Bool? {
        guard position < evidence.findings.count, evidence.findings[position].fact == fact else { return nil }
        return bind(fact, evidence.findings[position].value, words)
    }

    /// An evidence file's judgements and overrides (the last of a target counts).
    @inline(__always)
    func bindVerdicts(_ evidence: Evidence, _ words: UnsafeMutableBufferPointer<Int64>, _ ok: inout Bool) {
        for (j, judgement) in evidence.judgements.enumerated() {
            let target = judgement.target
            guard target >= 0, target < layout.rules else {
                ok = false
                continue
            }
            if !bind(judgement.value, at: layout.judgement + target, words),
                !evidence.judgements[(j + 1)...].contains(where: { $0.target == target })
            {
                ok = false
            }
        }
        for (o, override) in evidence.overrides.enumerated() {
            let target = override.target
            guard target >= 0, target < layout.subareas else {
                ok = false
                continue
            }
            if !bind(override.value, at: layout.override + target, words),
                !evidence.overrides[(o + 1)...].contains(where: { $0.target == target })
            {
                ok = false
            }
        }
    }

    /// Records whether any subarea is overridden, from the bound override words: an
    /// evaluation with an override checks its sums (it does not sum directly).
    @inline(__always)
    func markOverrides(_ words: UnsafeMutableBufferPointer<Int64>) {
        var any: Int64 = 0
        for s in 0..<layout.subareas { any |= words[layout.override + s] != MicroUnits.unassessed ? 1 : 0 }
        words[layout.overridden] = any
    }

    /// One fact's scalar and its membership slots; false when not representable.
    @inline(__always)
    func bind(_ fact: Int, _ value: FactValue?, _ words: UnsafeMutableBufferPointer<Int64>) -> Bool {
        let first = Int(factSlotStart[fact])
        let end = Int(factSlotStart[fact + 1])
        guard let value else {
            words[fact] = MicroUnits.unassessed
            for k in first..<end { words[Int(slotIndex[k])] = MicroUnits.unassessed }
            return true
        }
        let micro: Int64?
        switch value {
        case .flag(let yes):
            words[fact] = yes ? MicroUnits.scale : 0
            for k in first..<end { words[Int(slotIndex[k])] = 0 }
            return true
        case .level(let index): micro = MicroUnits.of(count: Int64(index))
        case .number(let number): micro = MicroUnits.of(number)
        case .set(let items):
            micro = MicroUnits.of(count: Int64(items.count))
            for k in first..<end { words[Int(slotIndex[k])] = Self.contains(items, slotItem[k]) ? 1 : 0 }
            words[fact] = micro ?? MicroUnits.unassessed
            return micro != nil
        }
        for k in first..<end { words[Int(slotIndex[k])] = 0 }
        words[fact] = micro ?? MicroUnits.unassessed
        return micro != nil
    }

    /// Whether `items` holds `item`, by `String` equality as the `Rational` path compares
    /// them: canonically equivalent items are equal even when their UTF-8 lengths differ
    /// ("å" composed or as "a" and a ring), so no length comparison may come first.
    @inline(__always)
    static func contains(_ items: [String], _ item: String) -> Bool {
        items.contains(item)
    }

    /// A judgement or override at `index`; false when not representable.
    @inline(__always)
    func bind(_ value: Rational?, at index: Int, _ words: UnsafeMutableBufferPointer<Int64>) -> Bool {
        guard let value else {
            words[index] = MicroUnits.unassessed
            return true
        }
        let micro = MicroUnits.of(value)
        words[index] = micro ?? MicroUnits.unassessed
        return micro != nil
    }
}
