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
        }
    }

    /// Binds a checked evidence file directly (as `EvaluationInput(evidence:instrument:)`
    /// would read it: the last finding of a fact counts), without building the input.
    public func bind(_ evidence: Evidence, into facts: inout FixedPointFacts) {
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
                    ok = bind(fact, findings[i].value, words) && ok
                }
            }
            for judgement in evidence.judgements {
                guard judgement.target >= 0, judgement.target < layout.rules else {
                    ok = false
                    continue
                }
                ok = bind(judgement.value, at: layout.judgement + judgement.target, words) && ok
            }
            for override in evidence.overrides {
                guard override.target >= 0, override.target < layout.subareas else {
                    ok = false
                    continue
                }
                ok = bind(override.value, at: layout.override + override.target, words) && ok
            }
            words[layout.representable] = ok ? 1 : 0
        }
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

    /// Whether `items` holds `item`: UTF-8 lengths first (one load each), so the full
    /// comparison runs only for items of the slot item's length.
    @inline(__always)
    static func contains(_ items: [String], _ item: String) -> Bool {
        let length = item.utf8.count
        for candidate in items where candidate.utf8.count == length && candidate == item { return true }
        return false
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
