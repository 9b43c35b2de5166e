/// How often one evaluator records a binary finding that a colleague on the same
/// subject does not, and vice versa (docs/STATISTICS.md §3.4).
public struct RaterDetectionBias: Equatable, Sendable {
    /// The rater.
    public let rater: Int
    /// b: this rater recorded the finding, the other did not.
    public let onlyThisRater: Int
    /// c: the other recorded it, this rater did not.
    public let onlyOtherRater: Int
    /// Pairs of this rater with another rater on the same subject.
    public let pairCount: Int
    /// (b − c)/pairs; `nil` when the rater shares no subject.
    public let netRate: Double?
    /// McNemar χ² = (b − c)²/(b + c) on 1 df; 0 when b + c = 0.
    public let mcNemar: Double
}

/// Detection offsets for binary findings coded 0 (absent) and 1 (present).
public enum DetectionBias {
    /// b, c, the net rate and McNemar's χ² for every rater.
    ///
    /// - Throws: `undeclaredCategory` for a value other than 0 or 1.
    public static func compute(_ findings: RatingMatrix) throws -> [RaterDetectionBias] {
        let k = findings.raterCount
        var b = [Int](repeating: 0, count: k)
        var c = b
        var pairs = b
        for (i, row) in findings.rows.enumerated() {
            for (j, value) in row.enumerated() where value != nil && value != 0 && value != 1 {
                throw StatisticsError.undeclaredCategory(value: value!, subject: i, rater: j)
            }
            for e in 0..<k {
                guard let mine = row[e] else { continue }
                for o in 0..<k where o != e {
                    guard let theirs = row[o] else { continue }
                    pairs[e] += 1
                    if mine == 1 && theirs == 0 { b[e] += 1 }
                    if mine == 0 && theirs == 1 { c[e] += 1 }
                }
            }
        }
        return (0..<k).map { e in
            let net = Double(b[e] - c[e])
            let discordant = Double(b[e] + c[e])
            return RaterDetectionBias(
                rater: e, onlyThisRater: b[e], onlyOtherRater: c[e], pairCount: pairs[e],
                netRate: pairs[e] > 0 ? net / Double(pairs[e]) : nil,
                mcNemar: discordant > 0 ? net * net / discordant : 0)
        }
    }
}
