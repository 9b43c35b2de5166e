import Statistics
import Testing

/// One row of an ICC table in docs/STATISTICS.md §8.
struct ICCCase: CustomTestStringConvertible, Sendable {
    let name: String
    let form: @Sendable (ICCResult) -> ICCEstimate
    let value: Double
    let f: Double
    let lower: Double
    let upper: Double
    var testDescription: String { name }
}

@Suite struct IntraclassCorrelationTests {
    static let d1Rows: [ICCCase] = [
        .init(
            name: "D1 ICC(1,1)", form: \.oneWaySingle, value: 0.1657417684, f: 1.794678492, lower: -0.1329323249,
            upper: 0.7225600623),
        .init(
            name: "D1 ICC(A,1)", form: \.agreementSingle, value: 0.2897637795, f: 11.02724796, lower: 0.01878651337,
            upper: 0.7610843696),
        .init(
            name: "D1 ICC(C,1)", form: \.consistencySingle, value: 0.7148407148, f: 11.02724796, lower: 0.342464765,
            upper: 0.94585826),
        .init(
            name: "D1 ICC(1,k)", form: \.oneWayAverage, value: 0.4427971337, f: 1.794678492, lower: -0.8844421552,
            upper: 0.9124154203),
        .init(
            name: "D1 ICC(A,k)", form: \.agreementAverage, value: 0.6200505476, f: 11.02724796, lower: 0.0711368153,
            upper: 0.9272320402),
        .init(
            name: "D1 ICC(C,k)", form: \.consistencyAverage, value: 0.9093155424, f: 11.02724796, lower: 0.6756747138,
            upper: 0.9858916782),
    ]

    static let d6Rows: [ICCCase] = [
        .init(
            name: "D6 ICC(1,1)", form: \.oneWaySingle, value: 0.8814485616, f: 30.74062817, lower: 0.7322608736,
            upper: 0.9644283963),
        .init(
            name: "D6 ICC(A,1)", form: \.agreementSingle, value: 0.8833195413, f: 66.97792494, lower: 0.6324268333,
            upper: 0.968864467),
        .init(
            name: "D6 ICC(C,1)", form: \.consistencySingle, value: 0.9428391167, f: 66.97792494, lower: 0.8594449948,
            upper: 0.9835444563),
        .init(
            name: "D6 ICC(1,k)", form: \.oneWayAverage, value: 0.9674697604, f: 30.74062817, lower: 0.9162473154,
            upper: 0.990863345),
        .init(
            name: "D6 ICC(A,k)", form: \.agreementAverage, value: 0.9680323887, f: 66.97792494, lower: 0.8731316603,
            upper: 0.9920300042),
        .init(
            name: "D6 ICC(C,k)", form: \.consistencyAverage, value: 0.9850697077, f: 66.97792494, lower: 0.960720557,
            upper: 0.9958347075),
    ]

