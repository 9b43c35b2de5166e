/// Pointers into one evaluation's bound facts, buffers and the program's shared arrays,
/// taken once per evaluation so that the loops index without bounds checks. Every index
/// the loops use was produced by lowering and is in range by construction.
///
/// The per-kind loops write each rule's `value` and `upper` bound (0 and
/// `unassessedUpper` when the rule is unassessed), choosing by conditional moves, so that
/// the aggregation only adds; with the `trace` (`Tracing`'s, a constant), also whether
/// it is assessed. An evaluation that sums directly (`Tracing.sumsDirectly`) writes
/// neither: it adds each rule's value, times its weight, into its subarea's `sums` word.
struct FixedPointFrame<Tracing: FixedPointTracing> {
    // The buffers only the checked and traced paths use are not computed when summing
    // directly (see the initialiser).
    let layout: FixedPointLayout
    let s: UnsafeMutablePointer<Int64>
    let scalar: UnsafePointer<Int64>
    let judgement: UnsafePointer<Int64>
    let override: UnsafePointer<Int64>
    /// Per rule: the most it can count while unassessed.
    let unassessedUpper: UnsafePointer<Int64>
    let lists: UnsafePointer<Int32>
    let value: UnsafeMutablePointer<Int64>
    let upper: UnsafeMutablePointer<Int64>
    let assessed: UnsafeMutablePointer<Int64>
    let ownCut: UnsafeMutablePointer<Int64>
    let capCut: UnsafeMutablePointer<Int64>
    let subareaComputed: UnsafeMutablePointer<Int64>
    let subareaCapCut: UnsafeMutablePointer<Int64>
    let subareaPoints: UnsafeMutablePointer<Int64>
    let subareaMin: UnsafeMutablePointer<Int64>
    let subareaMax: UnsafeMutablePointer<Int64>
    let areaPoints: UnsafeMutablePointer<Int64>
    let areaMin: UnsafeMutablePointer<Int64>
    let areaMax: UnsafeMutablePointer<Int64>
    /// The total, its least and its most.
    let totals: UnsafeMutablePointer<Int64>
    let stack: UnsafeMutablePointer<Int64>
    /// Per subarea: the sum of its rules' values times their weights (direct sums only).
    let sums: UnsafeMutablePointer<Int64>
    /// 0 and all ones (see ``mask(_:)``).
    let masks: UnsafePointer<Int64>
    /// How many rules the program scores.
    var rules: Int { layout.rules }
    /// How many subareas (the area sums follow the subarea sums in `sums`).
    var subareas: Int { layout.subareas }
    /// Whether the evaluation records the flat trace: a constant of the specialisation.
    @inline(__always)
    var trace: Bool { Tracing.records }
    /// Whether the per-kind loops add into the subarea sums: a constant of the specialisation.
    @inline(__always)
    var direct: Bool { Tracing.sumsDirectly }

    @inline(__always)
    init(
        _ layout: FixedPointLayout, facts: UnsafePointer<Int64>, scratch s: UnsafeMutablePointer<Int64>,
        unassessedUpper: UnsafePointer<Int64>, lists: UnsafePointer<Int32>
    ) {
        self.layout = layout
        self.s = s
        // The buffers only the checked and traced paths use are not computed when summing
        // directly (a constant of the specialisation): there they are all the base pointer.
        let checked = !Tracing.sumsDirectly
        value = checked ? s + layout.value : s
        upper = checked ? s + layout.upper : s
        assessed = checked ? s + layout.assessed : s
        ownCut = checked ? s + layout.ownCut : s
        capCut = checked ? s + layout.capCut : s
        subareaComputed = checked ? s + layout.subareaComputed : s
        subareaCapCut = checked ? s + layout.subareaCapCut : s
        subareaMin = checked ? s + layout.subareaMin : s
        subareaMax = checked ? s + layout.subareaMax : s
        areaMin = checked ? s + layout.areaMin : s
        areaMax = checked ? s + layout.areaMax : s
        stack = checked ? s + layout.stack : s
        scalar = facts + layout.scalar
        judgement = facts + layout.judgement
        override = facts + layout.override
        self.unassessedUpper = unassessedUpper
        self.lists = lists
        subareaPoints = s + layout.subareaPoints
        areaPoints = s + layout.areaPoints
        totals = s + layout.total
        sums = s + layout.subareaSum
        masks = UnsafePointer(s + layout.masks)
    }

    /// All ones when `bit` is 1, else 0, loaded from the scratch: a mask the compiler cannot
    /// see through, so that it does not turn `v & mask` into a branch on an unpredictable
    /// outcome (it does with a mask computed from a comparison when `v` is only added).
    @inline(__always)
    func mask(_ bit: UInt64) -> Int64 {
        masks[Int(bit & 1)]
    }

    /// Records rule `r`'s outcome: `v` when `known`, else unassessed (0 now, at most
    /// `unassessedUpper[r]`).
    @inline(__always)
    func record(_ r: Int, _ v: Int64, known: Bool) {
        let most = unassessedUpper[r]
        // Masks rather than selects: the compiler would turn a select into a branch on
        // whether the fact is assessed, which is not predictable.
        // (Summing directly, step tables add to their subarea's sum themselves.)
        let mask = Int64(bitPattern: 0 &- (known ? 1 : 0) as UInt64)
        let kept = v & mask
        value[r] = kept
        upper[r] = kept | (most & ~mask)
        if trace { assessed[r] = mask & 1 }
    }

    /// Records an assessed value (the checked and traced paths: summing directly, every
    /// loop adds into `sums` itself).
    @inline(__always)
    func set(_ r: Int, _ v: Int64) {
        value[r] = v
        upper[r] = v
        if trace { assessed[r] = 1 }
    }

    /// Records an unassessed rule: 0 now, `unassessedUpper` at most.
    @inline(__always)
    func unassessed(_ r: Int) {
        value[r] = 0
        upper[r] = unassessedUpper[r]
        if trace { assessed[r] = 0 }
    }

    /// The whole units a count or integer-part input reads (`read` divided by 10⁶, exact),
    /// or 0 when its fact is unassessed.
    @inline(__always)
    func wholeUnits(_ input: FixedPointInput) -> Int64 {
        let x = scalar[Int(input.fact)]
        if x == MicroUnits.unassessed { return 0 }
        switch input.kind {
        case .value, .integerPart:
            return x / MicroUnits.scale
        case .countOf:
            var held: Int64 = 0
            let start = Int(input.start)
            for k in start..<(start + Int(input.count)) { held &+= scalar[Int(lists[k])] }
            return held
        }
    }

    /// The number an input reads, or ``MicroUnits/unassessed``.
    @inline(__always)
    func read(_ input: FixedPointInput) -> Int64 {
        let x = scalar[Int(input.fact)]
        switch input.kind {
        case .value:
            return x
        case .integerPart:
            return x == MicroUnits.unassessed ? x : x / MicroUnits.scale &* MicroUnits.scale
        case .countOf:
            if x == MicroUnits.unassessed { return x }
            var held: Int64 = 0
            let start = Int(input.start)
            for k in start..<(start + Int(input.count)) { held &+= scalar[Int(lists[k])] }
            return held &* MicroUnits.scale
        }
    }
}
