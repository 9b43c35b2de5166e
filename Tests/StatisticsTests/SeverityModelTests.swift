import Statistics
import Testing

/// One rater row of a rater-effects table in docs/STATISTICS.md §8.
struct EffectCase: CustomTestStringConvertible, Sendable {
    let name: String
    let rater: Int
    let effect: Double
    let se: Double
    let t: Double
    let lower: Double
    let upper: Double
    var testDescription: String { name }
}

@Suite struct SeverityModelTests {
    static let d1Effects: [EffectCase] = [
        .init(
            name: "D1 J1", rater: 0, effect: 2.375, se: 0.3569741665, t: 6.653142504, lower: 1.614127575,
            upper: 3.135872425),
        .init(
            name: "D1 J2", rater: 1, effect: -2.791666667, se: 0.3569741665, t: -7.820360487, lower: -3.552539092,
            upper: -2.030794242),
        .init(
            name: "D1 J3", rater: 2, effect: -0.9583333333, se: 0.3569741665, t: -2.684601361, lower: -1.719205758,
            upper: -0.1974609083),
        .init(
            name: "D1 J4", rater: 3, effect: 1.375, se: 0.3569741665, t: 3.851819344, lower: 0.614127575,
            upper: 2.135872425),
    ]

    static let d6Effects: [EffectCase] = [
        .init(
            name: "D6 E1", rater: 0, effect: -0.475, se: 0.3072051432, t: -1.546198072, lower: -1.105332888,
            upper: 0.1553328876),
        .init(
            name: "D6 E2", rater: 1, effect: -1.275, se: 0.3072051432, t: -4.15032114, lower: -1.905332888,
            upper: -0.6446671124),
        .init(
            name: "D6 E3", rater: 2, effect: 0.025, se: 0.3072051432, t: 0.08137884588, lower: -0.6053328876,
            upper: 0.6553328876),
        .init(
            name: "D6 E4", rater: 3, effect: 1.725, se: 0.3072051432, t: 5.615140366, lower: 1.094667112,
            upper: 2.355332888),
    ]

    private func check(_ row: EffectCase, _ fit: SeverityFit) {
        let effect = fit.raters[row.rater]
        #expect(statClose(effect.effect, row.effect, relative: 1e-9))
        #expect(statClose(effect.standardError, row.se, relative: 1e-9))
        #expect(statClose(effect.t, row.t, relative: 1e-9))
        #expect(statClose(effect.interval.lower, row.lower, relative: 1e-9))
        #expect(statClose(effect.interval.upper, row.upper, relative: 1e-9))
    }

    @Test(arguments: d1Effects)
    func raterEffectsD1(_ row: EffectCase) throws {
        check(row, try SeverityModel.fit(StatisticsReferenceData.matrix(StatisticsReferenceData.d1)))
    }

    @Test(arguments: d6Effects)
    func raterEffectsD6(_ row: EffectCase) throws {
        check(row, try SeverityModel.fit(StatisticsReferenceData.matrix(StatisticsReferenceData.d6)))
    }

    @Test func modelSummaryD1() throws {
        let fit = try SeverityModel.fit(StatisticsReferenceData.matrix(StatisticsReferenceData.d1))
        #expect(statClose(fit.residualVariance, 1.019444444))
        #expect(fit.errorDegrees == 15)
        #expect(statClose(fit.standardErrorOfDifference(0, 1), 0.5829363729))
        #expect(statClose(fit.raterTest.statistic ?? .nan, 31.86648501))
        #expect(statClose(fit.raterTest.pValue ?? .nan, 9.454263202e-07, relative: 1e-8))
        #expect(statClose(fit.raters.reduce(0) { $0 + $1.effect }, 0, absolute: 1e-12))
    }

    @Test func modelSummaryD6() throws {
        let fit = try SeverityModel.fit(StatisticsReferenceData.matrix(StatisticsReferenceData.d6))
        #expect(statClose(fit.residualVariance, 1.258333333))
        #expect(fit.errorDegrees == 27)
        #expect(statClose(fit.standardErrorOfDifference(1, 3), 0.5016638981))
        #expect(statClose(fit.raterTest.statistic ?? .nan, 12.78807947))
        #expect(statClose(fit.raterTest.pValue ?? .nan, 2.188773372e-05, relative: 1e-8))
    }

    @Test func noisyEvaluatorD6() throws {
        // §3.3: "D6: the 'noisy' E3 scores 2.43".
        let fit = try SeverityModel.fit(StatisticsReferenceData.matrix(StatisticsReferenceData.d6))
        let noise = try #require(fit.raters[2].noiseIndex)
        #expect((noise * 100).rounded() / 100 == 2.43)
        // The noise indices average to 1 in a complete design.
        let all = fit.raters.compactMap(\.noiseIndex)
        #expect(statClose(all.reduce(0, +) / 4, 1, relative: 1e-12))
    }

    /// D6 with gaps; expected values from numpy `lstsq` on the dummy-coded OLS model
    /// `y ~ C(unit) + C(rater, Sum)`, independent of the reduced normal equations.
    static let incomplete: [[Double?]] = [
        [12, 11, 13, 14], [6, nil, 8, 8], [15, 14, nil, 17], [3, 4, 2, nil], [10, 8, 12, 12], [18, nil, 16, 20],
        [8, 9, nil, 11], [nil, 11, 14, 15], [5, 5, 9, nil], [16, 14, 15, 18], [nil, nil, 7, nil],
    ]

