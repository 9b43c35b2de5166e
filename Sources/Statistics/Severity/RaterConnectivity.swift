/// The connected components of the rater pairing graph (docs/STATISTICS.md §3.2).
///
/// Raters are nodes; two raters are joined when they rated the same subject. Offsets
/// are comparable only within a component.
public enum RaterConnectivity {
    /// The components, each a sorted list of rater indices, ordered by their first rater.
    /// A rater who shares no subject with anyone forms a component of its own.
    public static func components(_ ratings: RatingMatrix) -> [[Int]] {
        var sets = DisjointSets(count: ratings.raterCount)
        for subject in ratings.rows.indices {
            let raters = ratings.ratings(ofSubject: subject).map(\.rater)
            for other in raters.dropFirst() { sets.union(raters[0], other) }
        }
        return sets.components()
    }
}
