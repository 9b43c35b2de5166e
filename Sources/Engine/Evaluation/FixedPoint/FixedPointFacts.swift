/// One evaluation's findings bound for the fixed-point evaluator: every fact's scalar and
/// every membership slot's flag in micro-units, every judgement and override, in one
/// reusable `Int64` array. Binding into an existing value allocates nothing.
public struct FixedPointFacts: Sendable {
    var words: [Int64]
    let layout: FixedPointLayout

    init(layout: FixedPointLayout) {
        self.layout = layout
        words = [Int64](repeating: MicroUnits.unassessed, count: layout.factWords)
        words[layout.representable] = 1
        words[layout.overridden] = 0
    }

    /// Whether every bound value is a whole number of micro-units that fits: when not,
    /// the fixed-point evaluation reports "not representable" and the caller scores with
    /// the `Rational` path.
    public var isRepresentable: Bool { words[layout.representable] == 1 }
}
