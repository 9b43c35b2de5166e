/// The connected components of the rater pairing graph (STATISTICS.md §3.2).
///
/// Raters are nodes; two raters are joined when they rated the same subject. Offsets
/// are comparable only within a component.
public enum RaterConnectivity {
    /// The components, each a sorted list of rater indices, ordered by their first rater.
    /// A rater who shares no subject with anyone forms a component of its own.
    public static func components(_ ratings: RatingMatrix) -> [[Int]] {
        var parent = Array(0..<ratings.raterCount)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for subject in ratings.rows.indices {
            let raters = ratings.ratings(ofSubject: subject).map(\.rater)
            for other in raters.dropFirst() {
                let a = root(raters[0])
                let b = root(other)
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var groups: [Int: [Int]] = [:]
        for rater in 0..<ratings.raterCount { groups[root(rater), default: []].append(rater) }
        return groups.values.sorted { $0[0] < $1[0] }
    }
}
