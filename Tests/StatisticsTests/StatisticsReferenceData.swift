import Statistics

/// The reference data sets of docs/STATISTICS.md §8 (wide format: one row per unit, one
/// column per evaluator; `nil` is a missing rating).
enum StatisticsReferenceData {
    /// D1: Shrout & Fleiss (1979) Table 2, 6 targets × 4 judges.
    static let d1: [[Double]] = [
        [9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7],
    ]

    /// D2: Krippendorff's canonical example, 12 units × 4 observers, with gaps.
    static let d2: [[Double?]] = [
        [1, 1, nil, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
        [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [nil, 5, 5, 5], [nil, nil, 1, 1], [nil, 3, nil, nil],
    ]

    /// D4: Fleiss (1971), 30 patients × 6 ratings, categories 1–5.
    static let d4: [[Double]] = [
        [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
        [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
        [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
        [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
        [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
        [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
    ]

    /// D6: synthetic subarea (max 20 points), 10 municipalities × 4 evaluators.
    static let d6: [[Double]] = [
        [12, 11, 13, 14], [6, 5, 8, 8], [15, 14, 15, 17], [3, 4, 2, 6], [10, 8, 12, 12],
        [18, 17, 16, 20], [8, 9, 7, 11], [13, 11, 14, 15], [5, 5, 9, 7], [16, 14, 15, 18],
    ]

    /// D8: a binary finding with high prevalence, 15 municipalities × 3 evaluators.
    static let d8: [[Double]] = [
        [1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, 0], [1, 1, 1], [1, 1, 1], [0, 1, 1], [1, 1, 1],
        [1, 1, 1], [1, 0, 1], [1, 1, 1], [0, 0, 0], [1, 1, 1], [1, 1, 0], [1, 1, 1],
    ]

    /// D11: findings of 12 municipalities on 5 rules.
    static let d11Findings: [[Double]] = [
        [1, 1, 0, 1, 0], [1, 0, 1, 0, 0], [0, 1, 1, 1, 1], [1, 1, 1, 1, 1], [0, 0, 0, 1, 0], [1, 0, 0, 0, 1],
        [0, 1, 0, 0, 0], [1, 1, 1, 0, 1], [0, 0, 1, 1, 0], [1, 0, 1, 1, 1], [0, 0, 0, 0, 0], [0, 1, 0, 1, 1],
    ]

    /// D11: the awarded subarea points (max 20) of the same municipalities.
    static let d11Awarded: [Double] = [15, 5, 13, 20, 4, 12, 3, 16, 4, 15, 1, 14]

    static func matrix(_ rows: [[Double]]) throws -> RatingMatrix { try RatingMatrix(complete: rows) }
    static func matrix(_ rows: [[Double?]]) throws -> RatingMatrix { try RatingMatrix(rows) }
}
