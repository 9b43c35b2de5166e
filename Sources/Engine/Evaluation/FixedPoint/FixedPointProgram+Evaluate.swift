extension FixedPointProgram {
    /// Scores bound findings into `scratch`: subarea, area and total points with their
    /// bounds (the full trace of every rule is ``evaluateWithTrace(_:into:)``'s). Returns
    /// false, leaving `scratch` without a usable result, when the evaluation is not
    /// representable in micro-units (the caller then scores with the `Rational` path).
    /// Allocates nothing.
    public func evaluate(_ facts: FixedPointFacts, into scratch: inout FixedPointScratch) -> Bool {
        run(facts, &scratch, FixedPointUntraced.self)
    }

    /// ``evaluate(_:into:)`` recording the full flat trace in the same pass (each rule's
    /// share of its subarea's cap cut, each weighted rule's points), from which
    /// ``CompiledInstrument/score(fixedPoint:input:)`` builds the ``Score``. Allocates nothing.
    public func evaluateWithTrace(_ facts: FixedPointFacts, into scratch: inout FixedPointScratch) -> Bool {
        run(facts, &scratch, FixedPointTraced.self)
    }

    @inline(__always)
    func run<T: FixedPointTracing>(_ facts: FixedPointFacts, _ scratch: inout FixedPointScratch, _: T.Type) -> Bool {
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
                        let frame = FixedPointFrame<T>(
                            layout, facts: facts, scratch: s, unassessedUpper: upper, lists: lists)
                        return evaluate(frame)
                    }
                }
            }
        }
    }

    /// Every table's loop, then the aggregation: the bounded one when FixedPointBound
    /// admits the evaluation, else the checked one.
    @inline(__always)
    func evaluate<T: FixedPointTracing>(_ frame: FixedPointFrame<T>) -> Bool {
        let trace = T.records
        comparisons.withUnsafeBufferPointer { Self.comparisons($0, frame) }
        truthTables.withUnsafeBufferPointer { rows in
            Self.truthTables(UnsafeBufferPointer(rebasing: rows[..<shortTruthTables]), frame, threeTests: false)
            Self.truthTables(UnsafeBufferPointer(rebasing: rows[shortTruthTables...]), frame, threeTests: true)
        }
        conditions.withUnsafeBufferPointer { rows in ops.withUnsafeBufferPointer { Self.conditions(rows, $0, frame) } }
        stepRules.withUnsafeBufferPointer { rows in
            steps.withUnsafeBufferPointer { Self.steps(rows, $0, frame) }
        }
        lookups.withUnsafeBufferPointer { rows in
            lookupValues.withUnsafeBufferPointer { Self.lookups(rows, $0, frame) }
        }
        var spread: UInt64 = 0
        var ok = perUnits.withUnsafeBufferPointer { Self.perUnits($0, frame, &spread, trace: trace) }
        ok = linears.withUnsafeBufferPointer { Self.linears($0, frame) } && ok
        ok = judgements.withUnsafeBufferPointer { Self.judgements($0, frame, &spread) } && ok
        guard ok else { return false }
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
