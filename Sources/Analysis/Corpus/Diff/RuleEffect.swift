import Engine

/// One rule change's effect over the corpus: for each evaluation, the new version's total
/// minus that of the new version with only this change undone.
public struct RuleEffect: Sendable {
    /// Why it could not be re-scored on its own; nil when it was.
    public var failure: RescoreFailure?
    /// Per evaluation (corpus order): the effect on the total; nil where not re-scored.
    public var totals: [Rational?]
    /// Per evaluation: the effect per subarea id (new version), non-zero only, in the new
    /// version's order.
    public var subareas: [[(id: String, points: Rational)]]

    /// The subareas where some evaluation's effect is not zero, in the new version's order.
    public func touchedSubareas(order: [String]) -> [String] {
        order.filter { id in subareas.contains { $0.contains { $0.id == id } } }
    }

    /// The re-scored totals.
    public var rescored: [Rational] { totals.compactMap { $0 } }

    /// How many evaluations it changes.
    public var changedCount: Int { rescored.filter { $0 != .zero }.count }
}
