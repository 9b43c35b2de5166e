extension FixedPointProgram {
    /// Compound conditions: each program runs over a stack of three-valued truths (bit 0
    /// yes, bit 1 no, neither unknown), where `and`, `or` and `not` are bit operations.
    @inline(__always)
    static func conditions<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointCondition>, _ ops: UnsafeBufferPointer<FixedPointOp>,
        _ f: FixedPointFrame<T>
    ) {
        guard let ops = ops.baseAddress else { return }
        let stack = f.stack
        for row in rows {
            var top = -1
            for i in Int(row.start)..<Int(row.end) {
                let op = ops[i]
                switch op.code {
                case .test:
                    let x = f.scalar[Int(op.a)]
                    let holds: Int64 = (UInt64(bitPattern: x &- op.low) <= op.span ? 1 : 0) ^ Int64(op.flag)
                    top += 1
                    stack[top] = x == MicroUnits.unassessed ? 0 : 2 - holds
                case .compareFacts:
                    let x = f.scalar[Int(op.a)]
                    let y = f.scalar[Int(op.b)]
                    top += 1
                    stack[top] =
                        x == MicroUnits.unassessed || y == MicroUnits.unassessed
                        ? 0 : (FixedPointOp.compare(op.flag, x, y) ? 1 : 2)
                case .members:
                    top += 1
                    if f.scalar[Int(op.a)] == MicroUnits.unassessed {
                        stack[top] = 0
                    } else {
                        var held: Int64 = 0
                        let start = Int(op.b)
                        for k in start..<(start + Int(op.count)) { held &+= f.scalar[Int(f.lists[k])] }
                        let holds = op.flag == 1 ? held == Int64(op.count) : held > 0
                        stack[top] = holds ? 1 : 2
                    }
                case .constant:
                    top += 1
                    stack[top] = op.flag == 1 ? 1 : 2
                case .not:
                    let t = stack[top]
                    stack[top] = ((t & 1) << 1) | ((t >> 1) & 1)
                case .and:
                    let b = stack[top]
                    top -= 1
                    let a = stack[top]
                    stack[top] = (a & b & 1) | ((a | b) & 2)
                case .or:
                    let b = stack[top]
                    top -= 1
                    let a = stack[top]
                    stack[top] = ((a | b) & 1) | (a & b & 2)
                }
            }
            let truth = stack[0]
            let r = Int(row.rule)
            if f.direct {
                // A direct row: `rule` is the subarea, `award` weighted (FixedPointDirectTables).
                f.sums[r] &+= row.award & f.mask(truth == 1 ? 1 : 0)
                continue
            }
            f.value[r] = truth == 1 ? row.award : 0
            f.upper[r] = truth == 2 ? 0 : row.award
            if f.trace { f.assessed[r] = truth == 0 ? 0 : 1 }
        }
    }
}

extension FixedPointProgram {
    /// Compound conditions of at most three tests, by their truth tables (see
    /// ``FixedPointTruthTable``): three interval tests and two shifts, without branches.
    /// Without `threeTests` (rows of at most two tests), the third is not evaluated: its
    /// bits stay 0 (unassessed), which the tables ignore. With `insideOnly` (direct rows
    /// only, see FixedPointDirectTables), `yes` is indexed by the interval bits alone.
    @inline(__always)
    static func truthTables<T: FixedPointTracing>(
        _ rows: UnsafeBufferPointer<FixedPointTruthTable>, _ f: FixedPointFrame<T>, threeTests: Bool,
        insideOnly: Bool = false
    ) {
        for row in rows {
            if f.direct && insideOnly {
                let a = inside(row.a, f)
                let b = inside(row.b, f)
                let c = threeTests ? inside(row.c, f) : 0
                let yes = (row.yes >> (a | (b << 1) | (c << 2))) & 1
                f.sums[Int(row.rule)] &+= row.award & f.mask(yes)
                continue
            }
            let a = outcome(row.a, f)
            let b = outcome(row.b, f)
            let c = threeTests ? outcome(row.c, f) : (inside: 0, known: 0)
            let index = a.inside | (b.inside << 1) | (c.inside << 2) | (a.known << 3) | (b.known << 4) | (c.known << 5)
            let yes = (row.yes >> index) & 1
            let no = (row.no >> index) & 1
            // Unknown (neither): 0 now, at most the award.
            let r = Int(row.rule)
            if f.direct {
                // A direct row: `rule` is the subarea, `award` weighted (FixedPointDirectTables).
                f.sums[r] &+= row.award & f.mask(yes)
                continue
            }
            f.value[r] = row.award & Int64(bitPattern: 0 &- yes)
            f.upper[r] = row.award & Int64(bitPattern: no &- 1)
            if f.trace { f.assessed[r] = Int64(yes | no) }
        }
    }

    /// Whether a test's interval contains its scalar (before `negate`, which the tables apply).
    @inline(__always)
    static func inside<T: FixedPointTracing>(_ leaf: FixedPointLeaf, _ f: FixedPointFrame<T>) -> UInt64 {
        UInt64(bitPattern: f.scalar[Int(leaf.slot)] &- leaf.low) <= leaf.span ? 1 : 0
    }

    /// Whether a test's interval contains its scalar (before `negate`, which the tables
    /// apply) and whether the scalar is assessed.
    @inline(__always)
    static func outcome<T: FixedPointTracing>(_ leaf: FixedPointLeaf, _ f: FixedPointFrame<T>) -> (
        inside: UInt64, known: UInt64
    ) {
        let x = f.scalar[Int(leaf.slot)]
        let known: UInt64 = x != MicroUnits.unassessed ? 1 : 0
        let inside: UInt64 = UInt64(bitPattern: x &- leaf.low) <= leaf.span ? 1 : 0
        return (inside, known)
    }
}
