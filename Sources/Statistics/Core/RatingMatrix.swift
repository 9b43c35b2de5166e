/// Ratings of subjects (rows: municipalities, units) by raters (columns: evaluators).
///
/// `nil` marks a missing rating. The matrix is rectangular and every present value is
/// finite; both are checked on construction.
public struct RatingMatrix: Equatable, Sendable {
    /// The ratings, one array per subject, one entry per rater.
    public let rows: [[Double?]]
    /// The number of raters (columns).
    public let raterCount: Int

    /// Creates a matrix from rows of optional ratings.
    ///
    /// - Throws: `StatisticsError.raggedRows` or `.nonFiniteValue`.
    public init(_ rows: [[Double?]]) throws {
        let width = rows.first?.count ?? 0
        for (i, row) in rows.enumerated() {
            guard row.count == width else {
                throw StatisticsError.raggedRows(row: i, expected: width, found: row.count)
            }
            for (j, value) in row.enumerated() where value.map({ !$0.isFinite }) ?? false {
                throw StatisticsError.nonFiniteValue(row: i, column: j)
            }
        }
        self.rows = rows
        self.raterCount = width
    }

    /// Creates a matrix with no missing ratings.
    public init(complete rows: [[Double]]) throws {
        try self.init(rows.map { $0.map { Optional($0) } })
    }

    /// The number of subjects (rows).
    public var subjectCount: Int { rows.count }

    /// The rating of `subject` by `rater`, or `nil` when missing.
    public subscript(subject: Int, rater: Int) -> Double? { rows[subject][rater] }

    /// Whether every subject was rated by every rater.
    public var isComplete: Bool { rows.allSatisfy { row in row.allSatisfy { $0 != nil } } }

    /// The present ratings of one subject, with the rater of each.
    public func ratings(ofSubject subject: Int) -> [(rater: Int, value: Double)] {
        rows[subject].enumerated().compactMap { j, value in value.map { (j, $0) } }
    }

    /// The indices of subjects rated by every rater (listwise deletion keeps these).
    public var completeSubjectIndices: [Int] {
        rows.indices.filter { rows[$0].allSatisfy { $0 != nil } }
    }

    /// The matrix restricted to the given subjects, in the given order.
    public func selectingSubjects(_ subjects: [Int]) -> RatingMatrix {
        RatingMatrix(unchecked: subjects.map { rows[$0] }, raterCount: raterCount)
    }

    /// The matrix restricted to the given raters, in the given order.
    public func selectingRaters(_ raters: [Int]) -> RatingMatrix {
        RatingMatrix(unchecked: rows.map { row in raters.map { row[$0] } }, raterCount: raters.count)
    }

    /// The number of present ratings per subject.
    var ratingCounts: [Int] { rows.map { $0.reduce(0) { $0 + ($1 == nil ? 0 : 1) } } }

    private init(unchecked rows: [[Double?]], raterCount: Int) {
        self.rows = rows
        self.raterCount = raterCount
    }
}