    @Test(arguments: d1Rows)
    func shroutFleissTableD1(_ row: ICCCase) throws {
        try check(
            row, against: IntraclassCorrelation.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d1)))
    }

    @Test(arguments: d6Rows)
    func syntheticSubareaD6(_ row: ICCCase) throws {
        try check(
            row, against: IntraclassCorrelation.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d6)))
    }

    private func check(_ row: ICCCase, against result: ICCResult) {
        let estimate = row.form(result)
        #expect(statClose(estimate.value, row.value, relative: 1e-9))
        #expect(statClose(estimate.test.statistic ?? .nan, row.f, relative: 1e-9))
        #expect(statClose(estimate.interval.lower, row.lower, relative: 1e-6, absolute: 1e-8))
        #expect(statClose(estimate.interval.upper, row.upper, relative: 1e-6, absolute: 1e-8))
        #expect(estimate.interval.level == 0.95)
    }

    @Test func anovaTableD1() throws {
        let anova = try IntraclassCorrelation.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d1)).anova
        #expect(statClose(anova.grandMean, 5.291666667))
        #expect(statClose(anova.subjectSumOfSquares, 56.20833333))
        #expect(statClose(anova.raterSumOfSquares, 97.45833333))
        #expect(statClose(anova.errorSumOfSquares, 15.29166667))
        #expect(statClose(anova.withinSumOfSquares, 112.75))
        #expect(statClose(anova.totalSumOfSquares, 168.9583333))
        #expect(statClose(anova.subjectMeanSquare, 11.24166667))
        #expect(statClose(anova.raterMeanSquare, 32.48611111))
        #expect(statClose(anova.errorMeanSquare, 1.019444444))
        #expect(statClose(anova.withinMeanSquare, 6.263888889))
    }

    @Test func anovaTableD6() throws {
        let anova = try IntraclassCorrelation.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d6)).anova
        #expect(statClose(anova.grandMean, 11.075))
        #expect(statClose(anova.subjectSumOfSquares, 758.525))
        #expect(statClose(anova.raterSumOfSquares, 48.275))
        #expect(statClose(anova.errorSumOfSquares, 33.975))
        #expect(statClose(anova.withinSumOfSquares, 82.25))
        #expect(statClose(anova.totalSumOfSquares, 840.775))
        #expect(statClose(anova.subjectMeanSquare, 84.28055556))
        #expect(statClose(anova.raterMeanSquare, 16.09166667))
        #expect(statClose(anova.errorMeanSquare, 1.258333333))
        #expect(statClose(anova.withinMeanSquare, 2.741666667))
    }

    @Test func degreesOfFreedomAndSatterthwaite() throws {
        let d1 = try IntraclassCorrelation.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d1))
        #expect(d1.oneWaySingle.test.numeratorDegrees == 5 && d1.oneWaySingle.test.denominatorDegrees == 18)
        #expect(d1.agreementSingle.test.numeratorDegrees == 5 && d1.agreementSingle.test.denominatorDegrees == 15)
        #expect(statClose(d1.satterthwaiteDegrees, 4.785143862, relative: 1e-9))
        let d6 = try IntraclassCorrelation.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d6))
        #expect(statClose(d6.satterthwaiteDegrees, 8.473413214, relative: 1e-9))
    }

    @Test func raterBiasTests() throws {
        let d1 = try IntraclassCorrelation.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d1))
            .raterBiasTest
        #expect(statClose(d1.statistic ?? .nan, 31.86648501))
        #expect(statClose(d1.pValue ?? .nan, 9.454263202e-07, relative: 1e-8))
        let d6 = try IntraclassCorrelation.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d6))
            .raterBiasTest
        #expect(statClose(d6.statistic ?? .nan, 12.78807947))
        #expect(statClose(d6.pValue ?? .nan, 2.188773372e-05, relative: 1e-8))
    }

    @Test func publishedShroutFleissValuesRoundCorrectly() throws {
        let r = try IntraclassCorrelation.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d1))
        let rounded = [
            r.oneWaySingle, r.agreementSingle, r.consistencySingle, r.oneWayAverage, r.agreementAverage,
            r.consistencyAverage,
        ]
        .map { ($0.value * 100).rounded() / 100 }
        #expect(rounded == [0.17, 0.29, 0.71, 0.44, 0.62, 0.91])
    }

    @Test func varianceComponentsD6MatchTheTemplateSentence() throws {
        // §2.7: "typically differ by about 1.9 points, and 95% of the time by less than 4.6 points".
        let c = try IntraclassCorrelation.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d6))
            .varianceComponents
        let msr = 84.28055555555556
        let msc = 16.091666666666665
        let mse = 1.2583333333333333
        #expect(statClose(c.subject, (msr - mse) / 4))
        #expect(statClose(c.rater, (msc - mse) / 10))
        #expect(statClose(c.error, mse))
        #expect(statClose(c.absoluteStandardError, (c.rater + mse).squareRoot()))
        #expect(statClose(c.consistencyStandardError, mse.squareRoot()))
        #expect((c.typicalDifference * 10).rounded() / 10 == 1.9)
        #expect((c.differenceLimit * 10).rounded() / 10 == 4.6)
        // σ²_t/(σ²_t + σ²_r + σ²_e) is ICC(A,1) when MSC ≥ MSE.
        #expect(statClose(c.subject / (c.subject + c.rater + c.error), 0.8833195413))
    }

    @Test func handComputedTwoByTwo() throws {
        // y = [[1, 2], [3, 5]]: grand 2.75, row means 1.5, 4; column means 2, 3.5.
        // SSR = 2·(1.5625 + 1.5625) = 6.25, SSC = 2·(0.5625·2) = 2.25, SST = 8.75, SSE = 0.25.
        let r = try IntraclassCorrelation.compute(RatingMatrix(complete: [[1, 2], [3, 5]]), minimumSubjects: 2)
        #expect(statClose(r.anova.errorSumOfSquares, 0.25))
        // ICC(C,1) = (6.25 − 0.25)/(6.25 + 0.25); ICC(A,1) = 6/(6.5 + 2·2/2)
        #expect(statClose(r.consistencySingle.value, 6 / 6.5))
        #expect(statClose(r.agreementSingle.value, 6 / 8.5))
        // MSW = (0.5 + 2)/2 = 1.25: ICC(1,1) = 5/7.5
        #expect(statClose(r.oneWaySingle.value, 5 / 7.5))
    }

    @Test func perfectAgreementGivesOneWithDegenerateIntervals() throws {
        let r = try IntraclassCorrelation.compute(
            RatingMatrix(complete: [[1, 1, 1], [4, 4, 4], [2, 2, 2], [7, 7, 7], [3, 3, 3]]))
        for estimate in [r.oneWaySingle, r.agreementSingle, r.consistencySingle, r.agreementAverage] {
            #expect(estimate.value == 1)
            #expect(estimate.interval.lower == 1 && estimate.interval.upper == 1)
            // No residual variance: the F test divides by 0 and is undefined, not p = 0.
            #expect(estimate.test.statistic == nil && estimate.test.pValue == nil)
            #expect(estimate.test.undefined == .noResidualVariance)
        }
    }

    @Test func constantOffsetIsPerfectConsistencyButNotAgreement() throws {
        let r = try IntraclassCorrelation.compute(
            RatingMatrix(complete: [[1, 3], [4, 6], [2, 4], [7, 9], [3, 5]]))
        #expect(r.consistencySingle.value == 1)
        #expect(r.agreementSingle.value < 1)
        #expect(r.agreementSingle.interval.lower < r.agreementSingle.value)
        #expect(r.agreementSingle.interval.upper <= 1)
        // MSE = 0: the rater-bias F is undefined, not infinite.
        #expect(r.raterBiasTest.statistic == nil && r.raterBiasTest.undefined == .noResidualVariance)
    }

    @Test func incompleteSubjectsAreDroppedListwise() throws {
        var rows = StatisticsReferenceData.d6.map { $0.map { Optional($0) } }
        rows.insert([3, nil, 4, 5], at: 2)
        let r = try IntraclassCorrelation.compute(RatingMatrix(rows))
        #expect(r.excludedSubjects == [2])
        #expect(statClose(r.agreementSingle.value, 0.8833195413))
    }

    @Test func degenerateInputsThrow() throws {
        #expect(throws: StatisticsError.tooFewRaters(required: 2, found: 1)) {
            try IntraclassCorrelation.compute(RatingMatrix(complete: [[1], [2], [3], [4], [5]]))
        }
        #expect(throws: StatisticsError.tooFewSubjects(required: 5, found: 4)) {
            try IntraclassCorrelation.compute(RatingMatrix(complete: [[1, 2], [2, 3], [3, 3], [4, 5]]))
        }
        #expect(throws: StatisticsError.tooFewSubjects(required: 2, found: 1)) {
            try IntraclassCorrelation.compute(RatingMatrix([[1, 2], [2, nil]]), minimumSubjects: 0)
        }
        #expect(throws: StatisticsError.noVariation) {
            try IntraclassCorrelation.compute(RatingMatrix(complete: Array(repeating: [0.1, 0.1, 0.1], count: 6)))
        }
        #expect(throws: StatisticsError.noSubjectVariation(withinSubjects: true)) {
            try IntraclassCorrelation.compute(
                RatingMatrix(complete: [[1, 2], [2, 1], [1, 2], [2, 1], [1.5, 1.5]]))
        }
        #expect(throws: StatisticsError.invalidParameter(name: "confidenceLevel", value: 1)) {
            try IntraclassCorrelation.compute(
                StatisticsReferenceData.matrix(StatisticsReferenceData.d1), confidenceLevel: 1)
        }
    }

    @Test func unbalancedOneWayEqualsICC11OnCompleteData() throws {
        for data in [StatisticsReferenceData.d1, StatisticsReferenceData.d6] {
            let matrix = try RatingMatrix(complete: data)
            let unbalanced = try IntraclassCorrelation.oneWayUnbalanced(matrix)
            let balanced = try IntraclassCorrelation.compute(matrix)
            #expect(statClose(unbalanced.value, balanced.oneWaySingle.value, relative: 1e-12))
            #expect(statClose(unbalanced.averageGroupSize, Double(data[0].count), relative: 1e-12))
        }
    }

    @Test func unbalancedOneWayHandComputed() throws {
        // Units {1, 3}, {4, 6, 8}, {7, 7}; the singleton {5} is ignored.
        // N = 7, U = 3, grand = 36/7; means 2, 6, 7.
        // SSB = 2(2 − 36/7)² + 3(6 − 36/7)² + 2(7 − 36/7)², SSW = 2 + 8 + 0 = 10.
        let matrix = try RatingMatrix([[1, 3, nil], [4, 6, 8], [7, nil, 7], [nil, 5, nil]])
        let r = try IntraclassCorrelation.oneWayUnbalanced(matrix, minimumSubjects: 2)
        let g = 36.0 / 7
        let ssb = 2 * (2 - g) * (2 - g) + 3 * (6 - g) * (6 - g) + 2 * (7 - g) * (7 - g)
        let msb = ssb / 2
        let msw = 10.0 / 4
        let n0 = (7 - 17.0 / 7) / 2
        #expect(r.subjectCount == 3 && r.ratingCount == 7)
        #expect(statClose(r.value, (msb - msw) / (msb + (n0 - 1) * msw), relative: 1e-12))
        #expect(throws: StatisticsError.tooFewSubjects(required: 5, found: 3)) {
            try IntraclassCorrelation.oneWayUnbalanced(matrix)
        }
    }
}
