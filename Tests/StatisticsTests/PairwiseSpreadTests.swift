import Statistics
import Testing

@Suite struct PairwiseSpreadTests {
    @Test func handComputedSpreads() throws {
        // Subject 1: |10 − 11| = 1, |10 − 13| = 3, |11 − 13| = 2; subject 2: |4 − 4.5| = 0.5.
        let spread = try PairwiseSpread.compute(
            RatingMatrix([[10, 11, 13], [4, nil, 4.5], [7, nil, nil]]), tolerance: 1)
        #expect(spread.pairCount == 4)
        #expect(statClose(spread.meanAbsoluteDifference, 6.5 / 4, relative: 1e-14))
        #expect(spread.shareWithinTolerance == 0.5)
    }

    @Test func toleranceIsRobustToDecimalRounding() throws {
        let spread = try PairwiseSpread.compute(RatingMatrix(complete: [[1.1, 0.1]]), tolerance: 1)
        #expect(spread.shareWithinTolerance == 1)
    }

    @Test func noPairsThrows() throws {
        #expect(throws: StatisticsError.tooFewSubjects(required: 1, found: 0)) {
            try PairwiseSpread.compute(RatingMatrix([[1, nil], [nil, 2]]), tolerance: 1)
        }
    }
}
