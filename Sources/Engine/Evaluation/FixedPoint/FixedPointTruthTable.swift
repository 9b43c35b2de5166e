/// One interval test of a bound scalar, as in ``FixedPointComparison``: it holds when
/// `low ≤ x ≤ low + span`, inverted when `negate` is 1; unknown when `x` is unassessed.
struct FixedPointLeaf: Sendable {
    var slot: Int32
    var low: Int64
    var span: UInt64
    var negate: UInt64
}

/// A compound condition of at most three interval tests under `and`, `or`, `not` and
/// constants, lowered to two 64-bit truth tables so that it is evaluated without
/// branches: the tests' outcomes form a 6-bit index (bits 0–2: test i's interval
/// contains its scalar, before `negate`; bits 3–5: test i's scalar is assessed), and bit
/// `index` of `yes` (of `no`) says whether the condition holds (fails). Each test's
/// `negate` is folded into the tables, and an unassessed test's interval bit is
/// ignored by them, so forming the index takes no masking. The tables are computed at lowering by running the
/// condition's own three-valued program on every outcome of the tests, so they agree
/// with ``FixedPointProgram/conditions(_:_:_:)`` by construction. A condition of fewer
/// tests repeats its first one; the tables ignore the copies.
struct FixedPointTruthTable: Sendable {
    var rule: Int32
    /// How many tests the condition has (1 to 3); with fewer than 3, `c` is never read.
    var tests: Int32
    var award: Int64
    var yes: UInt64
    var no: UInt64
    var a: FixedPointLeaf
    var b: FixedPointLeaf
    var c: FixedPointLeaf

    /// The tables of `ops` (postfix) for rule `rule`, or nil when the program has more
    /// than three tests or an instruction other than a test, a constant, `not`, `and` and `or`.
    init?(rule: Int32, award: Int64, ops: [FixedPointOp]) {
        var leaves: [FixedPointLeaf] = []
        for op in ops {
            switch op.code {
            case .test: leaves.append(FixedPointLeaf(slot: op.a, low: op.low, span: op.span, negate: UInt64(op.flag)))
            case .constant, .not, .and, .or: break
            case .compareFacts, .members: return nil
            }
        }
        guard (1...3).contains(leaves.count) else { return nil }
        var yes: UInt64 = 0
        var no: UInt64 = 0
        for index in 0..<64 {
            // Outcome of test i: 0 unknown when not assessed, else 1 holds or 2 fails.
            let outcome = { (i: Int) -> Int64 in
                guard (index >> (i + 3)) & 1 == 1 else { return 0 }
                return UInt64((index >> i) & 1) ^ leaves[i].negate == 1 ? 1 : 2
            }
            guard let truth = Self.run(ops, outcome) else { return nil }
            if truth == 1 { yes |= 1 << UInt64(index) }
            if truth == 2 { no |= 1 << UInt64(index) }
        }
        self.rule = rule
        tests = Int32(leaves.count)
        self.award = award
        self.yes = yes
        self.no = no
        a = leaves[0]
        b = leaves.count > 1 ? leaves[1] : leaves[0]
        c = leaves.count > 2 ? leaves[2] : leaves[0]
    }

    /// The three-valued program of ``FixedPointProgram/conditions(_:_:_:)`` with the k-th
    /// test's outcome `outcome(k)`; nil when the program is malformed.
    static func run(_ ops: [FixedPointOp], _ outcome: (Int) -> Int64) -> Int64? {
        var stack: [Int64] = []
        var tests = 0
        for op in ops {
            switch op.code {
            case .test:
                stack.append(outcome(tests))
                tests += 1
            case .constant:
                stack.append(op.flag == 1 ? 1 : 2)
            case .not:
                guard let t = stack.popLast() else { return nil }
                stack.append(((t & 1) << 1) | ((t >> 1) & 1))
            case .and, .or:
                guard let b = stack.popLast(), let a = stack.popLast() else { return nil }
                stack.append(op.code == .and ? (a & b & 1) | ((a | b) & 2) : ((a | b) & 1) | (a & b & 2))
            case .compareFacts, .members:
                return nil
            }
        }
        return stack.count == 1 ? stack[0] : nil
    }
}
