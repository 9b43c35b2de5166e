import Engine

/// One evaluation scored by both versions: totals, areas and subareas with their
/// changes, each subarea's change explained by the rule changes re-scored one at a time,
/// and what the new version could not read.
public struct EvaluationDiff: Sendable {
    /// The evidence as read for the old version (its path and hash).
    public var evidence: Evidence
    /// The score by the old version.
    public var old: Score
    /// The score by the new version; nil when it cannot read the file at all.
    public var new: Score?
    /// What the new version could not read, left out before scoring with it.
    public var notes: [MigrationNote]
    /// Every subarea of the new version in its order, then those only the old one has.
    public var subareas: [SubareaDelta]
    /// Per area (same ids in both, else nil on the missing side): old, new.
    public var areas: [(id: String, old: Rational?, new: Rational?)]

    /// The total's change; zero when the new version cannot read the file.
    public var totalChange: Rational {
        guard let new else { return .zero }
        return (try? new.total.subtracting(old.total)) ?? .zero
    }
}
