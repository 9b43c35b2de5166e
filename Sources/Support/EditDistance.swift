/// Edit distances for "did you mean" suggestions.
public enum EditDistance {
    /// The optimal string alignment distance between two strings, counted in characters:
    /// the fewest insertions, deletions, substitutions and swaps of two adjacent
    /// characters (`ruel` is one edit from `rule`), no substring edited twice.
    public static func between(_ a: String, _ b: String) -> Int {
        let lhs = Array(a)
        let rhs = Array(b)
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        // Rows i − 2, i − 1 and i of the distance table.
        var beforePrevious = [Int](repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for i in 1...lhs.count {
            current[0] = i
            for j in 1...rhs.count {
                let substitution = previous[j - 1] + (lhs[i - 1] == rhs[j - 1] ? 0 : 1)
                var distance = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    distance = min(distance, beforePrevious[j - 2] + 1)
                }
                current[j] = distance
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[rhs.count]
    }

    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    ///
    /// A candidate qualifies when its distance is at most a third of the longer
    /// word's length (at least 1, at most 3). Ties go to the candidate that sorts first,
    /// so the suggestion never depends on the order of `candidates`.
    public static func closestMatch(to word: String, among candidates: some Sequence<String>) -> String? {
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let limit = min(3, max(1, max(word.count, candidate.count) / 3))
            let distance = between(word, candidate)
            guard distance <= limit else { continue }
            if let current = best,
                current.distance < distance || (current.distance == distance && current.candidate <= candidate)
            {
                continue
            }
            best = (candidate, distance)
        }
        return best?.candidate
    }
}
