import Statistics
import Testing

@Suite struct DetectionBiasTests {
    @Test(arguments: [
        (0, 3, 2, 30, 0.03333333333, 0.2), (1, 3, 2, 30, 0.03333333333, 0.2),
        (2, 2, 4, 30, -0.06666666667, 0.6666666667),
    ])
    func perEvaluatorCountsD8(rater: Int, b: Int, c: Int, pairs: Int, net: Double, mcNemar: Double) throws {
        let bias = try DetectionBias.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d8))[rater]
        #expect(bias.onlyThisRater == b && bias.onlyOtherRater == c && bias.pairCount == pairs)
        #expect(statClose(try #require(bias.netRate), net, relative: 1e-9))
        #expect(statClose(bias.mcNemar, mcNemar, relative: 1e-9))
    }

    @Test func nonBinaryValuesAndLoneRatersAreHandled() throws {
        #expect(throws: StatisticsError.undeclaredCategory(value: 2, subject: 1, rater: 0)) {
            try DetectionBias.compute(RatingMatrix([[1, 0], [2, 1]]))
        }
        let lone = try DetectionBias.compute(RatingMatrix([[1, nil], [nil, 0]]))
        #expect(lone[0].netRate == nil && lone[0].mcNemar == 0 && lone[0].pairCount == 0)
    }
}
