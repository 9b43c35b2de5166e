import Statistics
import Testing

@Suite struct RatingMatrixTests {
    @Test func validatesShapeAndValues() {
        #expect(throws: StatisticsError.raggedRows(row: 1, expected: 2, found: 3)) {
            try RatingMatrix([[1, 2], [1, 2, 3]])
        }
        #expect(throws: StatisticsError.nonFiniteValue(row: 0, column: 1)) {
            try RatingMatrix([[1, .infinity]])
        }
        #expect(throws: StatisticsError.nonFiniteValue(row: 1, column: 0)) {
            try RatingMatrix(complete: [[1, 2], [.nan, 2]])
        }
    }

    @Test func accessorsAndSelections() throws {
        let m = try RatingMatrix(StatisticsReferenceData.d2)
        #expect(m.subjectCount == 12 && m.raterCount == 4)
        #expect(m[0, 2] == nil && m[1, 2] == 3)
        #expect(!m.isComplete)
        #expect(m.completeSubjectIndices == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(m.ratings(ofSubject: 10).map(\.rater) == [2, 3])
        let pair = m.selectingRaters([3, 0])
        #expect(pair.raterCount == 2 && pair[0, 0] == 1 && pair[9, 1] == nil)
        let rows = m.selectingSubjects([11, 0])
        #expect(rows.subjectCount == 2 && rows[0, 1] == 3)
        #expect(try RatingMatrix([]).subjectCount == 0)
    }

    @Test(arguments: [
        StatisticsError.raggedRows(row: 0, expected: 2, found: 1), .nonFiniteValue(row: 0, column: 0),
        .tooFewSubjects(required: 5, found: 3), .tooFewRaters(required: 2, found: 1), .noVariation,
        .noSubjectVariation(withinSubjects: true), .undeclaredCategory(value: 2, subject: 0, rater: 1),
        .invalidCategories(reason: "category 1.0 is declared twice"), .disconnectedDesign(components: [[0], [1]]),
        .noResidualDegreesOfFreedom, .dimensionMismatch(expected: 2, found: 3), .invalidBounds(index: 0),
        .infeasibleConstraint, .rankDeficient, .invalidParameter(name: "p", value: 2), .didNotConverge(iterations: 9),
        .tooManyPlayers(count: 21, limit: 20),
    ])
    func errorMessagesFollowTheHouseStyle(_ error: StatisticsError) {
        let text = error.description
        #expect(text.first.map { $0.isLowercase || $0.isNumber || $0 == "'" } == true)
        #expect(!text.hasSuffix("."))
        #expect(!text.contains("\n"))
    }
}
