extension FixedPointProgram {
    /// Scores bound findings into `scratch`: subarea, area and total points with their
    /// bounds (the full trace of every rule is ``evaluateWithTrace(_:into:)``'s). Returns
    /// false, leaving `scratch` without a usable result, when the evaluation is not
    /// representable in micro-units (the caller then scores with the `Rational` path).
    /// Allocates nothing.
    ///
    /// Most evaluations sum directly (FixedPointProgram+DirectSums.swift): only points are
    /// written. One that overrides a subarea, has a negative value or values too large for
    /// the unchecked sums is scored again with every rule's value and bound and checked
    /// sums; the result is the same either way.
    public func evaluate(_ facts: FixedPointFacts, into scratch: inout FixedPointScratch) -> Bool {
        if let scored = evaluateDirectly(facts, into: &scratch) { return scored }
        return run(facts, &scratch, FixedPointUntraced.self) ?? false
    }

    /// ``evaluate(_:into:)`` by the direct sums only: whether the evaluation is
    /// representable, or nil when the direct sums do not apply to the program or to these
    /// findings (then `scratch` holds no result).
    @inline(__always)
    func evaluateDirectly(_ facts: FixedPointFacts, into scratch: inout FixedPointScratch) -> Bool? {
        guard sumsDirectly else { return nil }
        return run(facts, &scratch, FixedPointDirect.self)
    }

    /// ``evaluate(_:into:)`` recording the full flat trace in the same pass (each rule's
    /// share of its subarea's cap cut, each weighted rule's points), from which
    /// ``CompiledInstrument/score(fixedPoint:input:)`` builds the ``Score``. Allocates nothing.
    public func evaluateWithTrace(_ facts: FixedPointFacts, into scratch: inout FixedPointScratch) -> Bool {
        run(facts, &scratch, FixedPointTraced.self) ?? false
    }

    /// Whether the evaluation is representable, or nil when it sums directly and its
    /// findings need the checked path (never otherwise).
    @inline(__always)
    func run<T: FixedPointTracing>(_ facts: FixedPointFacts, _ scratch: inout FixedPointScratch, _: T.Type) -> Bool? {
        guard facts.layout == layout, scratch.layout == layout else { return false }
        let layout = layout
        return facts.words.withUnsafeBufferPointer { factWords in
            scratch.words.withUnsafeMutableBufferPointer { scratchWords in
                unassessedUpper.withUnsafeBufferPointer { upper in
                    lists.withUnsafeBufferPointer { lists in
                        guard let facts = factWords.baseAddress, let s = scratchWords.baseAddress,
                            let upper = upper.baseAddress, let lists = lists.baseAddress
                        else { return false }
                        s[layout.traced] = 0
                        guard facts[layout.representable] == 1 else { return false }
                        if T.sumsDirectly && facts[layout.overridden] != 0 { return nil }
                        let frame = FixedPointFrame<T>(layout, facts: facts, scratch: s, unassessedUpper: upper, lists: lists)
                        return evaluate(frame)
                    }
                }
            }
        }
    }

