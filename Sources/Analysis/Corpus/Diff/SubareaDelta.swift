import Engine

/// A subarea's points in both versions, the change, and what explains it.
public struct SubareaDelta: Sendable {
    /// The subarea's id.
    public var id: String
    /// Its title (the new version's when it has it).
    public var title: String
    /// The old version's points; nil when the old version has no such subarea.
    public var old: Rational?
    /// The new version's points; nil when the new version has no such subarea.
    public var new: Rational?
    /// New minus old, a missing side counted as 0.
    public var change: Rational
    /// Each rule change's part (an index into ``InstrumentChanges/rules``): the new version's
    /// points minus those of the new version with only that change undone; non-zero parts only.
    public var parts: [(change: Int, points: Rational)]
    /// What the parts leave: the subarea's own change (maximum, mode, a new or removed
    /// subarea), findings the new version cannot read, and changes acting together (under
    /// one cap or one weighted sum the parts need not add up).
    public var rest: Rational
}
