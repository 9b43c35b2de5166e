/// The fixed-point evaluator's buffers, which are also its flat trace: per rule the value,
/// upper bound, assessed flag, own cap cut and share of the subarea's cap cut; per
/// subarea, area and the total the points and bounds. One reusable
/// `Int64` array in micro-units; a ``Score`` is built from it on demand
/// (``CompiledInstrument/score(fixedPoint:input:)``).
public struct FixedPointScratch: Sendable {
    var words: [Int64]
    let layout: FixedPointLayout

    init(layout: FixedPointLayout) {
        self.layout = layout
        words = [Int64](repeating: 0, count: layout.scratchWords)
        words[layout.masks + 1] = -1
    }

    /// Whether the last evaluation recorded the full trace (and was representable).
    public var hasTrace: Bool { words[layout.traced] == 1 }

    /// The total of the last representable evaluation in fine units (``fineUnitsPerUnit``
    /// of them to a point): a whole number, for digests and comparisons.
    public var totalInFineUnits: Int64 { words[layout.total] }

    /// Fine units per point: 10⁶ times the least common multiple of the weighted subareas'
    /// scaling denominators (10⁶ without weighted subareas).
    public var fineUnitsPerUnit: Int64 { layout.fineScale }

    /// The total of the last representable evaluation, exact.
    public var total: Rational { MicroUnits.rational(words[layout.total], fineScale: layout.fineScale) }

    /// A subarea's reported points (its override when it has one), exact.
    public func subareaPoints(_ subarea: Int) -> Rational {
        MicroUnits.rational(words[layout.subareaPoints + subarea], fineScale: layout.fineScale)
    }

    /// An area's points, exact.
    public func areaPoints(_ area: Int) -> Rational {
        MicroUnits.rational(words[layout.areaPoints + area], fineScale: layout.fineScale)
    }
}