    /// Every table's loop, then the aggregation: the direct sums' finish, the bounded one
    /// when FixedPointBound admits the evaluation, else the checked one. Nil when summing
    /// directly does not apply to the evaluation's values.
    @inline(__always)
    func evaluate<T: FixedPointTracing>(_ frame: FixedPointFrame<T>) -> Bool? {
        let trace = T.records
        if T.sumsDirectly { frame.sums.update(repeating: 0, count: layout.subareas &+ layout.areas) }
        // Summing directly, the kinds of constant outcomes read their direct copies
        // (FixedPointDirectTables: rows indexed by subarea, constants times weights).
        let direct = T.sumsDirectly
        if direct {
            let plain = self.direct.plainComparisons
            self.direct.comparisons.withUnsafeBufferPointer { rows in
                Self.comparisons(rows.unchecked(0, plain), frame, plain: true)
                Self.comparisons(rows.unchecked(plain, rows.count), frame)
            }
            let ends = self.direct.truthTableEnds
            self.direct.truthTables.withUnsafeBufferPointer { rows in
                Self.truthTables(
                    rows.unchecked(0, ends.insideShort), frame, threeTests: false, insideOnly: true)
                Self.truthTables(
                    rows.unchecked(ends.insideShort, ends.insideThree), frame, threeTests: true,
                    insideOnly: true)
                // Those with assessed bits are few: one loop, short ones evaluating their
                // first test's copy as the third, which their tables ignore.
                Self.truthTables(rows.unchecked(ends.insideThree, rows.count), frame, threeTests: true)
            }
        } else {
            comparisons.withUnsafeBufferPointer { Self.comparisons($0, frame) }
            truthTables.withUnsafeBufferPointer { rows in
                Self.truthTables(rows.unchecked(0, shortTruthTables), frame, threeTests: false)
                Self.truthTables(rows.unchecked(shortTruthTables, rows.count), frame, threeTests: true)
            }
        }
        (direct ? self.direct.conditions : conditions).withUnsafeBufferPointer { rows in
            ops.withUnsafeBufferPointer { Self.conditions(rows, $0, frame) }
        }
        (direct ? self.direct.stepRules : stepRules).withUnsafeBufferPointer { rows in
            (direct ? self.direct.steps : steps).withUnsafeBufferPointer { table in
                // Summing directly, the narrow tables reading their fact's scalar come first.
                let values = direct ? self.direct.valueNarrowStepRules : 0
                Self.steps(rows.unchecked(0, values), table, frame, narrow: true, valueInputs: true)
                Self.steps(rows.unchecked(values, narrowStepRules), table, frame, narrow: true)
                Self.steps(rows.unchecked(narrowStepRules, rows.count), table, frame, narrow: false)
            }
        }
        var spread: UInt64 = 0
        var ok = true
        if direct {
            let valueLookups = self.direct.valueLookups
            self.direct.lookups.withUnsafeBufferPointer { rows in
                self.direct.lookupEntries.withUnsafeBufferPointer { contributions in
                    guard let contributions = contributions.baseAddress else { return }
                    Self.directLookups(
                        rows.unchecked(0, valueLookups), contributions, frame, valueInputs: true)
                    Self.directLookups(
                        rows.unchecked(valueLookups, rows.count), contributions, frame, valueInputs: false)
                }
            }
            let whole = self.direct.wholeAwardPerUnits
            let values = self.direct.valuePerUnits
            let counts = self.direct.countPerUnits
            self.direct.perUnits.withUnsafeBufferPointer { rows in
                Self.directPerUnits(
                    rows.unchecked(0, whole), frame, &spread, valueInputs: true, wholeAward: true)
                Self.directPerUnits(
                    rows.unchecked(whole, values), frame, &spread, valueInputs: true)
                self.direct.countLists.withUnsafeBufferPointer { lists in
                    guard let lists = lists.baseAddress else { return }
                    Self.directCounts(rows.unchecked(values, counts), lists, frame, &spread)
                }
                Self.directPerUnits(
                    rows.unchecked(counts, rows.count), frame, &spread, valueInputs: false)
            }
        } else {
            lookups.withUnsafeBufferPointer { rows in
                lookupValues.withUnsafeBufferPointer { Self.lookups(rows, $0, frame) }
            }
            ok = perUnits.withUnsafeBufferPointer { rows in
                let values = Self.perUnits(
                    rows.unchecked(0, valuePerUnits), frame, &spread, trace: trace, valueInputs: true)
                let others = Self.perUnits(
                    rows.unchecked(valuePerUnits, rows.count), frame, &spread, trace: trace, valueInputs: false)
                return values && others
            }
        }
        if direct {
            // Either returns false at its first row that is not representable.
            let valueRows = self.direct.valueLinears
            ok =
                self.direct.linears.withUnsafeBufferPointer { rows in
                    Self.directLinears(rows.unchecked(0, valueRows), frame, valueInputs: true)
                        && Self.directLinears(
                            rows.unchecked(valueRows, rows.count), frame, valueInputs: false)
                } && ok
        } else {
            ok = linears.withUnsafeBufferPointer { Self.linears($0, frame) } && ok
        }
        if direct {
            let plain = self.direct.plainJudgements
            ok =
                ok
                && self.direct.judgements.withUnsafeBufferPointer { rows in
                    Self.directJudgements(rows.unchecked(0, plain), frame, &spread, divides: false)
                        && Self.directJudgements(
                            rows.unchecked(plain, rows.count), frame, &spread, divides: true)
                }
        } else {
            ok = judgements.withUnsafeBufferPointer { Self.judgements($0, frame, &spread) } && ok
        }
        guard ok else { return false }
        if T.sumsDirectly {
            // The spread of bit patterns: below the bound only when no value is negative.
            guard spread < totalsBound else { return nil }
            subareaSums.withUnsafeBufferPointer { sums in
                areas.withUnsafeBufferPointer { areas in Self.finishDirectSums(sums, areas, frame) }
            }
            return true
        }
        if spread < valueBound {
            ok = subareas.withUnsafeBufferPointer { subareas in
                weight.withUnsafeBufferPointer { weight in
                    areas.withUnsafeBufferPointer { areas in
                        areaSubareas.withUnsafeBufferPointer { areaSubareas in
                            subareasByKind.withUnsafeBufferPointer { byKind in
                                Self.boundedAggregate(
                                    subareas, weight, areas, areaSubareas, fineMultiple, frame,
                                    byKind: byKind, plainCount: plainSubareaCount, totalsBounded: spread < totalsBound,
                                    trace: trace)
                            }
                        }
                    }
                }
            }
        } else {
            ok = subareas.withUnsafeBufferPointer { subareas in
                subareaRules.withUnsafeBufferPointer { rules in
                    weight.withUnsafeBufferPointer { weight in
                        areas.withUnsafeBufferPointer { areas in
                            areaSubareas.withUnsafeBufferPointer { areaSubareas in
                                Self.aggregate(
                                    subareas, rules, weight, areas, areaSubareas, fineMultiple, frame, trace: trace)
                            }
                        }
                    }
                }
            }
        }
        if ok && trace { frame.totals[3] = 1 }
        return ok
    }
}
