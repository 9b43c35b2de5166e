// One tight loop per primitive kind over its contiguous table, writing each rule's value
// and upper bound (see FixedPointFrame). Each returns false when a result is not a whole number of
// micro-units, overflows, or could overflow the Rational path (see
// MicroUnits.safeMagnitude): the evaluation is then not representable. The kinds whose
// values are not bounded by constants (per-unit counts, judgements) also fold every value
// into `spread` (see FixedPointBound) for the unchecked aggregation's precondition; when
// summing directly, as bit patterns, so that a negative value makes the spread too large
// (see FixedPointProgram+DirectSums.swift).

extension FixedPointProgram {
    /// Single comparisons, without branches: `holds` by one unsigned compare, the value and
    /// upper bound by masks (an unassessed comparison's upper bound is its award). With
    /// `plain` (direct rows only: not negated, and the interval cannot hold the unassessed
    /// mark, see FixedPointDirectTables), `holds` alone decides the value.
    @inline(__always)
    static func comparisons<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointComparison>, _ f: FixedPointFrame<T>, plain: Bool = false
    ) {
        for row in rows {
            let x = f.scalar[Int(row.slot)]
            if f.direct && plain {
                let holds: UInt64 = UInt64(bitPattern: x &- row.low) <= row.span ? 1 : 0
                f.sums[Int(row.rule)] &+= row.award & f.mask(holds)
                continue
            }
            let known: UInt64 = x != MicroUnits.unassessed ? 1 : 0
            let holds: UInt64 = (UInt64(bitPattern: x &- row.low) <= row.span ? 1 : 0) ^ row.negate
            let r = Int(row.rule)
            if f.direct {
                // A direct row: `rule` is the subarea, `award` weighted (FixedPointDirectTables).
                f.sums[r] &+= row.award & f.mask(holds & known)
                continue
            }
            f.value[r] = row.award & Int64(bitPattern: 0 &- (holds & known))
            f.upper[r] = row.award & Int64(bitPattern: 0 &- (holds | (known ^ 1)))
            if f.trace { f.assessed[r] = Int64(known) }
        }
    }

    /// Step tables: the value of the last step reached. Every table is a leading entry and
    /// its `width` steps (see RuleLowering.layOutSteps), whose thresholds ascend within
    /// ±2⁶¹ (the program is not built otherwise): the steps reached are the first `k`,
    /// counted by the sign bits of the differences from the input clamped to −2⁶²..<2⁶² (no
    /// compare for the optimiser to turn into a branch), and the value is entry `k`'s.
    ///
    /// With `narrow`, every row is a table padded to RuleLowering.narrowWidth steps (the
    /// padding never reached): the loop runs that constant number of times. With
    /// `valueInputs` every row reads its fact's scalar, so the loop does not branch on the kind.
    @inline(__always)
    static func steps<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointSteps>, _ table: UnsafeBufferPointer<FixedPointStep>,
        _ f: FixedPointFrame<T>, narrow: Bool, valueInputs: Bool = false
    ) {
        guard let table = table.baseAddress else { return }
        for row in rows {
            let x = valueInputs ? f.scalar[Int(row.input.fact)] : f.read(row.input)
            let start = Int(row.start)
            let width = narrow ? RuleLowering.narrowWidth : Int(row.end &- row.start) &- 1
            let clamped = Swift.min(
                Swift.max(x, -2 * RuleLowering.stepLimit), RuleLowering.unreached - 1)
            // Each difference is negative, its sign bit -1, exactly when the step is not reached.
            var missed: Int64 = 0
            var i = start &+ 1
            while i <= start &+ width {
                missed &+= (clamped &- table[i].threshold) >> 63
                i &+= 1
            }
            let value = table[start &+ width &+ Int(missed)].value
            if f.direct {
                // A direct row: `rule` is the subarea and the values are weighted
                // (FixedPointDirectTables). An unassessed input, clamped to −2⁶², reaches
                // no step: the leading entry, 0, so it needs no mask.
                f.sums[Int(row.rule)] &+= value
                continue
            }
            f.record(Int(row.rule), value, known: x != MicroUnits.unassessed)
        }
    }

    /// Step tables read by one lookup (see ``FixedPointLookup``): the input clamped to
    /// `low...high`, then entry `(x − low) / 10⁶ + 1` (a multiply and a shift), or entry 0
    /// when the input is unassessed.
    @inline(__always)
    static func lookups<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointLookup>, _ entries: UnsafeBufferPointer<FixedPointOutcome>,
        _ f: FixedPointFrame<T>
    ) {
        guard let entries = entries.baseAddress else { return }
        for row in rows {
            let x = f.read(row.input)
            let clamped = Swift.min(Swift.max(x, row.low), row.high)
            let step = UInt64(bitPattern: clamped &- row.low) / UInt64(MicroUnits.scale) &+ 1
            let index = x != MicroUnits.unassessed ? step : 0
            let entry = entries[Int(row.start) &+ Int(index)]
            // (Summing directly, lookups are directLookups'.)
            let r = Int(row.rule)
            f.value[r] = entry.value
            f.upper[r] = entry.upper
            if f.trace { f.assessed[r] = Int64(index != 0 ? 1 : 0) }
        }
    }

    /// ``lookups(_:_:_:)`` for an evaluation that sums directly, over the direct rows
    /// (``FixedPointDirectLookup``): each entry's value times its rule's weight
    /// (`contributions`, 8 bytes an entry) added into the subarea's sum, at
    /// `(x − bias) / 10⁶`, the row's first entry folded into the bias.
    /// With `valueInputs` every row reads its fact's scalar (the rows are sorted by the kind
    /// of input), so the loop does not branch on the kind. An unassessed input
    /// (``MicroUnits/unassessed``, the least Int64) clamps to `low`: no step reached,
    /// which counts 0 as the unassessed entry does, so no test chooses between them.
    @inline(__always)
    static func directLookups<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointDirectLookup>, _ contributions: UnsafePointer<Int64>,
        _ f: FixedPointFrame<T>, valueInputs: Bool
    ) {
        for row in rows {
            let x = valueInputs ? f.scalar[Int(row.input.fact)] : f.read(row.input)
            let clamped = Swift.min(Swift.max(x, row.low), row.high)
            let index = UInt64(bitPattern: clamped &- row.bias) / UInt64(MicroUnits.scale)
            f.sums[Int(row.subarea)] &+= contributions[Int(index)]
        }
    }

    /// ``perUnits(_:_:_:trace:valueInputs:)`` for an evaluation that sums directly, over the
    /// direct rows (``FixedPointDirectPerUnit``): `min(units · award, cap) · weight` added
    /// into the subarea's sum, an unassessed input counting 0 units. Anything the checked
    /// path treats apart (a count that is not a whole number of units, a product that
    /// overflows) sets `spread` to all ones, so that the evaluation is scored again by
    /// the checked path, which decides; a negative value makes `spread` too large as well.
    /// With `valueInputs` every row reads its fact's scalar, which must be a whole number of
    /// units; the others read a count or an integer part, whole by construction.
    /// With `wholeAward` too (rows whose award is a whole number of units, the first: see
    /// FixedPointDirectTables), `award` is in units and the product is `x · award`, the
    /// checked path's `award · x / 10⁶` exactly, whether `x` is whole or not: no division.
    @inline(__always)
    static func directPerUnits<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointDirectPerUnit>, _ f: FixedPointFrame<T>, _ spread: inout UInt64,
        valueInputs: Bool, wholeAward: Bool = false
    ) {
        for row in rows {
            if valueInputs && wholeAward {
                let x = f.scalar[Int(row.input.fact)]
                let (product, overflow) = (x != MicroUnits.unassessed ? x : 0).multipliedReportingOverflow(by: row.award)
                let kept = Swift.min(product, row.cap)
                spread |= UInt64(bitPattern: kept) | (overflow ? .max : 0)
                f.sums[Int(row.subarea)] &+= kept &* row.weight
                continue
            }
            let units: Int64
            if valueInputs {
                let x = f.scalar[Int(row.input.fact)]
                let count = x != MicroUnits.unassessed ? x : 0
                units = count / MicroUnits.scale
                if units &* MicroUnits.scale != count { spread = .max }
            } else {
                units = f.wholeUnits(row.input)
            }
            let (product, overflow) = row.award.multipliedReportingOverflow(by: units)
            let kept = Swift.min(product, row.cap)
            spread |= UInt64(bitPattern: kept) | (overflow ? .max : 0)
            f.sums[Int(row.subarea)] &+= kept &* row.weight
        }
    }

    /// ``directPerUnits(_:_:_:valueInputs:wholeAward:)`` for counts of listed slots padded
    /// to FixedPointDirectTables.countWidth (see FixedPointDirectTables+PerUnits.swift):
    /// exactly that many slots summed, no loop over a row's own count; an unassessed fact
    /// counts 0 units.
    @inline(__always)
    static func directCounts<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointDirectPerUnit>, _ lists: UnsafePointer<Int32>, _ f: FixedPointFrame<T>,
        _ spread: inout UInt64
    ) {
        for row in rows {
            let start = Int(row.input.start)
            var held: Int64 = 0
            for k in 0..<FixedPointDirectTables.countWidth { held &+= f.scalar[Int(lists[start &+ k])] }
            let units = f.scalar[Int(row.input.fact)] != MicroUnits.unassessed ? held : 0
            let (product, overflow) = row.award.multipliedReportingOverflow(by: units)
            let kept = Swift.min(product, row.cap)
            spread |= UInt64(bitPattern: kept) | (overflow ? .max : 0)
            f.sums[Int(row.subarea)] &+= kept &* row.weight
        }
    }

    /// Per-unit counts: `min(count · award, cap)` and what the cap removed. With
    /// `valueInputs` every row reads its fact's scalar (the rows are sorted by the kind of
    /// input), so the loop does not branch on the kind.
    @inline(__always)
    static func perUnits<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointPerUnit>, _ f: FixedPointFrame<T>, _ spread: inout UInt64, trace: Bool,
        valueInputs: Bool
    ) -> Bool {
        var ok = true
        for row in rows {
            let r = Int(row.rule)
            let count = valueInputs ? f.scalar[Int(row.input.fact)] : f.read(row.input)
            guard count != MicroUnits.unassessed else {
                f.unassessed(r)
                if trace { f.ownCut[r] = 0 }
                continue
            }
            let raw: Int64
            let units = count / MicroUnits.scale
            if units &* MicroUnits.scale == count {
                let (product, overflow) = row.award.multipliedReportingOverflow(by: units)
                ok = ok && !overflow
                raw = product
            } else if let product = MicroUnits.multiplyDivide(row.award, count, MicroUnits.scale) {
                raw = product
            } else {
                ok = false
                raw = 0
            }
            let kept = min(raw, row.cap)
            let (cut, overflow) = raw.subtractingReportingOverflow(kept)
            ok = ok && !overflow
            f.set(r, kept)
            spread |= FixedPointBound.spread(kept)
            if trace { f.ownCut[r] = cut }
        }
        return ok
    }

    /// ``linears(_:_:)`` for an evaluation that sums directly, over the direct rows
    /// (``FixedPointDirectLinear``): each value times its weight added into the subarea's
    /// sum, an unassessed input counting 0; false, at the first row that is not
    /// representable, exactly when ``linears(_:_:)`` is false. With `valueInputs` every
    /// row reads its fact's scalar (the rows are sorted by the kind of input), so the loop
    /// does not branch on the kind.
    @inline(__always)
    static func directLinears<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointDirectLinear>, _ f: FixedPointFrame<T>, valueInputs: Bool
    ) -> Bool {
        for row in rows {
            let x = valueInputs ? f.scalar[Int(row.input.fact)] : f.read(row.input)
            guard x != MicroUnits.unassessed else { continue }
            var (d, overflow) = x.subtractingReportingOverflow(row.from)
            // Not representable: the evaluation's result is false, whatever the other rows.
            guard !overflow, d.magnitude <= MicroUnits.safeMagnitude.magnitude else { return false }
            if row.flip { d = -d }
            let v: Int64
            if d <= 0 {
                v = 0
            } else if d >= row.span {
                v = row.award
            } else if let share = MicroUnits.multiplyDivide(row.award, d, row.span) {
                v = share
            } else {
                return false
            }
            f.sums[Int(row.subarea)] &+= v &* row.weight
        }
        return true
    }

    /// Linear scales: `award · clamp((x − from)/span, 0, 1)`, exact or not representable.
    @inline(__always)
    static func linears<T: FixedPointTracing>(_ rows: UnsafeBufferPointer<FixedPointLinear>, _ f: FixedPointFrame<T>)
        -> Bool
    {
        var ok = true
        for row in rows {
            let r = Int(row.rule)
            let x = f.read(row.input)
            guard x != MicroUnits.unassessed else {
                f.unassessed(r)
                continue
            }
            var (d, overflow) = x.subtractingReportingOverflow(row.from)
            guard !overflow, d.magnitude <= MicroUnits.safeMagnitude.magnitude else {
                ok = false
                continue
            }
            if row.flip { d = -d }
            if d <= 0 {
                f.set(r, 0)
            } else if d >= row.span {
                f.set(r, row.award)
            } else if let v = MicroUnits.multiplyDivide(row.award, d, row.span) {
                f.set(r, v)
            } else {
                ok = false
            }
        }
        return ok
    }

    /// ``judgements(_:_:_:)`` for an evaluation that sums directly, over the direct rows
    /// (``FixedPointDirectJudgement``): `(j / divisor) · multiplier · weight` added into the
    /// subarea's sum, an unassessed judgement counting 0. A judgement the divisor does not
    /// divide (its value is not a whole number of micro-units) makes it return false, as
    /// ``judgements(_:_:_:)`` does; a product that overflows sets `spread` to all ones, so
    /// that the checked path scores the evaluation and decides; a negative value makes
    /// `spread` too large as well. Without `divides` (rows whose divisor is 1, the first:
    /// see FixedPointDirectTables) there is no division.
    @inline(__always)
    static func directJudgements<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointDirectJudgement>, _ f: FixedPointFrame<T>, _ spread: inout UInt64,
        divides: Bool
    ) -> Bool {
        for row in rows {
            let x = f.judgement[Int(row.rule)]
            // Never the least Int64 (the unassessed mark is replaced), so the division cannot overflow.
            let j = x != MicroUnits.unassessed ? x : 0
            var quotient = j
            if divides {
                quotient = j / row.divisor
                // Not representable: the evaluation's result is false, whatever the other rows.
                if quotient &* row.divisor != j { return false }
            }
            let (v, overflow) = quotient.multipliedReportingOverflow(by: row.multiplier)
            spread |= UInt64(bitPattern: v) | (overflow ? .max : 0)
            f.sums[Int(row.subarea)] &+= v &* row.weight
        }
        return true
    }

    /// Judgements, divided by their maximum when weighted.
    @inline(__always)
    static func judgements<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointJudgement>, _ f: FixedPointFrame<T>, _ spread: inout UInt64
    ) -> Bool {
        var ok = true
        for row in rows {
            let r = Int(row.rule)
            let j = f.judgement[r]
            guard j != MicroUnits.unassessed else {
                f.unassessed(r)
                continue
            }
            if !row.weighted {
                f.set(r, j)
                spread |= FixedPointBound.spread(j)
            } else if let v = MicroUnits.multiplyDivide(j, MicroUnits.scale, row.maximum) {
                f.set(r, v)
                spread |= FixedPointBound.spread(v)
            } else {
                ok = false
            }
        }
        return ok
    }
}