    @Test func incompleteDesignMatchesDummyCodedOLS() throws {
        let fit = try SeverityModel.fit(RatingMatrix(Self.incomplete))
        #expect(fit.errorDegrees == 20)
        #expect(statClose(fit.residualVariance, 1.2908787878787877, relative: 1e-11))
        #expect(statClose(fit.errorSumOfSquares, 25.817575757575757, relative: 1e-11))
        let expected = [-0.6100000000000021, -1.4027272727272724, 0.2790909090909104, 1.733636363636364]
        #expect(statClose(fit.raters.map(\.effect), expected, relative: 1e-11))
        let se = [0.3408505404265789, 0.3609174489529118, 0.3609174489529118, 0.3609174489529118]
        #expect(statClose(fit.raters.map(\.standardError), se, relative: 1e-11))
        #expect(statClose(fit.standardErrorOfDifference(0, 1), 0.5691161771909984, relative: 1e-11))
        #expect(statClose(fit.standardErrorOfDifference(2, 3), 0.5933446310869168, relative: 1e-11))
        #expect(statClose(fit.raterTest.statistic ?? .nan, 10.397505418750054, relative: 1e-11))
        #expect(statClose(fit.raterTest.pValue ?? .nan, 0.000246062056832375, relative: 1e-9))
        // The singleton unit gets an effect and a zero residual but changes nothing else.
        #expect(fit.subjectEffects[10] != nil)
        #expect(fit.residuals[10][2] == 0)
    }

    @Test func shrinkagePullsEffectsTowardZero() throws {
        let fit = try SeverityModel.fit(StatisticsReferenceData.matrix(StatisticsReferenceData.d6))
        let k = 4.0
        let spread = fit.raters.reduce(0) { $0 + $1.effect * $1.effect } / (k - 1)
        let noise = fit.raters.reduce(0) { $0 + $1.standardError * $1.standardError } / k
        #expect(statClose(fit.effectVariance, spread - noise, relative: 1e-12))
        for rater in fit.raters {
            let factor = fit.effectVariance / (fit.effectVariance + rater.standardError * rater.standardError)
            #expect(statClose(rater.shrunkEffect, rater.effect * factor, relative: 1e-12))
            #expect(abs(rater.shrunkEffect) < abs(rater.effect))
        }
    }

    @Test func insufficientDataIsFlaggedPerRater() throws {
        let fit = try SeverityModel.fit(RatingMatrix(Self.incomplete), minimumSubjectsPerRater: 8)
        #expect(fit.raters.map(\.ratedSubjects) == [9, 8, 9, 8])
        #expect(fit.raters.map(\.hasSufficientData) == [true, true, true, true])
        let strict = try SeverityModel.fit(RatingMatrix(Self.incomplete), minimumSubjectsPerRater: 9)
        #expect(strict.raters.map(\.hasSufficientData) == [true, false, true, false])
    }

    @Test func handComputedTwoRaters() throws {
        // Rater B is always 2 points above A: γ = (−1, +1) and a perfect additive fit.
        let fit = try SeverityModel.fit(RatingMatrix(complete: [[1, 3], [4, 6], [2, 4]]))
        #expect(statClose(fit.raters.map(\.effect), [-1, 1], relative: 1e-12))
        #expect(fit.residualVariance == 0)
        #expect(fit.raters[1].t == .infinity)
        #expect(fit.raters[0].noiseIndex == nil)
        // Perfect additive fit: no residual variance, so the rater F test is undefined.
        #expect(fit.raterTest.statistic == nil && fit.raterTest.pValue == nil)
        #expect(fit.raterTest.undefined == .noResidualVariance)
    }

    @Test func disconnectedDesignReportsComponents() throws {
        let ratings = try RatingMatrix([[1, 2, nil, nil], [3, 3, nil, nil], [nil, nil, 4, 5], [nil, nil, 2, 2]])
        #expect(RaterConnectivity.components(ratings) == [[0, 1], [2, 3]])
        #expect(throws: StatisticsError.disconnectedDesign(components: [[0, 1], [2, 3]])) {
            try SeverityModel.fit(ratings)
        }
    }

    @Test func connectivityFollowsChainsOfPairings() throws {
        let ratings = try RatingMatrix([[1, 2, nil, nil], [nil, 3, 3, nil], [nil, nil, 4, 5], [7, nil, nil, nil]])
        #expect(RaterConnectivity.components(ratings) == [[0, 1, 2, 3]])
        let isolated = try RatingMatrix([[1, 2, nil], [3, nil, nil]])
        #expect(RaterConnectivity.components(isolated) == [[0, 1], [2]])
    }

    @Test func degenerateInputsThrow() throws {
        #expect(throws: StatisticsError.tooFewRaters(required: 2, found: 1)) {
            try SeverityModel.fit(RatingMatrix(complete: [[1], [2]]))
        }
        #expect(throws: StatisticsError.noResidualDegreesOfFreedom) {
            try SeverityModel.fit(RatingMatrix(complete: [[1, 2]]))
        }
    }
}
