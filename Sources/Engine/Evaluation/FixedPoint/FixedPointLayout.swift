/// Where each field lives in the single `Int64` array of ``FixedPointFacts`` and of
/// ``FixedPointScratch``: one allocation each, reused across evaluations, so an
/// evaluation touches contiguous memory and allocates nothing. (Offsets add without
/// overflow checks: they are sums of a few counts of an instrument's parts, far below
/// `Int.max`, and unchecked, the offsets an evaluation does not use cost nothing.)
struct FixedPointLayout: Sendable, Equatable {
    let facts: Int
    let slots: Int
    let rules: Int
    let subareas: Int
    let areas: Int
    let stackDepth: Int
    /// Fine units per unit (10⁶·L, see ``FixedPointProgram/fineMultiple``): the unit of
    /// subarea, area and total sums.
    let fineScale: Int64

    // MARK: Bound facts

    /// Scalars, one per fact then one per membership slot (0 or 1); ``MicroUnits/unassessed`` when unassessed.
    var scalar: Int { 0 }
    /// Per rule: its judgement, or ``MicroUnits/unassessed``.
    var judgement: Int { facts &+ slots }
    /// Per subarea: its overriding points, or ``MicroUnits/unassessed``.
    var override: Int { judgement &+ rules }
    /// 1 when every bound value is a whole number of micro-units, else 0.
    var representable: Int { override &+ subareas }
    /// 1 when some subarea is overridden, else 0 (set by binding).
    var overridden: Int { representable &+ 1 }
    var factWords: Int { representable &+ 2 }

    // MARK: Scratch (the flat trace)

    /// Per rule: the value counted, the most, whether assessed (0/1), what its own cap
    /// removed, and its share of the subarea's cap cut. (A weighted rule's points are its
    /// value times its constant weight factor, derived exactly when a Score is built.)
    var value: Int { 0 }
    var upper: Int { rules }
    var assessed: Int { 2 &* rules }
    var ownCut: Int { 3 &* rules }
    var capCut: Int { 4 &* rules }
    /// Per subarea.
    var subareaComputed: Int { 5 &* rules }
    var subareaCapCut: Int { subareaComputed &+ subareas }
    var subareaPoints: Int { subareaCapCut &+ subareas }
    var subareaMin: Int { subareaPoints &+ subareas }
    var subareaMax: Int { subareaMin &+ subareas }
    /// Per area.
    var areaPoints: Int { subareaMax &+ subareas }
    var areaMin: Int { areaPoints &+ areas }
    var areaMax: Int { areaMin &+ areas }
    /// The total and its bounds.
    var total: Int { areaMax &+ areas }
    var totalMin: Int { total &+ 1 }
    var totalMax: Int { total &+ 2 }
    /// 1 when the last evaluation recorded the full trace and was representable.
    var traced: Int { total &+ 3 }
    /// Per subarea: the sum of its rules' values (weighted: times their weights), added by
    /// the per-kind loops of an evaluation that sums directly; then per area the sum of its
    /// subareas' points (zeroed together, see FixedPointProgram.finishDirectSums).
    var subareaSum: Int { total &+ 4 }
    /// The condition stack.
    var stack: Int { subareaSum &+ subareas &+ areas }
    /// Two constant words, 0 and all ones (see FixedPointFrame.mask).
    var masks: Int { stack &+ stackDepth &+ 1 }
    var scratchWords: Int { masks &+ 2 }
}
